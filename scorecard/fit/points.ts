import { maxPoints, minPoints } from '../format/bins';
import { scalingFactor, scalingOffset } from '../format/scaling';
import type { ScalingParameters, ScorecardCharacteristic } from '../format/types';
import { roundTo } from './woe';

/**
 * Scaling: 600 points at even odds (PD 50%), 40 points to double the odds. The
 * fitted model spans about 9.3 units of ln(odds) from its worst to its best
 * applicant; PDO 40 stretches that over ~535 of the 600 points available and even
 * odds at 600 centres it, so every achievable sum sits inside 350..950 without
 * clamping. artefact.ts refuses a model that breaks this.
 */
export const SCALE = { baseScore: 600, baseOdds: 1, pointsToDoubleOdds: 40, scaleMin: 350, scaleMax: 950 };

/**
 * Turns coefficients into integer points per bin. The intercept's points are spread
 * as equal integer shares over the scored characteristics (the remainder one point
 * each, in name order), so the score is exactly the sum of the points shown.
 */
export function assignPoints(characteristics: ScorecardCharacteristic[], intercept: number): ScalingParameters {
  const factor = roundTo(scalingFactor(SCALE.pointsToDoubleOdds), 6);
  const offset = roundTo(scalingOffset(SCALE.baseScore, SCALE.baseOdds, factor), 6);
  const scored = characteristics.filter((c) => c.scored);
  const interceptPoints = Math.round(offset + factor * intercept);
  const share = Math.floor(interceptPoints / scored.length);
  const remainder = interceptPoints - share * scored.length;
  scored.forEach((c, i) => {
    const ownShare = share + (i < remainder ? 1 : 0);
    for (const bin of c.bins) bin.points = ownShare + Math.round(factor * c.coefficient * (bin.woe ?? 0));
  });
  for (const c of characteristics) if (!c.scored) for (const bin of c.bins) bin.points = 0;
  return {
    baseScore: SCALE.baseScore,
    baseOdds: SCALE.baseOdds,
    pointsToDoubleOdds: SCALE.pointsToDoubleOdds,
    factor,
    offset,
    scaleMin: SCALE.scaleMin,
    scaleMax: SCALE.scaleMax,
    achievableMin: characteristics.reduce((s, c) => s + minPoints(c), 0),
    achievableMax: characteristics.reduce((s, c) => s + maxPoints(c), 0),
  };
}
