import { writeFileSync } from 'node:fs';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { SCORECARD_FILE } from '../../scorecard/format/model';
import { buildArtefact, serialiseArtefact } from '../../scorecard/fit/artefact';
import { formatEvaluation, formatScorecard } from '../../scorecard/fit/format-report';

/** npm run scorecard:fit — fits on all 1,000 applicants and writes the artefact. */
function main(): void {
  const model = buildArtefact(loadGermanCredit());
  writeFileSync(SCORECARD_FILE, serialiseArtefact(model));
  console.log(`wrote ${SCORECARD_FILE}\n`);
  console.log(formatScorecard(model));
  console.log('');
  console.log(formatEvaluation(model, model.evaluation));
}

main();
