import { forbidden } from '../errors';

/**
 * Erasure runs from the consent subgraph's outbox: every other subgraph erases a
 * subject only when the consent subgraph asks, and answers true once nothing of the
 * subject is left, so a retry after a failure is always safe.
 */
const ERASE_FIELDS = {
  users: 'eraseSubjectProfile',
  'credit-history': 'eraseSubjectCreditHistory',
  scores: 'eraseSubjectScores',
} as const;
export type ErasureTarget = keyof typeof ERASE_FIELDS;
export const ERASURE_TARGETS = Object.keys(ERASE_FIELDS) as ErasureTarget[];

export const eraseMutationFor = (target: ErasureTarget) =>
  `mutation Erase($subjectId: ID!) { ${ERASE_FIELDS[target]}(subjectId: $subjectId) }`;

export function requireErasureCaller(caller: string): void {
  if (caller !== 'consent') throw forbidden('Only the erasure outbox may erase a subject.');
}
