import { SUBGRAPH_NAMES, SUBGRAPH_REGISTRY, SubgraphName } from '../../../shared/server/subgraph-registry';

/**
 * Where the outbox sends an erasure: every subgraph the registry gives an erase
 * mutation (internal, @inaccessible). Each answers true once nothing of the subject is
 * left, so a retry after a failure is always safe.
 */
export type ErasureTarget = {
  [Name in SubgraphName]: (typeof SUBGRAPH_REGISTRY)[Name]['eraseMutation'] extends null ? never : Name;
}[SubgraphName];
export const ERASURE_TARGETS = SUBGRAPH_NAMES.filter(
  (name): name is ErasureTarget => SUBGRAPH_REGISTRY[name].eraseMutation !== null,
);

export const eraseMutationFor = (target: ErasureTarget) =>
  `mutation Erase($subjectId: ID!) { ${SUBGRAPH_REGISTRY[target].eraseMutation}(subjectId: $subjectId) }`;
