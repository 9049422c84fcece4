import type { ScoreCategory } from '../format/characteristics';
import type { CategoryPoints } from './score';

/** What set a recompute off: a new scorecard, or a change in the inputs of one of their owners. */
export type ScoreChangeCause = 'MODEL_UPGRADE' | 'CREDIT_FILE' | 'PROFILE';

/** A consumer's score before and after one recompute, as stored. */
export interface ScoreChange {
  cause: ScoreChangeCause;
  before: { value: number; modelVersion: string; categories: CategoryPoints[] };
  after: { value: number; modelVersion: string; categories: CategoryPoints[] };
}

/** Each category as a consumer would name the part of their situation it weighs. */
const CATEGORY_NOUNS: Readonly<Record<ScoreCategory, string>> = {
  PAYMENT_HISTORY: 'your repayment record',
  CAPACITY: 'your current loan and other commitments',
  ACCOUNT_BEHAVIOUR: 'your account balances',
  IDENTITY_STABILITY: 'your work and home situation',
  RELATIONSHIPS: 'your relationships',
};

/**
 * Why a scorecard replaced the one before it, in a consumer's words; a version not
 * listed is announced by name only.
 */
const UPGRADE_REASONS: Readonly<Record<string, string>> = {
  'scorecard-v2':
    'Credence now scores with a fairer scorecard, in which a better repayment record never earns fewer points and ' +
    'people of every age and origin are treated more evenly',
};

const CAUSES: Readonly<Record<Exclude<ScoreChangeCause, 'MODEL_UPGRADE'>, string>> = {
  CREDIT_FILE: 'your credit file changed',
  PROFILE: 'the facts in your profile changed',
};

const points = (n: number) => `${n} point${Math.abs(n) === 1 ? '' : 's'}`;

/** The categories whose points moved, largest move first: "your account balances +30 points". */
function categoryMoves(change: ScoreChange): string[] {
  const before = new Map(change.before.categories.map((c) => [c.category, c.points]));
  return change.after.categories
    .map((c) => ({ category: c.category, delta: c.points - (before.get(c.category) ?? 0) }))
    .filter(({ delta }) => delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.category.localeCompare(b.category))
    .map(({ category, delta }) => `${CATEGORY_NOUNS[category]} ${delta > 0 ? '+' : '−'}${points(Math.abs(delta))}`);
}

/**
 * One sentence telling the consumer what happened to their score and why: the cause,
 * then where the points moved ("Your score went from 712 to 684 because your credit
 * file changed: your repayment record −28 points."). A recompute that kept the value
 * still says so when the scorecard changed, since the reasons behind it did.
 */
export function describeScoreChange(change: ScoreChange): string {
  const { before, after } = change;
  const why =
    change.cause === 'MODEL_UPGRADE'
      ? (UPGRADE_REASONS[after.modelVersion] ?? `Credence now scores with ${after.modelVersion}`)
      : CAUSES[change.cause];
  const moves = categoryMoves(change);
  const detail = moves.length ? `: ${moves.join(', ')}.` : '.';
  if (before.value === after.value)
    return change.cause === 'MODEL_UPGRADE'
      ? `${why}; your score stayed at ${after.value}${detail}`
      : `Your score stayed at ${after.value} after ${why}${detail}`;
  const direction = after.value > before.value ? 'rose' : 'fell';
  const opening = `Your score ${direction} from ${before.value} to ${after.value}`;
  return change.cause === 'MODEL_UPGRADE' ? `${opening}. ${why}${detail}` : `${opening} because ${why}${detail}`;
}
