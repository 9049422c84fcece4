import { Brackets, DataSource, EntityManager } from 'typeorm';
import { wholeNumberFromEnv } from '../../../shared/env';
import { SubgraphDatabase } from '../../../shared/store/database';
import { Outbox } from '../../../shared/store/outbox';
import { pollOutbox } from '../../../shared/store/outbox-poller';
import { upsertRows } from '../../../shared/store/upsert';
import { SubgraphUrls } from '../../../shared/trust/internal-client';
import { partnerIdCodec } from '../../../shared/trust/partner-ids';
import { FurnishingBatch } from '../entities/FurnishingBatch';
import { FurnishingChunk } from '../entities/FurnishingChunk';
import { FurnishingRejection, RecordRejection } from '../entities/FurnishingRejection';
import { applyFurnishedRecords, wakeScoringDispatcher } from './apply-records';
import { malformed } from './furnished-record';
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
 * Marks the chunk processed, if this claim still holds it, as the first statement of
 * the transaction that applies it: a chunk another worker took over after this one's
 * lease ran out, or one already done, is left alone, so no line is applied twice.
 */
async function takeChunk(manager: EntityManager, chunk: FurnishingChunk): Promise<boolean> {
  const taken = await manager
    .getRepository(FurnishingChunk)
    .update({ id: chunk.id, claimToken: chunk.claimToken!, status: 'PENDING' }, { status: 'DONE', lines: null });
  return (taken.affected ?? 0) > 0;
}

/** Counts a processed chunk in its batch, which completes with its last line (numbers only are inlined). */
async function countChunk(
  manager: EntityManager,
  chunk: FurnishingChunk,
  accepted: number,
  rejected: number,
  now: Date,
) {
  const open = "status IN ('PENDING', 'PROCESSING')";
  await manager
    .createQueryBuilder()
    .update(FurnishingBatch)
    .set({
      processed: () => `"processed" + ${chunk.lineCount}`,
      accepted: () => `"accepted" + ${accepted}`,
      rejectedCount: () => `"rejected_count" + ${rejected}`,
      status: 'PROCESSING',
    })
    .where(`id = :id AND ${open}`, { id: chunk.batchId })
    .execute();
  await manager
    .createQueryBuilder()
    .update(FurnishingBatch)
    .set({ status: 'COMPLETED', completedAt: now })
    .where("id = :id AND processed >= total AND status = 'PROCESSING'", { id: chunk.batchId })
    .execute();
}

/**
 * Processes one chunk of a furnishing file as its furnisher's own call would be: the
 * lines are checked and screened for consent (one consent call), then applied in one
 * transaction that also marks the chunk done, stores its rejections and counts it in
 * the batch. A furnisher suspended or no longer a furnisher stops its file there.
 */
export async function processChunk(dataSource: DataSource, peers: SubgraphUrls, chunk: FurnishingChunk): Promise<void> {
  const batch = await dataSource.getRepository(FurnishingBatch).findOneByOrFail({ id: chunk.batchId });
  const now = new Date();
  if (batch.status === 'STOPPED') {
    await dataSource.transaction((manager) => takeChunk(manager, chunk));
    return;
  }
  const lines = (chunk.lines ?? '').split('\n').map((text, i) => parseLine(text, chunk.firstIndex + i));
  const parsed = lines.filter((line): line is { index: number; input: unknown } => 'input' in line);
  const unparsed = lines.filter((line): line is RecordRejection => !('input' in line));
  const viewer = { kind: 'partner' as const, partnerId: batch.partnerId };
  const screened = await screenRecords(peers, viewer, parsed, now.toISOString().slice(0, 10));
  const accepted = await dataSource.transaction(async (manager) => {
    if (!(await takeChunk(manager, chunk))) return 0;
    if (screened.refusal) {
      await manager
        .getRepository(FurnishingBatch)
        .update({ id: batch.id }, { status: 'STOPPED', stoppedReason: screened.refusal.message, completedAt: now });
      return 0;
    }
    const applied = await applyFurnishedRecords(manager, screened.furnisher, screened.permitted, now);
    const rejected = [...unparsed, ...screened.rejected, ...applied.rejected];
    await upsertRows(
      manager,
      FurnishingRejection,
      rejected.map((r) => Object.assign(new FurnishingRejection(), { batchId: batch.id, ...r })),
      '("batch_id", "line_index") DO NOTHING',
    );
    await countChunk(manager, chunk, applied.accepted, rejected.length, now);
    return applied.accepted;
  });
  if (accepted) wakeScoringDispatcher(dataSource);
}

/**
 * Every credit-history replica processes furnishing files, CREDENCE_FURNISHING_WORKERS
 * chunks at a time (default 4: while one chunk waits on the consent call or the
 * database, another is parsed or applied), each worker claiming its next chunk when
 * done (CREDENCE_FURNISHING_POLL_MS between idle polls, default 500 ms; a sealed file
 * wakes them at once). A chunk whose worker died is taken over when its lease
 * (CREDENCE_FURNISHING_LEASE_MS, default 20 s) runs out. Chunks of one file applied
 * side by side stay safe: each consumer's credit file is locked while its records
 * apply, and a chunk is marked done in the transaction that applies it. Returns the
 * function that stops them.
 */
export async function startFurnishingWorker(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  intervalMs = wholeNumberFromEnv(process.env, 'CREDENCE_FURNISHING_POLL_MS', 500, 'milliseconds'),
  leaseMs = wholeNumberFromEnv(process.env, 'CREDENCE_FURNISHING_LEASE_MS', 20_000, 'milliseconds'),
  workers = wholeNumberFromEnv(process.env, 'CREDENCE_FURNISHING_WORKERS', 4, 'workers'),
): Promise<() => Promise<void>> {
  const stops = await Promise.all(
    Array.from({ length: workers }, () =>
      pollOutbox(
        new Outbox(database.dataSource, FurnishingChunk, { batchSize: 1, leaseMs, retryDelayMs: () => 1000 }),
        { name: 'furnishing', intervalMs, send: (chunk) => processChunk(database.dataSource, peers, chunk) },
      ),
    ),
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
