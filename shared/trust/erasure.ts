import { forbidden } from '../errors';

/**
 * Erasure runs from the consent subgraph's outbox: every other subgraph erases a
 * subject only when the consent subgraph asks (its erase mutation is idempotent, so
 * the outbox may retry it).
 */
export function requireErasureCaller(caller: string): void {
  if (caller !== 'consent') throw forbidden('Only the erasure outbox may erase a subject.');
}
