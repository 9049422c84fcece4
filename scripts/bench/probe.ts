import { dirname } from 'node:path';
import type { Client as PgClient } from 'pg';

/**
 * Preloaded (`node --require`) into each process of a benchmarked platform, whichever
 * commit it runs: counts the SQL statements the process sends to PostgreSQL and
 * answers `stats` over the IPC channel with that count and the process's CPU time.
 * TypeORM sends every statement (BEGIN and COMMIT included) through pg's Client. The
 * pg patched is the one the benchmarked tree loads (resolved from its entry file): a
 * tree built elsewhere may see another node_modules than this probe's, and patching
 * the probe's own copy would count nothing.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- which copy of pg is only known at run time
const { Client } = require(require.resolve('pg', { paths: [dirname(process.argv[1])] })) as { Client: typeof PgClient };
let statements = 0;
const query = Client.prototype.query as (...args: unknown[]) => unknown;
Client.prototype.query = function countedQuery(this: PgClient, ...args: unknown[]) {
  statements += 1;
  return query.apply(this, args);
} as typeof Client.prototype.query;

process.on('message', (message) => {
  if (message === 'stats') process.send?.({ statements, cpu: process.cpuUsage() });
});
