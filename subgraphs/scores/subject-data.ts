import { subjectTable } from '../../shared/store/subject-data';
import { CurrentScore } from './entities/CurrentScore';
import { ScoreChangeNotice } from './entities/ScoreChangeNotice';
import { ScoreReview } from './entities/ScoreReview';
import { ScoreSnapshot } from './entities/ScoreSnapshot';
import type { ScoresContext } from './loaders';

/** What this subgraph holds about a consumer: the score in force, every score stored before, and the reviews they asked for. */
export const scoresSubjectData = [
  subjectTable<CurrentScore, ScoresContext>({
    entity: CurrentScore,
    subjectColumn: 'userId',
    exportAs: { field: 'currentScore', one: true },
    omit: ['inputsDigest', 'snapshotId'],
  }),
  subjectTable<ScoreSnapshot, ScoresContext>({
    entity: ScoreSnapshot,
    subjectColumn: 'userId',
    exportAs: { field: 'scores' },
    order: { computedAt: 'DESC' },
    omit: ['inputsDigest'],
  }),
  // Staff's ids stay with Credence; what they answered is the consumer's.
  subjectTable<ScoreReview, ScoresContext>({
    entity: ScoreReview,
    subjectColumn: 'userId',
    exportAs: { field: 'scoreReviews' },
    order: { requestedAt: 'DESC', id: 'DESC' },
    omit: ['resolvedByStaffId'],
  }),
  // Notices on their way to the consumer's feed, where the export shows them.
  subjectTable<ScoreChangeNotice, ScoresContext>({ entity: ScoreChangeNotice, subjectColumn: 'userId' }),
];
