import { SubgraphUrls } from '../../../shared/trust/internal-client';
import { Viewer } from '../../../shared/trust/viewer';
import type { RecordRejection } from '../entities/FurnishingRejection';
import type { Furnisher, PermittedRecord } from './apply-records';
import { checkRecord, ValidRecord } from './furnished-record';
import { furnishingPermits } from './permits';
import { resolveSubjectIds } from './subject-ids';

export type Screened =
  | { refusal: { code: string; message: string } }
  | { refusal: null; furnisher: Furnisher; permitted: PermittedRecord[]; rejected: RecordRejection[] };

export const consentRequired = (index: number): RecordRejection => ({
  index,
  code: 'CONSENT_REQUIRED',
  message: 'The consumer has not allowed you to report their records (CREDIT_REPORTING).',
  field: 'subjectId',
});

/**
 * Sorts a furnisher's records, before any consumer's file is read, into those it may
 * apply and those it may not: malformed ones (BAD_USER_INPUT, with the field), then,
 * in one consent call, those whose consumer has not allowed this furnisher
 * (CONSENT_REQUIRED: the same for a consumer who does not exist). A furnisher that may
 * report nothing at all (not a furnisher, suspended) is refused as a whole.
 */
export async function screenRecords(
  peers: SubgraphUrls,
  viewer: Viewer & { kind: 'partner' },
  inputs: readonly { index: number; input: unknown }[],
  today: string,
  requestId?: string,
): Promise<Screened> {
  const checked = inputs.map(({ index, input }) => checkRecord(input, index, today));
  const valid = checked.filter((c): c is ValidRecord => 'givenSubjectId' in c);
  const rejected = checked.filter((c): c is RecordRejection => !('givenSubjectId' in c));
  const internal = resolveSubjectIds(viewer.partnerId, [...new Set(valid.map((r) => r.givenSubjectId))]);
  const permits = await furnishingPermits(peers, viewer, [...new Set(internal.values())], requestId);
  if (permits.refusalCode) return { refusal: { code: permits.refusalCode, message: permits.refusalMessage ?? '' } };
  const allowed = new Set(permits.allowed);
  const permitted: PermittedRecord[] = [];
  for (const record of valid) {
    const userId = internal.get(record.givenSubjectId);
    if (userId !== undefined && allowed.has(userId)) permitted.push({ ...record, userId });
    else rejected.push(consentRequired(record.index));
  }
  return {
    refusal: null,
    furnisher: { id: viewer.partnerId, name: permits.furnisherName ?? 'A furnisher' },
    permitted,
    rejected,
  };
}

/** Rejections in record order, as the answer lists them. */
export const inRecordOrder = (rejections: RecordRejection[]) => [...rejections].sort((a, b) => a.index - b.index);
