import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  NOTE_MAX_LENGTH,
  NOTE_MIN_LENGTH,
  responseDeadline,
  validateCaseNote,
  validateCaseText,
} from '../../../shared/casework';
import { badUserInput, codedError, ErrorCode, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { insertUnlessTaken } from '../../../shared/store/unique-violation';
import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { ScoreReview, ScoreReviewOutcome } from '../entities/ScoreReview';
import type { ScoresContext } from '../loaders';

const alreadyUnderReview = () =>
  badUserInput('Your score is already under review: wait for its outcome before asking again.', 'statement');

/**
 * The consumer asks a person to review their automated score and states their view
 * (GDPR Art. 22(3)). The score in force is kept with the inputs it was computed from,
 * as the consumer was shown it, so the reviewer sees what the consumer contests. One
 * open review at a time.
 */
export async function requestScoreReview(
  { viewer, database, loaders }: ScoresContext,
  statement: string,
): Promise<ScoreReview> {
  const userId = viewerIdOf(viewer, 'user');
  const text = validateCaseText(
    statement,
    'statement',
    `State your view in ${NOTE_MIN_LENGTH} to ${NOTE_MAX_LENGTH} characters.`,
  );
  const reviews = database.dataSource.getRepository(ScoreReview);
  if (await reviews.existsBy({ userId, status: 'OPEN' })) throw alreadyUnderReview();
  const score = await loaders.currentScoreByUserId.load(userId);
  if (!score)
    throw codedError(ErrorCode.NOT_FOUND, 'Credence holds no credit file for you, so there is no score to review.');
  const now = new Date();
  const review = Object.assign(new ScoreReview(), {
    id: randomUUID(),
    userId,
    statement: text,
    status: 'OPEN' as const,
    requestedAt: now,
    deadline: responseDeadline(now),
    value: score.value,
    band: score.band,
    probabilityOfDefault: score.probabilityOfDefault,
    modelVersion: score.modelVersion,
    computedAt: score.computedAt,
    snapshotId: score.snapshotId,
    inputs: score.inputs,
    categories: score.categories,
    reasons: score.reasons,
    outcome: null,
    note: null,
    resolvedAt: null,
    resolvedByStaffId: null,
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
export async function resolveScoreReview(
  dataSource: DataSource,
  staffId: string,
  answer: ScoreReviewAnswer,
): Promise<ScoreReview> {
  const id = requireWellFormedId(answer.id);
  const note = validateCaseNote(answer.note, 'explain the outcome to the consumer');
  const reviews = dataSource.getRepository(ScoreReview);
  const now = new Date();
  const changes = {
    status: 'RESOLVED' as const,
    outcome: answer.outcome,
    note,
    resolvedAt: now,
    resolvedByStaffId: staffId,
  };
  const { affected } = await reviews.update({ id, status: 'OPEN' }, changes);
  const review = await reviews.findOneBy({ id });
  if (!review) throw notFound('Score review', id);
  if (affected === 0) throw badUserInput(`Score review ${id} was already resolved as ${review.outcome}.`, 'id');
  return review;
}
