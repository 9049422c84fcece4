import { SUBGRAPHS } from '.';

/** Each subgraph's port when none is configured: 4001–4004. */
export const DEFAULT_PORTS = Object.fromEntries(Object.values(SUBGRAPHS).map((module) => [module.name, module.defaultPort]));
