import { CreateUsersSchema1795301190161 } from './1795301190161-CreateUsersSchema';
import { RegisteredPartners1795322847620 } from './1795322847620-RegisteredPartners';
import { IndexUserEmail1795329177407 } from './1795329177407-IndexUserEmail';

/** PostgreSQL migrations, oldest first (SQLite builds its tables from the entities). */
export const migrations: Function[] = [CreateUsersSchema1795301190161, RegisteredPartners1795322847620, IndexUserEmail1795329177407];
