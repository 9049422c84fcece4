import { writeFileSync } from 'node:fs';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { fromProjectRoot } from '../../shared/paths';
import { DATA_MONOTONE_FIT, scorecardFile } from '../../scorecard/format/model';
import { buildArtefact, serialiseArtefact } from '../../scorecard/fit/artefact';
import { formatEvaluation, formatScorecard } from '../../scorecard/fit/format-report';
import { frontierMarkdown, frontierSvg } from '../../scorecard/fit/frontier-report';
import { SEARCH_GRID, candidateFits, choose, proxyStrengths, scoreCandidate } from '../../scorecard/fit/search';

const FRONTIER_TABLE = fromProjectRoot('docs', 'scorecard-frontier.md');
const FRONTIER_CHART = fromProjectRoot('docs', 'scorecard-frontier.svg');

/**
 * npm run scorecard:fit — refits scorecard-v1 as it was, runs the
 * less-discriminatory-alternative search, writes the chosen model as scorecard-v2
 * and the frontier (table and chart) to docs/.
 */
function main(): void {
  const applicants = loadGermanCredit();
  const v1 = buildArtefact(applicants);
  writeFileSync(scorecardFile(v1.version), serialiseArtefact(v1));
  console.log(`wrote ${scorecardFile(v1.version)}`);

  const proxies = proxyStrengths(applicants);
  const fits = candidateFits(proxies.slice(0, SEARCH_GRID.proxies).map((p) => p.name));
  console.log(
    `searching ${fits.length} candidates; proxies ${proxies
      .slice(0, SEARCH_GRID.proxies)
      .map((p) => p.name)
      .join(', ')}`,
  );
  const results = fits.map((fit, i) => {
    if (i % 50 === 0) console.log(`  candidate ${i + 1} of ${fits.length}`);
    return scoreCandidate(applicants, fit);
  });
  const baseline = { ...scoreCandidate(applicants, DATA_MONOTONE_FIT), name: 'scorecard-v1 (data-monotone)' };
  const choice = choose(results, baseline.auc);

  const v2 = buildArtefact(applicants, 'scorecard-v2', choice.chosen.fit);
  writeFileSync(scorecardFile(v2.version), serialiseArtefact(v2));
  writeFileSync(FRONTIER_TABLE, frontierMarkdown(baseline, results, choice, proxies, 'scorecard-frontier.svg'));
  writeFileSync(FRONTIER_CHART, frontierSvg(baseline, results, choice));
  console.log(`wrote ${scorecardFile(v2.version)}, ${FRONTIER_TABLE}, ${FRONTIER_CHART}\n`);
  console.log(`chosen: ${choice.chosen.name}\n${choice.rationale}\n`);
  console.log(formatScorecard(v2));
  console.log('');
  console.log(formatEvaluation(v2, v2.evaluation));
}

main();
