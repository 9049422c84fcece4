/**
 * The subgraphs Credence runs, declared once. Everything that lists them derives from
 * this table: their names and types, default ports and the <NAME>_PORT / <NAME>_URL
 * variables (subgraph-module.ts), peers' URLs (internal-client.ts), the launcher's
 * ports (platform/), resolver-type generation (codegen.ts) and where an erasure is
 * sent (consent's erasure-targets.ts). Adding a subgraph is a row here, its folder,
 * and its module in platform/subgraphs.ts (typed by this table, so a missing one fails
 * to compile).
 */
export const SUBGRAPH_REGISTRY = {
  users: {
    defaultPort: 4001,
    /** the SubgraphContext alias its loaders.ts exports, for the generated resolver types */
    context: 'UsersContext',
    /** its internal erase mutation, which consent's erasure outbox calls; null for the subgraph that orchestrates erasure */
    eraseMutation: 'eraseSubjectProfile',
  },
  'credit-history': { defaultPort: 4002, context: 'CreditHistoryContext', eraseMutation: 'eraseSubjectCreditHistory' },
  scores: { defaultPort: 4003, context: 'ScoresContext', eraseMutation: 'eraseSubjectScores' },
  consent: { defaultPort: 4004, context: 'ConsentContext', eraseMutation: null },
} as const;

export type SubgraphName = keyof typeof SUBGRAPH_REGISTRY;

/** In the registry's order, which is the order stores are opened and servers started. */
export const SUBGRAPH_NAMES = Object.keys(SUBGRAPH_REGISTRY) as SubgraphName[];

/** A value for each subgraph: e.g. its port, or its URL. */
export type PerSubgraph<T> = Record<SubgraphName, T>;

/** Builds a PerSubgraph from the registry's names. */
export const perSubgraph = <T>(valueOf: (name: SubgraphName) => T): PerSubgraph<T> =>
  Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, valueOf(name)])) as PerSubgraph<T>;
