import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { Outbox } from '../../shared/store/outbox';
import { FurnishingBatch } from '../../subgraphs/credit-history/entities/FurnishingBatch';
import { FurnishingChunk } from '../../subgraphs/credit-history/entities/FurnishingChunk';
import { processChunks } from '../../subgraphs/credit-history/furnishing/batch-worker';
import { creditHistorySubgraph } from '../../subgraphs/credit-history/subgraph';
import { useTestStore } from '../support/store';

const creditHistory = useTestStore(creditHistorySubgraph.database);
// long beside a loaded machine's timer delays: a renewal (every third of it) may come a second late and still hold
const LEASE_MS = 3000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A stopped file's chunks (a step then only marks them done: no consent call, no consumer). */
async function stoppedFileChunks(count: number): Promise<string[]> {
  const { dataSource } = creditHistory.database;
  const batchId = randomUUID();
  await dataSource.getRepository(FurnishingBatch).insert({
    id: batchId,
    partnerId: randomUUID(),
    status: 'STOPPED',
    total: count,
    processed: 0,
    accepted: 0,
    rejectedCount: 0,
    createdAt: new Date(),
    completedAt: new Date(),
    stoppedReason: 'The furnisher was suspended.',
  });
  const chunks = Array.from({ length: count }, (_, seq) => ({
    id: randomUUID(),
    batchId,
    seq,
    firstIndex: seq * 1000,
    lineCount: 1,
    lines: '{}',
    status: 'PENDING' as const,
    attempts: 0,
    lastError: null,
    lastAttemptAt: null,
    nextAttemptAt: new Date(Date.now() - 1000),
    claimToken: null,
  }));
  await dataSource.getRepository(FurnishingChunk).insert(chunks);
  return chunks.map((chunk) => chunk.id);
}

describe("a furnishing step slower than its claim's lease", () => {
  test('keeps its chunks: no other worker claims them while it runs, and it marks them done', async () => {
    const { dataSource } = creditHistory.database;
    const ids = await stoppedFileChunks(3);
    const outbox = () => new Outbox(dataSource, FurnishingChunk, { batchSize: 5, leaseMs: LEASE_MS });
    const claimed = await outbox().claimDue();
    expect(claimed.map((chunk) => chunk.id).sort()).toEqual([...ids].sort());

    // the step waits two leases (for its pace, on a loaded machine) before it applies anything
    const step = processChunks(outbox(), {} as never, claimed, () => sleep(2 * LEASE_MS));
    const takenMeanwhile: string[] = [];
    for (let waited = 0; waited < 2 * LEASE_MS; waited += LEASE_MS / 2) {
      await sleep(LEASE_MS / 2);
      takenMeanwhile.push(...(await outbox().claimDue()).map((chunk) => chunk.id).filter((id) => ids.includes(id)));
    }
    await step;

    expect(takenMeanwhile).toEqual([]);
    const rows = await dataSource.getRepository(FurnishingChunk).findBy({ id: In(ids) });
    expect(rows.map((row) => row.status)).toEqual(['DONE', 'DONE', 'DONE']);
  }, 30_000);

  test('a worker that stops renewing (it died) loses its chunks once the lease runs out', async () => {
    const { dataSource } = creditHistory.database;
    const ids = await stoppedFileChunks(2);
    const outbox = () => new Outbox(dataSource, FurnishingChunk, { batchSize: 5, leaseMs: LEASE_MS });
    expect((await outbox().claimDue()).filter((chunk) => ids.includes(chunk.id))).toHaveLength(2);
    await sleep(LEASE_MS * 1.5);
    const takenOver = (await outbox().claimDue()).map((chunk) => chunk.id).filter((id) => ids.includes(id));
    expect(takenOver.sort()).toEqual([...ids].sort());
  }, 30_000);
});
