import { badUserInput } from '../../../shared/errors';
import { currentScorecard } from './scorecard-in-use';

/**
 * A threshold below the lowest or above the highest score the model can give answers
 * the same for everyone: it tells a partner nothing, so it is refused as bad input
 * before consent is decided, and never uses one of the partner's threshold checks.
 */
export function requireThresholdOnScale({ threshold }: Record<string, unknown>): void {
  const { achievableMin, achievableMax } = currentScorecard().scaling;
  if (!Number.isInteger(threshold) || (threshold as number) < achievableMin || (threshold as number) > achievableMax) {
    throw badUserInput(
      `"threshold" must be a whole number from ${achievableMin} to ${achievableMax}, the scores this model can give.`,
      'threshold',
    );
  }
}

/** The scale as consumers are told it: its ends, each band's scores (up to the next band's lowest) and the cut-off. */
export function scoreScale() {
  const { scaling, bands, cutOff } = currentScorecard();
  const ordered = [...bands].sort((a, b) => a.minScore - b.minScore);
  return {
    min: scaling.scaleMin,
    max: scaling.scaleMax,
    bands: ordered.map((cut, index) => ({
      band: cut.band,
      min: cut.minScore,
      max: index + 1 < ordered.length ? ordered[index + 1].minScore - 1 : scaling.scaleMax,
    })),
    cutOff: cutOff.score,
    cutOffProbabilityOfDefault: cutOff.probabilityOfDefault,
  };
}
