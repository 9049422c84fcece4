import { FOUR_FIFTHS } from './metrics';
import { AUC_GOAL, frontier, minRatio, type CandidateResult, type Choice, type ProxyStrength } from './search';

/**
 * The search's results for people: a Markdown table of the frontier (and of every
 * candidate) and an SVG chart of held-out AUC against the smaller four-fifths ratio.
 * Deterministic text, so a rerun that changes nothing changes no file.
 */

const f4 = (x: number) => x.toFixed(4);
const row = (c: CandidateResult, mark = '') =>
  `| ${mark}${c.name} | ${f4(c.auc)} | ${f4(c.ageRatio)} | ${f4(c.foreignWorkerRatio)} | ${(100 * c.approvalRate).toFixed(1)}% |`;
const HEADER = [
  '| candidate | held-out AUC | age ratio (<25 vs ≥25) | foreign-worker ratio | approved |',
  '|---|---|---|---|---|',
];

export function frontierMarkdown(
  baseline: CandidateResult,
  results: readonly CandidateResult[],
  choice: Choice,
  proxies: readonly ProxyStrength[],
  chartFile: string,
): string {
  const front = frontier([baseline, ...results]);
  const mark = (c: CandidateResult) => (c === choice.chosen ? '**chosen** ' : c === baseline ? '(v1) ' : '');
  return [
    '# Scorecard: the less-discriminatory-alternative search',
    '',
    'Written by `npm run scorecard:fit` (deterministic: seeded folds, no clock). Every candidate is fitted under the same stratified',
    '5-fold cross-validation repeated 5 times as scorecard-v1 and judged on its mean held-out AUC and on the four-fifths ratios',
    '(approval rate of the less-approved group over the more-approved one) for age (under 25 against 25 and over) and',
    'foreign-worker status, at its own cost-optimal cut-off (the lowest score at which its own PD is at most 1/6; one cut-off for',
    `everyone). Goal: both ratios at least ${FOUR_FIFTHS}, held-out AUC at least ${AUC_GOAL} (within 0.01 of v1).`,
    '',
    `**Choice:** ${choice.chosen.name}. ${choice.rationale}`,
    '',
    `![held-out AUC against the smaller four-fifths ratio](${chartFile})`,
    '',
    '## Proxies',
    '',
    'Information value of each scored characteristic of the domain-monotone model for telling the groups apart (measured, not an input).',
    'The strongest are the proxies the search leaves out or coarsens.',
    '',
    '| characteristic | age | foreign worker |',
    '|---|---|---|',
    ...proxies.map((p) => `| ${p.name} | ${f4(p.age)} | ${f4(p.foreignWorker)} |`),
    '',
    '## Frontier',
    '',
    'Candidates no other beats on both held-out AUC and the smaller ratio (scorecard-v1 included for reference; it is not domain-monotone).',
    '',
    ...HEADER,
    ...front.map((c) => row(c, mark(c))),
    '',
    `## All ${results.length} candidates, by held-out AUC`,
    '',
    ...HEADER,
    ...[...results].sort((a, b) => b.auc - a.auc || minRatio(b) - minRatio(a)).map((c) => row(c, mark(c))),
    '',
  ].join('\n');
}

const WIDTH = 720;
const HEIGHT = 480;
const PAD = { left: 70, right: 20, top: 30, bottom: 60 };

/** Candidate names are free text: escaped, so the chart stays well-formed XML. */
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function niceRange(values: number[], step: number): [number, number] {
  return [Math.floor(Math.min(...values) / step) * step, Math.ceil(Math.max(...values) / step) * step];
}

export function frontierSvg(baseline: CandidateResult, results: readonly CandidateResult[], choice: Choice): string {
  const all = [baseline, ...results];
  const [x0, x1] = niceRange([...all.map((c) => c.auc), AUC_GOAL], 0.01);
  const [y0, y1] = niceRange([...all.map(minRatio), FOUR_FIFTHS], 0.05);
  const x = (v: number) => (PAD.left + ((v - x0) / (x1 - x0)) * (WIDTH - PAD.left - PAD.right)).toFixed(1);
  const y = (v: number) => (HEIGHT - PAD.bottom - ((v - y0) / (y1 - y0)) * (HEIGHT - PAD.top - PAD.bottom)).toFixed(1);
  const ticks = (from: number, to: number, step: number) =>
    Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);
  const front = frontier(all);
  const dot = (c: CandidateResult, r: number, fill: string) =>
    `<circle cx="${x(c.auc)}" cy="${y(minRatio(c))}" r="${r}" fill="${fill}"><title>${xmlText(c.name)}: AUC ${f4(c.auc)}, age ${f4(c.ageRatio)}, foreign worker ${f4(c.foreignWorkerRatio)}</title></circle>`;
  // a label near the right edge goes to the left of its dot, so it stays inside the chart
  const label = (c: CandidateResult, text: string) =>
    Number(x(c.auc)) > WIDTH / 2
      ? `<text x="${Number(x(c.auc)) - 8}" y="${Number(y(minRatio(c))) - 8}" font-size="12" text-anchor="end">${xmlText(text)}</text>`
      : `<text x="${Number(x(c.auc)) + 8}" y="${Number(y(minRatio(c))) - 8}" font-size="12">${xmlText(text)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    ...ticks(x0, x1, 0.01).map(
      (t) =>
        `<text x="${x(t)}" y="${HEIGHT - PAD.bottom + 18}" font-size="11" text-anchor="middle">${t.toFixed(2)}</text>`,
    ),
    ...ticks(y0, y1, 0.05).map(
      (t) =>
        `<text x="${PAD.left - 8}" y="${Number(y(t)) + 4}" font-size="11" text-anchor="end">${t.toFixed(2)}</text>`,
    ),
    `<line x1="${PAD.left}" y1="${HEIGHT - PAD.bottom}" x2="${WIDTH - PAD.right}" y2="${HEIGHT - PAD.bottom}" stroke="black"/>`,
    `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${HEIGHT - PAD.bottom}" stroke="black"/>`,
    `<text x="${(PAD.left + WIDTH - PAD.right) / 2}" y="${HEIGHT - 15}" font-size="13" text-anchor="middle">mean held-out AUC (repeated 5-fold CV)</text>`,
    `<text x="18" y="${(PAD.top + HEIGHT - PAD.bottom) / 2}" font-size="13" text-anchor="middle" transform="rotate(-90 18 ${(PAD.top + HEIGHT - PAD.bottom) / 2})">smaller four-fifths ratio (age, foreign worker)</text>`,
    `<line x1="${PAD.left}" y1="${y(FOUR_FIFTHS)}" x2="${WIDTH - PAD.right}" y2="${y(FOUR_FIFTHS)}" stroke="#2a7" stroke-dasharray="6 4"/>`,
    `<text x="${WIDTH - PAD.right - 4}" y="${Number(y(FOUR_FIFTHS)) - 4}" font-size="11" text-anchor="end" fill="#2a7">four-fifths (${FOUR_FIFTHS})</text>`,
    `<line x1="${x(AUC_GOAL)}" y1="${PAD.top}" x2="${x(AUC_GOAL)}" y2="${HEIGHT - PAD.bottom}" stroke="#27a" stroke-dasharray="6 4"/>`,
    `<text x="${Number(x(AUC_GOAL)) + 4}" y="${PAD.top + 12}" font-size="11" fill="#27a">AUC goal ${AUC_GOAL}</text>`,
    ...results.map((c) => dot(c, 2.5, '#bbb')),
    `<polyline fill="none" stroke="#444" stroke-width="1.5" points="${front.map((c) => `${x(c.auc)},${y(minRatio(c))}`).join(' ')}"/>`,
    ...front.map((c) => dot(c, 3.5, '#444')),
    dot(baseline, 6, '#d80'),
    label(baseline, 'scorecard-v1'),
    dot(choice.chosen, 6, '#c22'),
    label(choice.chosen, 'scorecard-v2 (chosen)'),
    '</svg>',
    '',
  ].join('\n');
}
