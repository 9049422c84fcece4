import { CreateScoresSchema1795301190754 } from './1795301190754-CreateScoresSchema';
import { AddSnapshotSuccession1795303266068 } from './1795303266068-AddSnapshotSuccession';
import { ScoreReviews1795323380626 } from './1795323380626-ScoreReviews';
import { CurrentScores1796327294147 } from './1796327294147-CurrentScores';
import { ScoreChangeNotices1796337697080 } from './1796337697080-ScoreChangeNotices';

/** PostgreSQL migrations, oldest first (SQLite builds its tables from the entities). */
export const migrations: Function[] = [
  CreateScoresSchema1795301190754,
  AddSnapshotSuccession1795303266068,
  ScoreReviews1795323380626,
  CurrentScores1796327294147,
  ScoreChangeNotices1796337697080,
];
