import { isDeepStrictEqual } from 'node:util';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { fitSpecOf, loadScorecard, scoreCharacteristics } from '../../scorecard';
import { formatComparison, type Evaluated } from '../../scorecard/fit/compare-report';
import { evaluate } from '../../scorecard/fit/evaluation';
import { auc } from '../../scorecard/fit/metrics';

const VERSIONS = ['scorecard-v1', 'scorecard-v2'];

/**
 * npm run scorecard:report — recomputes the held-out evaluation of each checked-in
 * scorecard from the data (deterministic, same seed, each with its own fit), prints
 * them side by side, and says whether each still matches the figures its artefact
 * records.
 */
function main(): void {
  const applicants = loadGermanCredit();
  const evaluated: Evaluated[] = VERSIONS.map((version) => {
    const model = loadScorecard(version);
    const inSample = auc(
      applicants.map((a) => scoreCharacteristics(model, a.characteristics).value),
      applicants.map((a) => a.isBad),
    );
    return { model, evaluation: evaluate(applicants, model.bands, model.cutOff.score, inSample, fitSpecOf(model)) };
  });
  console.log(formatComparison(evaluated));
  console.log('');
  for (const { model, evaluation } of evaluated) {
    const matches = isDeepStrictEqual(evaluation, model.evaluation);
    console.log(`Recomputed evaluation ${matches ? 'matches' : 'DIFFERS FROM'} the one recorded in ${model.version}.`);
    if (!matches) process.exitCode = 1;
  }
}

main();
