import type { Evaluation, ScorecardModel } from '../format/types';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pad = (s: string | number, n: number) => String(s).padStart(n);

export function formatScorecard(model: ScorecardModel): string {
  const s = model.scaling;
  const lines = [
    `${model.version}: ${s.baseScore} points at odds ${s.baseOdds}:1, ${s.pointsToDoubleOdds} points to double the odds ` +
      `(factor ${s.factor}, offset ${s.offset}); achievable ${s.achievableMin}..${s.achievableMax} within ${s.scaleMin}..${s.scaleMax}`,
  ];
  for (const c of model.characteristics) {
    const bins = c.bins.map((b) => `${b.label}=${b.points}`).join(', ');
    lines.push(
      `  ${c.name.padEnd(23)} ${c.category.padEnd(18)} ${c.scored ? `coef ${c.coefficient.toFixed(3)}` : 'not scored'}  ${bins}`,
    );
  }
  for (const d of model.method.droppedCharacteristics) lines.push(`  dropped ${d.name}: ${d.reason}`);
  return lines.join('\n');
}

export function formatEvaluation(model: ScorecardModel, e: Evaluation): string {
  const lines = [
    e.method,
    `AUC  ${e.auc.mean} (sd ${e.auc.sd}) over ${e.folds} held-out folds; pooled out-of-fold ${e.pooledOutOfFold.auc}; in-sample ${e.inSampleAuc}`,
    `Gini ${e.gini.mean} (sd ${e.gini.sd}); pooled ${e.pooledOutOfFold.gini}`,
    `KS   ${e.ks.mean} (sd ${e.ks.sd}); pooled ${e.pooledOutOfFold.ks}`,
    '',
    'Calibration (out-of-fold, applicants per repetition of 1,000):',
    '  band        from  applicants  mean PD  observed bad rate',
    ...e.calibration.map(
      (r) =>
        `  ${r.band.padEnd(10)} ${pad(r.minScore, 5)} ${pad(r.applicants.toFixed(1), 11)} ${pad(pct(r.meanPredictedPd), 8)} ${pad(pct(r.observedBadRate), 18)}`,
    ),
    '',
    `Cut-off: approve at score >= ${model.cutOff.score} (PD <= ${model.cutOff.probabilityOfDefault}). ${model.cutOff.rationale}`,
    `Cost (${e.cost.matrix}): ${e.cost.totalPerRepetition} per 1,000 applicants = ${e.cost.perApplicant} per applicant ` +
      `(${e.cost.badApprovedPerRepetition} bads approved, ${e.cost.goodRejectedPerRepetition} goods rejected, approval rate ${pct(e.cost.approvalRate)}); ` +
      `approve everyone ${e.cost.approveEveryoneCost}, reject everyone ${e.cost.rejectEveryoneCost}`,
    '',
    `Fairness at the cut-off (${e.fairness.rule}):`,
    ...e.fairness.checks.map(
      (c) =>
        `  ${c.attribute.padEnd(14)} ${c.groups.map((g) => `${g.group} ${pct(g.approvalRate)} of ${g.applicants}`).join(' vs ')}` +
        `  ratio ${c.approvalRateRatio} ${c.passesFourFifthsRule ? 'PASSES' : 'FAILS'} 0.8`,
    ),
    `  ${e.fairness.note}`,
  ];
  return lines.join('\n');
}
