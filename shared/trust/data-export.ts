import { Viewer } from './viewer';
import { enforceViewerRule, ViewerRule } from './viewer-directive';

/**
 * The export is the consumer's right, not a partner's or staff's convenience: every
 * subgraph's part of it answers the consumer alone.
 */
export const EXPORT_REFUSAL = 'Only the consumer can export their own data.';

/** Whose data an export is: the representation every subgraph's DataExport resolves from. */
export interface ExportSubject {
  subjectId: string;
}

/** The export's viewer rule, as exportMyData declares it, for the entity references no directive reaches. */
const EXPORT_RULE: ViewerRule = {
  kinds: ['user'],
  roles: null,
  reason: false,
  self: true,
  live: false,
  refusal: EXPORT_REFUSAL,
};

/** Every subgraph's `DataExport.__resolveReference`: its part of the export is for the subject alone. */
export function resolveExportReference({ subjectId }: ExportSubject, { viewer }: { viewer: Viewer }): ExportSubject {
  enforceViewerRule(EXPORT_RULE, viewer, subjectId);
  return { subjectId };
}

/** Drops the storage-only fields a row carries, so the export reads like the API. */
export function plain<T extends object>(row: T, omit: (keyof T)[] = []): Partial<T> {
  const copy: Partial<T> = { ...row };
  for (const key of omit) delete copy[key];
  return copy;
}
