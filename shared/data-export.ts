import { forbidden, unauthenticated } from './errors';
import { Viewer } from './viewer';

/**
 * The export is the consumer's right, not a partner's or staff's convenience: every
 * subgraph's part of it answers the consumer alone.
 */
export function requireExportingSubject(viewer: Viewer, subjectId: string): void {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind !== 'user' || viewer.userId !== subjectId) throw forbidden('Only the consumer can export their own data.');
}

/** Drops the storage-only fields a row carries, so the export reads like the API. */
export function plain<T extends object>(row: T, omit: (keyof T)[] = []): Partial<T> {
  const copy: Partial<T> = { ...row };
  for (const key of omit) delete copy[key];
  return copy;
}
