import { ScoringInputsChange } from '../../shared/scoring/scoring-inputs-change';
import { subjectTable } from '../../shared/store/subject-data';
import { CreditAccount } from './entities/CreditAccount';
import { CreditFile } from './entities/CreditFile';
import { CreditRecord } from './entities/CreditRecord';
import { Dispute } from './entities/Dispute';
import { DisputeNotice } from './entities/DisputeNotice';
import { FurnishingChunk } from './entities/FurnishingChunk';
import { FurnishingNotice } from './entities/FurnishingNotice';
import { eraseFromPendingFiles } from './furnishing/batch-worker';
import type { CreditHistoryContext } from './loaders';

const inCreditHistory = (part: string) => ({ field: 'creditHistory', part });

/**
 * What this subgraph holds about a consumer, children before parents (the erasure
 * order): all of it in the export's `creditHistory` (furnished accounts and records among
 * the rest), but for the notices and scoring-input changes not yet delivered and the
 * furnishing files' pending lines, which are Credence's working data.
 */
export const creditHistorySubjectData = [
  subjectTable<DisputeNotice, CreditHistoryContext>({ entity: DisputeNotice, subjectColumn: 'userId' }),
  // what furnishers reported, not yet in the consumer's feed (which the consent subgraph erases)
  subjectTable<FurnishingNotice, CreditHistoryContext>({ entity: FurnishingNotice, subjectColumn: 'userId' }),
  // lines of furnishing files not yet processed that name the consumer (processed lines are kept by no one)
  subjectTable<FurnishingChunk, CreditHistoryContext>({
    entity: FurnishingChunk,
    erase: (manager, subjectId) => eraseFromPendingFiles(manager, subjectId),
  }),
  // changes of scoring inputs not yet announced to scores (which erases its own score)
  subjectTable<ScoringInputsChange, CreditHistoryContext>({ entity: ScoringInputsChange, subjectColumn: 'userId' }),
  subjectTable<Dispute, CreditHistoryContext>({
    entity: Dispute,
    subjectColumn: 'userId',
    exportAs: inCreditHistory('disputes'),
  }),
  subjectTable<CreditRecord, CreditHistoryContext>({
    entity: CreditRecord,
    subjectColumn: 'userId',
    exportAs: inCreditHistory('records'),
  }),
  subjectTable<CreditAccount, CreditHistoryContext>({
    entity: CreditAccount,
    subjectColumn: 'userId',
    exportAs: inCreditHistory('accounts'),
  }),
  subjectTable<CreditFile, CreditHistoryContext>({
    entity: CreditFile,
    subjectColumn: 'userId',
    exportAs: inCreditHistory('creditFile'),
  }),
];
