import { CreateUsersSchema1795301190161 } from './1795301190161-CreateUsersSchema';

/** PostgreSQL migrations, oldest first (SQLite builds its tables from the entities). */
export const migrations: Function[] = [CreateUsersSchema1795301190161];
