import { DataSource } from 'typeorm';
import { demoUsers } from '../../shared/demo/demo-population';
import { insertInChunks } from '../../shared/demo/seeding';
import { demoCreditHistory } from './demo/demo-history';
import { CreditAccount } from './entities/CreditAccount';
import { CreditFile } from './entities/CreditFile';
import { CreditRecord } from './entities/CreditRecord';
import { ScoringInputsChange, scoringInputsChanges } from '../../shared/scoring/scoring-inputs-change';

/** Seeds the demo credit files when the store is empty; returns how many files it wrote. */
export async function seedCreditHistory(dataSource: DataSource, limit?: number): Promise<number> {
  if ((await dataSource.getRepository(CreditFile).count()) > 0) return 0;
  const histories = demoUsers(limit).map(demoCreditHistory);
  await dataSource.transaction(async (manager) => {
    await insertInChunks(
      manager,
      CreditFile,
      histories.map((h) => h.file),
    );
    await insertInChunks(
      manager,
      CreditAccount,
      histories.flatMap((h) => h.accounts),
    );
    await insertInChunks(
      manager,
      CreditRecord,
      histories.flatMap((h) => h.records),
    );
    // Every seeded file is announced to scores, so the demo has scores from the start.
    await insertInChunks(
      manager,
      ScoringInputsChange,
      scoringInputsChanges(histories.map((h) => ({ subjectId: h.file.userId, version: 1 }))),
    );
  });
  return histories.length;
}
