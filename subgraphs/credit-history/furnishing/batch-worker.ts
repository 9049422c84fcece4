import { Brackets, DataSource, EntityManager } from 'typeorm';
import { wholeNumberFromEnv } from '../../../shared/env';
import { SubgraphDatabase } from '../../../shared/store/database';
import { Outbox } from '../../../shared/store/outbox';
import { pollOutbox } from '../../../shared/store/outbox-poller';
import { batchedSend } from '../../../shared/store/batched-send';
import { upsertRows } from '../../../shared/store/upsert';
import { SubgraphUrls } from '../../../shared/trust/internal-client';
import { partnerIdCodec } from '../../../shared/trust/partner-ids';
import { FurnishingBatch } from '../entities/FurnishingBatch';
import { FurnishingChunk } from '../entities/FurnishingChunk';
import { FurnishingRejection, RecordRejection } from '../entities/FurnishingRejection';
import { applyFurnishedRecords, wakeScoringDispatcher } from './apply-records';
import { malformed } from './furnished-record';
import { Pace, paceOf } from './pace';
import { groupBy } from '../../../shared/group-by';
import { consentRequired, screenRecords } from './screen-records';

/** What erasure leaves of a line that named the erased consumer in a file not yet processed. */
export const ERASED_LINE = '{"erased":true}';

type Line = { index: number; input: unknown } | RecordRejection;

function parseLine(text: string, index: number): Line {
  if (text === ERASED_LINE) return consentRequired(index); // as for any consumer who allows nothing
  try {
    return { index, input: JSON.parse(text) as unknown };
  } catch {
    return malformed(index, 'record', 'The line is not a JSON object.');
  }
}

/**
 * Marks a chunk processed, if this claim still holds it, at the start of the
 * transaction that applies it: a chunk another worker took over after this one's
 * lease ran out, or one already done, is left alone, so no line is applied twice.
 */
async function takeChunk(manager: EntityManager, chunk: FurnishingChunk): Promise<boolean> {
  const taken = await manager
    .getRepository(FurnishingChunk)
    .update({ id: chunk.id, claimToken: chunk.claimToken!, status: 'PENDING' }, { status: 'DONE', lines: null });
  return (taken.affected ?? 0) > 0;
}

/** The chunks of this step that this claim still holds, each now marked processed. */
async function takeChunks(manager: EntityManager, chunks: readonly FurnishingChunk[]): Promise<FurnishingChunk[]> {
  const taken: FurnishingChunk[] = [];
  for (const chunk of chunks) if (await takeChunk(manager, chunk)) taken.push(chunk);
  return taken;
}

/** Counts processed lines in their batch, which completes with its last line (numbers only are inlined). */
async function countLines(
  manager: EntityManager,
  batchId: string,
  lines: number,
  accepted: number,
  rejected: number,
  now: Date,
) {
  const open = "status IN ('PENDING', 'PROCESSING')";
  await manager
    .createQueryBuilder()
    .update(FurnishingBatch)
    .set({
      processed: () => `"processed" + ${lines}`,
      accepted: () => `"accepted" + ${accepted}`,
      rejectedCount: () => `"rejected_count" + ${rejected}`,
      status: 'PROCESSING',
    })
    .where(`id = :id AND ${open}`, { id: batchId })
    .execute();
  await manager
    .createQueryBuilder()
    .update(FurnishingBatch)
    .set({ status: 'COMPLETED', completedAt: now })
    .where("id = :id AND processed >= total AND status = 'PROCESSING'", { id: batchId })
    .execute();
}

/** Whether line `index` belongs to one of these chunks. */
const inChunks = (chunks: readonly FurnishingChunk[]) => (index: number) =>
  chunks.some((chunk) => index >= chunk.firstIndex && index < chunk.firstIndex + chunk.lineCount);

/**
 * Processes claimed chunks of one furnishing file as its furnisher's own call would be,
 * all in one step: the lines are checked and screened for consent (one consent call),
 * then applied in one transaction that also marks the chunks done (those this claim
 * still holds: only their lines apply), stores their rejections and counts them in the
 * batch. A furnisher suspended or no longer a furnisher stops its file there.
 */
async function processFileChunks(
  dataSource: DataSource,
  peers: SubgraphUrls,
  batchId: string,
  chunks: readonly FurnishingChunk[],
): Promise<number> {
  const batch = await dataSource.getRepository(FurnishingBatch).findOneByOrFail({ id: batchId });
  const now = new Date();
  if (batch.status === 'STOPPED') {
    await dataSource.transaction((manager) => takeChunks(manager, chunks));
    return 0;
  }
  const lines = chunks.flatMap((chunk) =>
    (chunk.lines ?? '').split('\n').map((text, i) => parseLine(text, chunk.firstIndex + i)),
  );
  const parsed = lines.filter((line): line is { index: number; input: unknown } => 'input' in line);
  const unparsed = lines.filter((line): line is RecordRejection => !('input' in line));
  const viewer = { kind: 'partner' as const, partnerId: batch.partnerId };
  const screened = await screenRecords(peers, viewer, parsed, now.toISOString().slice(0, 10));
  return dataSource.transaction(async (manager) => {
    const taken = await takeChunks(manager, chunks);
    if (!taken.length) return 0;
    if (screened.refusal) {
      await manager
        .getRepository(FurnishingBatch)
        .update({ id: batch.id }, { status: 'STOPPED', stoppedReason: screened.refusal.message, completedAt: now });
      return 0;
    }
    const held = inChunks(taken);
    const permitted = screened.permitted.filter((record) => held(record.index));
    const applied = await applyFurnishedRecords(manager, screened.furnisher, permitted, now);
    const rejected = [...unparsed, ...screened.rejected, ...applied.rejected].filter((r) => held(r.index));
    await upsertRows(
      manager,
      FurnishingRejection,
      rejected.map((r) => Object.assign(new FurnishingRejection(), { batchId: batch.id, ...r })),
      '("batch_id", "line_index") DO NOTHING',
    );
    const lineCount = taken.reduce((sum, chunk) => sum + chunk.lineCount, 0);
    await countLines(manager, batch.id, lineCount, applied.accepted, rejected.length, now);
    return applied.accepted;
  });
}

/**
 * One worker's step: the chunks one claim took (they share its token), file by file,
 * after waiting for the replica's pace to allow their lines; claimed throughout.
 */
export async function processChunks(
  outbox: Outbox<FurnishingChunk>,
  peers: SubgraphUrls,
  chunks: readonly FurnishingChunk[],
  pace: Pace,
): Promise<void> {
  const { dataSource } = outbox;
  const stopRenewing = outbox.keepClaimed(chunks);
  try {
    await pace(chunks.reduce((sum, chunk) => sum + chunk.lineCount, 0));
    let accepted = 0;
    for (const [batchId, own] of groupBy(chunks, (chunk) => chunk.batchId))
      accepted += await processFileChunks(dataSource, peers, batchId, own);
    if (accepted) wakeScoringDispatcher(dataSource);
  } finally {
    stopRenewing();
  }
}

export interface FurnishingWorkerSettings {
  intervalMs: number;
  leaseMs: number;
  workers: number;
  chunksPerStep: number;
  recordsPerSecond: number;
}

/** The furnishing workers' settings (see startFurnishingWorker). */
export function furnishingWorkerSettings(env: NodeJS.ProcessEnv): FurnishingWorkerSettings {
  return {
    intervalMs: wholeNumberFromEnv(env, 'CREDENCE_FURNISHING_POLL_MS', 500, 'milliseconds'),
    leaseMs: wholeNumberFromEnv(env, 'CREDENCE_FURNISHING_LEASE_MS', 20_000, 'milliseconds'),
    workers: wholeNumberFromEnv(env, 'CREDENCE_FURNISHING_WORKERS', 4, 'workers'),
    chunksPerStep: wholeNumberFromEnv(env, 'CREDENCE_FURNISHING_CHUNKS_PER_STEP', 5, 'chunks'),
    recordsPerSecond: wholeNumberFromEnv(env, 'CREDENCE_FURNISHING_RECORDS_PER_SECOND', 6_000, 'records'),
  };
}

/**
 * Every credit-history replica processes furnishing files with CREDENCE_FURNISHING_WORKERS
 * workers (default 4: while one waits on the consent call or the database, another
 * parses or applies), each claiming up to CREDENCE_FURNISHING_CHUNKS_PER_STEP chunks
 * (default 5, so 5,000 lines: one consent call, one transaction) when done with its
 * last (CREDENCE_FURNISHING_POLL_MS between idle polls, default 500 ms; a sealed file
 * wakes them at once). Together they apply at most CREDENCE_FURNISHING_RECORDS_PER_SECOND
 * lines a second (default 6,000): a file is background work, and at full speed it
 * takes the CPU that partners' reads wait on (issue 17). A worker renews its claim while
 * its step runs; a chunk whose worker died is taken over when its lease
 * (CREDENCE_FURNISHING_LEASE_MS, default 20 s) runs out.
 * Chunks of one file applied side by side stay safe: each consumer's credit file is
 * locked while its records apply, and a chunk is marked done in the transaction that
 * applies it. Returns the function that stops them.
 */
export async function startFurnishingWorker(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  env: NodeJS.ProcessEnv = process.env,
): Promise<() => Promise<void>> {
  const { intervalMs, leaseMs, workers, chunksPerStep, recordsPerSecond } = furnishingWorkerSettings(env);
  const pace = paceOf(recordsPerSecond);
  const stops = await Promise.all(
    Array.from({ length: workers }, () => {
      const outbox = new Outbox(database.dataSource, FurnishingChunk, {
        batchSize: chunksPerStep,
        leaseMs,
        retryDelayMs: () => 1000,
      });
      return pollOutbox(outbox, {
        name: 'furnishing',
        intervalMs,
        // each worker its own: the chunks of one claim go out together, never mixed with another worker's
        send: batchedSend((chunks) => processChunks(outbox, peers, chunks, pace)),
      });
    }),
  );
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}

/**
 * Erasure's part in files not yet processed: each line that names the consumer becomes
 * ERASED_LINE, later refused like any consumer who allows nothing. Only chunks still
 * holding lines can name them (processed ones keep none), by an id of the file's
 * furnisher for them: every form of it (each partner id key) for each furnisher with
 * pending lines (one query), then the LIKE narrows the read to chunks whose text holds
 * one, and each line is parsed to be sure.
 */
export async function eraseFromPendingFiles(manager: EntityManager, subjectId: string): Promise<void> {
  const chunks = manager.getRepository(FurnishingChunk);
  const furnishers = await chunks
    .createQueryBuilder('chunk')
    .innerJoin(FurnishingBatch, 'batch', 'batch.id = chunk.batchId')
    .select('DISTINCT batch.partnerId', 'partnerId')
    .where("chunk.status = 'PENDING'")
    .getRawMany<{ partnerId: string }>();
  const codec = partnerIdCodec();
  const forms = furnishers.flatMap(({ partnerId }) => codec.everyForm(partnerId, subjectId));
  if (!forms.length) return;
  const naming = await chunks
    .createQueryBuilder('chunk')
    .select(['chunk.id', 'chunk.lines'])
    .where("chunk.status = 'PENDING'")
    .andWhere(
      new Brackets((any) =>
        forms.forEach((form, i) => any.orWhere(`chunk.lines LIKE :form${i}`, { [`form${i}`]: `%${form}%` })),
      ),
    )
    .getMany();
  for (const chunk of naming) {
    const lines = (chunk.lines ?? '').split('\n').map((text) => (namesSubject(text, forms) ? ERASED_LINE : text));
    await chunks.update({ id: chunk.id }, { lines: lines.join('\n') });
  }
}

function namesSubject(text: string, forms: string[]): boolean {
  try {
    const given = (JSON.parse(text) as { subjectId?: unknown })?.subjectId;
    return typeof given === 'string' && forms.includes(given);
  } catch {
    return forms.some((form) => text.includes(form)); // a line that is not JSON goes whole
  }
}
