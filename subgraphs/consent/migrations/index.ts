import { CreateConsentSchema1795301191058 } from './1795301191058-CreateConsentSchema';

/** PostgreSQL migrations, oldest first (SQLite builds its tables from the entities). */
export const migrations: Function[] = [CreateConsentSchema1795301191058];
