import { domainOrderViolations } from '../format/model';
import { DOMAIN_ORDERS, NUMERIC_RISK_DIRECTIONS, type CharacteristicName } from '../format/characteristics';
import type { Evaluation, ScorecardModel } from '../format/types';

/** scorecard:report's side-by-side table: one column per model, every figure from its recomputed evaluation. */

export interface Evaluated {
  model: ScorecardModel;
  evaluation: Evaluation;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ORDERED = [
  ...new Set([...Object.keys(DOMAIN_ORDERS), ...Object.keys(NUMERIC_RISK_DIRECTIONS)]),
].sort() as CharacteristicName[];

function ratio(e: Evaluation, attribute: string): string {
  const check = e.fairness.checks.find((c) => c.attribute === attribute);
  return check ? `${check.approvalRateRatio.toFixed(4)} ${check.passesFourFifthsRule ? 'passes' : 'FAILS'}` : '-';
}

function monotonicity(model: ScorecardModel, name: CharacteristicName): string {
  const c = model.characteristics.find((k) => k.name === name)!;
  if (!c.scored) return 'monotone (not scored: 0 points for every answer)';
  const [first, ...more] = domainOrderViolations(c);
  return first ? `BREAKS: ${first.replace(`${name} `, '')}${more.length ? ` (+${more.length} more)` : ''}` : 'monotone';
}

export function formatComparison(models: readonly Evaluated[]): string {
  const rows: [string, (m: Evaluated) => string][] = [
    ['held-out AUC (mean ± sd)', ({ evaluation: e }) => `${e.auc.mean} ± ${e.auc.sd}`],
    ['pooled out-of-fold AUC', ({ evaluation: e }) => String(e.pooledOutOfFold.auc)],
    ['in-sample AUC', ({ evaluation: e }) => String(e.inSampleAuc)],
    ['Gini (mean ± sd)', ({ evaluation: e }) => `${e.gini.mean} ± ${e.gini.sd}`],
    ['KS (mean ± sd)', ({ evaluation: e }) => `${e.ks.mean} ± ${e.ks.sd}`],
    ['cut-off (PD <= 1/6)', ({ model }) => String(model.cutOff.score)],
    [
      'cost per 1,000 at cut-off',
      ({ evaluation: e }) => `${e.cost.totalPerRepetition} (${e.cost.perApplicant}/applicant)`,
    ],
    [
      'bads approved / goods rejected',
      ({ evaluation: e }) => `${e.cost.badApprovedPerRepetition} / ${e.cost.goodRejectedPerRepetition}`,
    ],
    ['approval rate', ({ evaluation: e }) => pct(e.cost.approvalRate)],
    ['four-fifths: age <25 vs >=25', ({ evaluation: e }) => ratio(e, 'age')],
    ['four-fifths: foreign worker', ({ evaluation: e }) => ratio(e, 'foreignWorker')],
    ['four-fifths: sex', ({ evaluation: e }) => ratio(e, 'sex')],
    ['scored characteristics', ({ model }) => String(model.characteristics.filter((c) => c.scored).length)],
    ...models[0].model.bands.map((b, i): [string, (m: Evaluated) => string] => [
      `calibration ${b.band}`,
      ({ evaluation: e }) => {
        const r = e.calibration[i];
        return `from ${r.minScore}: ${r.applicants.toFixed(1)}, PD ${pct(r.meanPredictedPd)}, bad ${pct(r.observedBadRate)}`;
      },
    ]),
    ...ORDERED.map((name): [string, (m: Evaluated) => string] => [
      `monotone ${name}`,
      ({ model }) => monotonicity(model, name),
    ]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const columns = models.map((m) => Math.max(m.model.version.length, ...rows.map(([, cell]) => cell(m).length)) + 2);
  const line = (label: string, cells: string[]) =>
    label.padEnd(width) +
    cells
      .map((c, i) => c.padEnd(columns[i]))
      .join('')
      .trimEnd();
  return [
    line(
      '',
      models.map((m) => m.model.version),
    ),
    ...rows.map(([label, cell]) => line(label, models.map(cell))),
    '',
    'Calibration: out-of-fold applicants per 1,000 in the band, mean predicted PD, observed bad rate. Monotone: points never rise for',
    'an answer a consumer would call worse (payment history, checking balance, savings, employment, duration, amount, instalment share).',
  ].join('\n');
}
