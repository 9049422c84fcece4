import type { BandCut, ScalingParameters, ScoreBand } from './types';

/**
 * The score is a linear function of ln(odds good:bad). Everything that turns a score
 * back into a probability, or a probability into a score, goes through here.
 */

export function scalingFactor(pointsToDoubleOdds: number): number {
  return pointsToDoubleOdds / Math.LN2;
}

export function scalingOffset(baseScore: number, baseOdds: number, factor: number): number {
  return baseScore - factor * Math.log(baseOdds);
}

export function probabilityOfDefaultForScore(
  scaling: Pick<ScalingParameters, 'factor' | 'offset'>,
  score: number,
): number {
  const oddsGood = Math.exp((score - scaling.offset) / scaling.factor);
  return 1 / (1 + oddsGood);
}

/** The lowest integer score whose probability of default is at most `pd`. */
export function lowestScoreWithPdAtMost(scaling: Pick<ScalingParameters, 'factor' | 'offset'>, pd: number): number {
  const oddsGood = (1 - pd) / pd;
  const exact = scaling.offset + scaling.factor * Math.log(oddsGood);
  // round away tiny float noise before ceil, so an exact integer is not pushed up by one
  return Math.ceil(Math.round(exact * 1e9) / 1e9);
}

export function bandForScore(bands: readonly BandCut[], score: number): ScoreBand {
  let band = bands[0].band;
  for (const cut of bands) if (score >= cut.minScore) band = cut.band;
  return band;
}
