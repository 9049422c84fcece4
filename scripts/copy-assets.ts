import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromProjectRoot } from '../shared/paths';
import { SUBGRAPH_NAMES } from '../shared/server/subgraph-module';

/** tsc copies no .graphql files: put each schema file beside the compiled code that reads it. */
for (const file of [
  ['consent', 'consent-directive.graphql'],
  ['consent', 'consent-scope.graphql'],
  ['trust', 'viewer-directive.graphql'],
  ['trust', 'partner-scoped-id.graphql'],
]) {
  copyFileSync(fromProjectRoot('shared', ...file), fromProjectRoot('dist', 'shared', ...file));
}
for (const name of SUBGRAPH_NAMES) {
  const target = fromProjectRoot('dist', 'subgraphs', name);
  mkdirSync(target, { recursive: true });
  copyFileSync(fromProjectRoot('subgraphs', name, 'schema.graphql'), join(target, 'schema.graphql'));
}
