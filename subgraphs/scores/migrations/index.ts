import { CreateScoresSchema1795301190754 } from './1795301190754-CreateScoresSchema';
import { AddSnapshotSuccession1795303266068 } from './1795303266068-AddSnapshotSuccession';
import { ScoreReviews1795323380626 } from './1795323380626-ScoreReviews';

/** PostgreSQL migrations, oldest first (SQLite builds its tables from the entities). */
export const migrations: Function[] = [CreateScoresSchema1795301190754, AddSnapshotSuccession1795303266068, ScoreReviews1795323380626];
