import { lowestScoreWithPdAtMost, probabilityOfDefaultForScore } from '../format/scaling';
import type { BandCut, CutOff, ScalingParameters, ScoreBand } from '../format/types';
import { COST_BAD_APPROVED, COST_GOOD_REJECTED } from './metrics';
import { roundTo } from './woe';

/**
 * Approving costs 5 x PD (a bad approved) and rejecting costs 1 x (1 - PD) (a good
 * turned away), so approving is cheaper exactly when PD <= 1 / (1 + 5) = 1/6.
 */
export const CUT_OFF_PD = COST_GOOD_REJECTED / (COST_GOOD_REJECTED + COST_BAD_APPROVED);

/** Each band starts where the probability of default falls to its ceiling; GOOD starts at the cut-off. */
export const BAND_PD_CEILINGS: readonly [ScoreBand, number][] = [
  ['FAIR', 0.4],
  ['GOOD', CUT_OFF_PD],
  ['VERY_GOOD', 0.08],
  ['EXCELLENT', 0.03],
];

export function bandCuts(scaling: ScalingParameters): BandCut[] {
  const cut = (band: ScoreBand, minScore: number): BandCut => ({
    band,
    minScore,
    probabilityOfDefaultAtMin: roundTo(probabilityOfDefaultForScore(scaling, minScore), 4),
  });
  return [
    cut('POOR', scaling.scaleMin),
    ...BAND_PD_CEILINGS.map(([band, pd]) => cut(band, lowestScoreWithPdAtMost(scaling, pd))),
  ];
}

export function cutOff(scaling: ScalingParameters): CutOff {
  const score = lowestScoreWithPdAtMost(scaling, CUT_OFF_PD);
  return {
    probabilityOfDefault: roundTo(CUT_OFF_PD, 4),
    score,
    rationale:
      `The data set's cost matrix charges ${COST_BAD_APPROVED} for approving a bad applicant and ${COST_GOOD_REJECTED} for rejecting a good one, ` +
      `so approving minimises expected cost when PD <= 1/6 (odds good:bad >= 5). Score ${score} is the lowest score with PD <= 1/6; approve at or above it.`,
  };
}
