import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';

/**
 * The layers, bottom to top: a folder may import only from itself and from the
 * folders listed for it. scripts/ and test/ sit on top and may import anything.
 */
const MAY_IMPORT: Record<string, string[]> = {
  shared: [],
  scorecard: ['shared'],
  subgraphs: ['shared', 'scorecard'],
  gateway: ['shared'],
  platform: ['shared', 'subgraphs', 'gateway'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
}

/** Every import of a file, as [importing layer, imported path relative to the root]. */
function importsOf(layer: string) {
  return sourceFiles(join(PROJECT_ROOT, layer)).flatMap((file) =>
    relativeImports(file).map((spec) => {
      const target = relative(PROJECT_ROOT, join(file, '..', spec)).split(sep).join(posix.sep);
      return { file: relative(PROJECT_ROOT, file), target };
    }),
  );
}

describe('the layout', () => {
  test.each(Object.keys(MAY_IMPORT))('%s/ imports only from itself and the layers below it', (layer) => {
    const allowed = [layer, ...MAY_IMPORT[layer]];
    const upward = importsOf(layer).filter(({ target }) => !allowed.includes(target.split('/')[0]));
    expect(upward).toEqual([]);
  });

  test('web/ (a browser app) imports only from itself and the playground\'s demo-token client, never server code', () => {
    const imports = importsOf('web');
    expect(imports.map(({ target }) => target)).toContain('gateway/playground/demo-viewers');
    expect(imports.filter(({ target }) => !target.startsWith('web/') && target !== 'gateway/playground/demo-viewers')).toEqual([]);
  });

  test('no subgraph imports another subgraph', () => {
    const crossing = importsOf('subgraphs').filter(({ file, target }) => {
      const [, own] = file.split('/');
      const [top, other] = target.split('/');
      return top === 'subgraphs' && other !== own;
    });
    expect(crossing).toEqual([]);
  });

  test("no source file silences the type checker with `as never` or imports a package's private dist/ path", () => {
    const offending = ['shared', 'scorecard', 'subgraphs', 'gateway', 'platform', 'scripts'].flatMap((layer) =>
      sourceFiles(join(PROJECT_ROOT, layer))
        .filter((file) => /\bas never\b|from '[^.'][^']*\/dist\//.test(readFileSync(file, 'utf8')))
        .map((file) => relative(PROJECT_ROOT, file)),
    );
    expect(offending).toEqual([]);
  });

  test('the scorecard imports only downward: format ← score ← fit', () => {
    const order = ['format', 'score', 'fit'];
    const wrongWay = importsOf('scorecard').filter(({ file, target }) => {
      const from = order.indexOf(file.split('/')[1]);
      const to = order.indexOf(target.split('/')[1]);
      return target.startsWith('scorecard/') && from >= 0 && to > from;
    });
    expect(wrongWay).toEqual([]);
  });
});
