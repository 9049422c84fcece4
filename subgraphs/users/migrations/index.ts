import { CreateUsersSchema1795301190161 } from './1795301190161-CreateUsersSchema';
import { RegisteredPartners1795322847620 } from './1795322847620-RegisteredPartners';
import { IndexUserEmail1795329177407 } from './1795329177407-IndexUserEmail';
import { ScoringInputsOutbox1796327268334 } from './1796327268334-ScoringInputsOutbox';
import { PartnerCredentials1796338089524 } from './1796338089524-PartnerCredentials';
import { CredenceReference1796340140905 } from './1796340140905-CredenceReference';

/** PostgreSQL migrations, oldest first (SQLite builds its tables from the entities). */
export const migrations: Function[] = [
  CreateUsersSchema1795301190161,
  RegisteredPartners1795322847620,
  IndexUserEmail1795329177407,
  ScoringInputsOutbox1796327268334,
  PartnerCredentials1796338089524,
  CredenceReference1796340140905,
];
