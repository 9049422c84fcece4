import { isDeepStrictEqual } from 'node:util';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { loadScorecard, scoreCharacteristics } from '../../scorecard';
import { evaluate } from '../../scorecard/fit/evaluation';
import { formatEvaluation } from '../../scorecard/fit/format-report';
import { auc } from '../../scorecard/fit/metrics';

/**
 * npm run scorecard:report — recomputes the held-out evaluation from the data
 * (deterministic, same seed) for the checked-in scorecard's bands and cut-off, and
 * says whether it still matches the figures recorded in the artefact.
 */
function main(): void {
  const applicants = loadGermanCredit();
  const model = loadScorecard();
  const inSample = auc(applicants.map((a) => scoreCharacteristics(model, a.characteristics).value), applicants.map((a) => a.isBad));
  const evaluation = evaluate(applicants, model.bands, model.cutOff.score, inSample);
  console.log(formatEvaluation(model, evaluation));
  const matches = isDeepStrictEqual(evaluation, model.evaluation);
  console.log(`\nRecomputed evaluation ${matches ? 'matches' : 'DIFFERS FROM'} the one recorded in ${model.version}.`);
  if (!matches) process.exitCode = 1;
}

main();
