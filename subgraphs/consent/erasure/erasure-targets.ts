/**
 * Where the outbox sends an erasure: the mutation each other subgraph exposes for it
 * (internal, @inaccessible). Each answers true once nothing of the subject is left,
 * so a retry after a failure is always safe.
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
