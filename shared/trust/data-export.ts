import { requireConsumer } from './access';
import { Viewer } from './viewer';

/**
 * The export is the consumer's right, not a partner's or staff's convenience: every
 * subgraph's part of it answers the consumer alone.
 */
export const EXPORT_REFUSAL = 'Only the consumer can export their own data.';

/** Whose data an export is: the representation every subgraph's DataExport resolves from. */
export interface ExportSubject {
  subjectId: string;
}

/** Every subgraph's `DataExport.__resolveReference`: its part of the export is for the subject alone. */
export function resolveExportReference({ subjectId }: ExportSubject, { viewer }: { viewer: Viewer }): ExportSubject {
  requireConsumer(viewer, EXPORT_REFUSAL, subjectId);
  return { subjectId };
}

/** Drops the storage-only fields a row carries, so the export reads like the API. */
export function plain<T extends object>(row: T, omit: (keyof T)[] = []): Partial<T> {
  const copy: Partial<T> = { ...row };
  for (const key of omit) delete copy[key];
  return copy;
}
