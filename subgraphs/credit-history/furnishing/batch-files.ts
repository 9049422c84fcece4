import { randomUUID } from 'node:crypto';
import { DataSource, MoreThan } from 'typeorm';
import { badUserInput, forbidden, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { cursorNotIssued, parsePageRequest, toConnection } from '../../../shared/store/pagination';
import { wakeOutbox } from '../../../shared/store/outbox-wake';
import { upsertRows } from '../../../shared/store/upsert';
import { SubgraphUrls } from '../../../shared/trust/internal-client';
import { Viewer } from '../../../shared/trust/viewer';
import { FurnishingBatch } from '../entities/FurnishingBatch';
import { FurnishingChunk } from '../entities/FurnishingChunk';
import { FurnishingRejection } from '../entities/FurnishingRejection';
import { LINES_PER_CHUNK } from '../../../shared/furnishing-chunks';
import { textProblem } from '../../../shared/server/text-inputs';
import { furnishingPermits } from './permits';
import { refusalError } from './report-records';

/** A furnishing file holds at most this many records (lines). */
export const MAX_FILE_RECORDS = 1_000_000;
/** A chunk of a file still arriving is not due before its file is sealed. */
const NOT_BEFORE_SEALED = new Date('9999-01-01T00:00:00Z');

/** The gateway's upload calls only: the fields are @inaccessible, so no client request reaches them. */
function requireUploader(caller: string, viewer: Viewer): string {
  if (caller !== 'gateway' || viewer.kind !== 'partner')
    throw forbidden('Furnishing files arrive through the gateway.');
  return viewer.partnerId;
}

/** The partner's own batch; another partner's is not found, as if it did not exist. */
export async function ownBatch(dataSource: DataSource, partnerId: string, id: string): Promise<FurnishingBatch> {
  const batch = await dataSource.getRepository(FurnishingBatch).findOneBy({ id: requireWellFormedId(id) });
  if (!batch || batch.partnerId !== partnerId) throw notFound('Furnishing batch', id);
  return batch;
}

/** Opens a file for a furnisher that may furnish now (checked with the consent subgraph, for no consumer yet). */
export async function openBatch({
  caller,
  viewer,
  database,
  peers,
  requestId,
}: {
  caller: string;
  viewer: Viewer;
  database: { dataSource: DataSource };
  peers: SubgraphUrls;
  requestId: string;
}): Promise<string> {
  const partnerId = requireUploader(caller, viewer);
  const permits = await furnishingPermits(peers, viewer, [], requestId);
  if (permits.refusalCode) throw refusalError({ code: permits.refusalCode, message: permits.refusalMessage ?? '' });
  const batch = Object.assign(new FurnishingBatch(), {
    id: randomUUID(),
    partnerId,
    status: 'RECEIVING' as const,
    total: 0,
    processed: 0,
    accepted: 0,
    rejectedCount: 0,
    createdAt: new Date(),
    completedAt: null,
    stoppedReason: null,
  });
  await database.dataSource.getRepository(FurnishingBatch).insert(batch);
  return batch.id;
}

async function receivingBatch(dataSource: DataSource, partnerId: string, batchId: string) {
  const batch = await ownBatch(dataSource, partnerId, batchId);
  if (batch.status !== 'RECEIVING') throw badUserInput('This file is complete: it takes no more lines.', 'batchId');
  return batch;
}

/** Stores one chunk of a file, its lines joined by LF, held until the file is sealed; storing it again changes nothing. */
export async function appendLines(
  caller: string,
  viewer: Viewer,
  dataSource: DataSource,
  batchId: string,
  firstIndex: number,
  text: string,
): Promise<void> {
  const partnerId = requireUploader(caller, viewer);
  const lines = text.split('\n');
  await receivingBatch(dataSource, partnerId, batchId);
  if (
    !lines.length ||
    lines.length > LINES_PER_CHUNK ||
    !Number.isInteger(firstIndex) ||
    firstIndex < 0 ||
    firstIndex % LINES_PER_CHUNK !== 0 ||
    firstIndex >= MAX_FILE_RECORDS
  )
    throw badUserInput(`A chunk holds 1 to ${LINES_PER_CHUNK} lines from a multiple of ${LINES_PER_CHUNK}.`, 'lines');
  // the gateway refuses such lines already; what is stored is checked where it is stored
  const problem = lines.map(textProblem).find((found) => found !== null);
  if (problem) throw badUserInput(`${problem}.`, 'lines');
  const chunk = Object.assign(new FurnishingChunk(), {
    id: randomUUID(),
    batchId,
    seq: firstIndex / LINES_PER_CHUNK,
    firstIndex,
    lineCount: lines.length,
    lines: text,
    status: 'PENDING' as const,
    attempts: 0,
    lastError: null,
    lastAttemptAt: null,
    nextAttemptAt: NOT_BEFORE_SEALED,
    claimToken: null,
  });
  await upsertRows(dataSource.manager, FurnishingChunk, [chunk], '("batch_id", "seq") DO NOTHING');
}

/** Closes a file whose lines are all stored: its chunks fall due now. */
export async function sealBatch(
  caller: string,
  viewer: Viewer,
  dataSource: DataSource,
  batchId: string,
  total: number,
): Promise<string> {
  const partnerId = requireUploader(caller, viewer);
  await receivingBatch(dataSource, partnerId, batchId);
  const chunks = Math.ceil(total / LINES_PER_CHUNK);
  const stored = await dataSource.getRepository(FurnishingChunk).countBy({ batchId });
  if (total < 1 || total > MAX_FILE_RECORDS || stored !== chunks)
    throw badUserInput(`The file's ${total} lines are not all stored.`, 'total');
  await dataSource.transaction(async (manager) => {
    await manager
      .getRepository(FurnishingBatch)
      .update({ id: batchId, status: 'RECEIVING' }, { status: 'PENDING', total });
    await manager.getRepository(FurnishingChunk).update({ batchId }, { nextAttemptAt: new Date() });
  });
  wakeOutbox(dataSource, FurnishingChunk); // this replica's workers start on the file now
  return batchId;
}

/** A page of a batch's per-line errors, in line order. */
export async function rejectionsPage(
  dataSource: DataSource,
  batch: FurnishingBatch,
  args: { first?: number | null; after?: string | null },
) {
  const request = parsePageRequest(args);
  const after = request.after ? Number(request.after.sortKey) : -1;
  if (!Number.isInteger(after)) throw cursorNotIssued();
  const rows = await dataSource.getRepository(FurnishingRejection).find({
    where: { batchId: batch.id, index: MoreThan(after) },
    order: { index: 'ASC' },
    take: request.first + 1,
  });
  return toConnection(rows, request.first, batch.rejectedCount, (row) => ({
    sortKey: String(row.index),
    id: batch.id,
  }));
}
