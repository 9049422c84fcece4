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
