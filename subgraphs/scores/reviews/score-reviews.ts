import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NOTE_MAX_LENGTH, NOTE_MIN_LENGTH, requireCaseworker, responseDeadline, validateCaseNote, validateCaseText } from '../../../shared/casework';
import { badUserInput, codedError, ErrorCode, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { insertUnlessTaken } from '../../../shared/store/unique-violation';
import { requireLiveConsumer } from '../../../shared/trust/account-standing';
import { Viewer } from '../../../shared/trust/viewer';
import { scoreCharacteristics } from '../../../scorecard';
import { ScoreReview, ScoreReviewOutcome } from '../entities/ScoreReview';
import type { ScoresContext } from '../loaders';
import { currentScorecard } from '../model/scorecard-in-use';
import { inputsDigest, latestSnapshots, snapshotStillHolds } from '../snapshots/score-recorder';
import { currentScoringInputs } from './current-inputs';

const alreadyUnderReview = () =>
  badUserInput('Your score is already under review: wait for its outcome before asking again.', 'statement');

/** Who works the review queue and answers: the caseworkers, as for disputes. */
export const requireReviewer = (viewer: Viewer) =>
  requireCaseworker(viewer, 'review scores', 'Sign in to work on score reviews.');

/**
 * The consumer asks a person to review their automated score and states their view
 * (GDPR Art. 22(3)). The score is computed from the inputs as they stand now and kept
 * with them, so the reviewer sees what the consumer contests. One open review at a time.
 */
export async function requestScoreReview({ viewer, database, peers, requestId, accountStanding }: ScoresContext, statement: string): Promise<ScoreReview> {
  const userId = await requireLiveConsumer(viewer, accountStanding, 'Only the consumer can ask for a review of their own score.');
  const text = validateCaseText(statement, 'statement', `State your view in ${NOTE_MIN_LENGTH} to ${NOTE_MAX_LENGTH} characters.`);
  const reviews = database.dataSource.getRepository(ScoreReview);
  if (await reviews.existsBy({ userId, status: 'OPEN' })) throw alreadyUnderReview();
  const inputs = await currentScoringInputs(peers, viewer, userId, requestId);
  if (!inputs) throw codedError(ErrorCode.NOT_FOUND, 'Credence holds no credit file for you, so there is no score to review.');
  const score = scoreCharacteristics(currentScorecard(), inputs);
  // The snapshot in force, as score reads serve it, if it still answers for these inputs.
  const snapshot = (await latestSnapshots(database.dataSource, [userId])).get(userId);
  const recorded = snapshot && snapshotStillHolds(snapshot, inputsDigest(inputs), score.modelVersion) ? snapshot : null;
  const now = new Date();
  const review = Object.assign(new ScoreReview(), {
    id: randomUUID(), userId, statement: text, status: 'OPEN' as const, requestedAt: now, deadline: responseDeadline(now),
    value: score.value, band: score.band, probabilityOfDefault: score.probabilityOfDefault, modelVersion: score.modelVersion,
    computedAt: recorded?.computedAt ?? now, snapshotId: recorded?.id ?? null,
    inputs: score.characteristics.map((line) => ({
      characteristic: line.name, category: line.category, value: String(inputs[line.name]), bin: line.binLabel, points: line.points, maxPoints: line.maxPoints,
    })),
    categories: score.categories, reasons: score.reasons,
    outcome: null, note: null, resolvedAt: null, resolvedByStaffId: null,
  });
  return insertUnlessTaken(reviews, review, alreadyUnderReview);
}

export interface ScoreReviewAnswer {
  id: string;
  outcome: ScoreReviewOutcome;
  note: string;
}

/**
 * A caseworker answers a review. A conditional update, so two reviewers answering at
 * once cannot both decide it: the second is told it is already resolved.
 */
export async function resolveScoreReview(dataSource: DataSource, staffId: string, answer: ScoreReviewAnswer): Promise<ScoreReview> {
  const id = requireWellFormedId(answer.id);
  const note = validateCaseNote(answer.note, 'explain the outcome to the consumer');
  const reviews = dataSource.getRepository(ScoreReview);
  const now = new Date();
  const changes = { status: 'RESOLVED' as const, outcome: answer.outcome, note, resolvedAt: now, resolvedByStaffId: staffId };
  const { affected } = await reviews.update({ id, status: 'OPEN' }, changes);
  const review = await reviews.findOneBy({ id });
  if (!review) throw notFound('Score review', id);
  if (affected === 0) throw badUserInput(`Score review ${id} was already resolved as ${review.outcome}.`, 'id');
  return review;
}
