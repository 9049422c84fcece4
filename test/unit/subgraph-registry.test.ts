import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fromProjectRoot } from '../../shared/paths';
import { SUBGRAPH_NAMES, SUBGRAPH_REGISTRY } from '../../shared/server/subgraph-registry';
import { ERASURE_TARGETS } from '../../subgraphs/consent/erasure/erasure-targets';
import { SUBGRAPHS } from '../../platform/subgraphs';

/** CONTRIBUTING's "Adding a subgraph": the registry row, the folder and the module agree. */
describe('the subgraph registry', () => {
  const folders = readdirSync(fromProjectRoot('subgraphs'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  test('lists every folder under subgraphs/, and nothing else', () => {
    expect([...SUBGRAPH_NAMES].sort()).toEqual([...folders].sort());
  });

  test.each(SUBGRAPH_NAMES)(
    '%s has the shape every subgraph has, and its module is bound under its own name',
    (name) => {
      for (const file of [
        'schema.graphql',
        'subgraph.ts',
        'index.ts',
        'loaders.ts',
        'resolvers/index.ts',
        'migrations/index.ts',
      ]) {
        expect([name, file, existsSync(fromProjectRoot('subgraphs', name, file))]).toEqual([name, file, true]);
      }
      expect(SUBGRAPHS[name].name).toBe(name);
      expect(SUBGRAPHS[name].definition.name).toBe(name);
      expect(readFileSync(fromProjectRoot('subgraphs', name, 'loaders.ts'), 'utf8')).toContain(
        `export type ${SUBGRAPH_REGISTRY[name].context} =`,
      );
    },
  );

  test('every subgraph but the one that orchestrates erasure declares its internal erase mutation, and erasure reaches exactly those', () => {
    expect(ERASURE_TARGETS).toEqual(SUBGRAPH_NAMES.filter((name) => name !== 'consent'));
    for (const target of ERASURE_TARGETS) {
      const schema = readFileSync(fromProjectRoot('subgraphs', target, 'schema.graphql'), 'utf8');
      expect(schema).toMatch(
        new RegExp(`${SUBGRAPH_REGISTRY[target].eraseMutation}\\(subjectId: ID!\\): Boolean! @inaccessible`),
      );
    }
  });

  test('default ports are distinct and leave 4000 to the gateway', () => {
    const ports = SUBGRAPH_NAMES.map((name) => SUBGRAPH_REGISTRY[name].defaultPort);
    expect(new Set([...ports, 4000]).size).toBe(ports.length + 1);
  });
});
