import { ScoringInputsChange } from '../../shared/scoring/scoring-inputs-change';
import { subjectTable } from '../../shared/store/subject-data';
import { UserProfile } from './entities/UserProfile';
import type { UsersContext } from './loaders';

/** What this subgraph holds about a consumer: their profile, one row keyed by their id, and its changes not yet announced to scores. */
export const usersSubjectData = [
  subjectTable<ScoringInputsChange, UsersContext>({ entity: ScoringInputsChange, subjectColumn: 'userId' }),
  subjectTable<UserProfile, UsersContext>({
    entity: UserProfile,
    subjectColumn: 'id',
    exportAs: { field: 'profile', one: true },
  }),
];

/** The export's format name and version, which exportMyData answers with. */
export const EXPORT_FORMAT = 'credence-export/v1';
