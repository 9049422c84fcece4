import { writeFileSync } from 'node:fs';
import { loadGermanCredit } from '../../shared/german-credit';
import { SCORECARD_FILE } from '../../subgraphs/scores/scorecard/model';
import { buildArtefact, serialiseArtefact } from './artefact';
import { formatEvaluation, formatScorecard } from './format-report';

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
