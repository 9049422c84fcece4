import { CreateCreditHistorySchema1795301190460 } from './1795301190460-CreateCreditHistorySchema';
import { AddDisputes1795301805472 } from './1795301805472-AddDisputes';
import { DisputeNotices1795329223365 } from './1795329223365-DisputeNotices';
import { ScoringInputsOutbox1796327236707 } from './1796327236707-ScoringInputsOutbox';
import { FurnishedRecords1796337650067 } from './1796337650067-FurnishedRecords';
import { FurnishedDisputes1796339886909 } from './1796339886909-FurnishedDisputes';
import { FurnishingFiles1796339914180 } from './1796339914180-FurnishingFiles';
import { AddedInformationAndReinstatement1796352936029 } from './1796352936029-AddedInformationAndReinstatement';
import { AdverseRecordsIndex1796380669758 } from './1796380669758-AdverseRecordsIndex';
import { UnpaidLateNotices1796391270352 } from './1796391270352-UnpaidLateNotices';
import { OneRecordPerAccountAndDueDate1796412798536 } from './1796412798536-OneRecordPerAccountAndDueDate';

/** PostgreSQL migrations, oldest first (SQLite builds its tables from the entities). */
export const migrations: Function[] = [
  CreateCreditHistorySchema1795301190460,
  AddDisputes1795301805472,
  DisputeNotices1795329223365,
  ScoringInputsOutbox1796327236707,
  FurnishedRecords1796337650067,
  FurnishedDisputes1796339886909,
  FurnishingFiles1796339914180,
  AddedInformationAndReinstatement1796352936029,
  AdverseRecordsIndex1796380669758,
  UnpaidLateNotices1796391270352,
  OneRecordPerAccountAndDueDate1796412798536,
];
