import { CreateScoresSchema1795301190754 } from './1795301190754-CreateScoresSchema';

/** PostgreSQL migrations, oldest first (SQLite builds its tables from the entities). */
export const migrations: Function[] = [CreateScoresSchema1795301190754];
