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
      const target = relative(PROJECT_ROOT, join(file, '..', spec))
        .split(sep)
        .join(posix.sep);
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

  test("web/ (a browser app) imports only from itself and the playground's demo-token client, never server code", () => {
    const imports = importsOf('web');
    expect(imports.map(({ target }) => target)).toContain('gateway/playground/demo-viewers');
    expect(
      imports.filter(({ target }) => !target.startsWith('web/') && target !== 'gateway/playground/demo-viewers'),
    ).toEqual([]);
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

  /**
   * The consent subgraph reads top-down: each of its folders and root files stands on a
   * floor and imports only its own folder and the floors below. A new module takes a
   * place here; an import that runs back up fails.
   */
  const CONSENT_FLOORS = [
    ['entities', 'migrations', 'consent-terms'],
    ['idempotency'],
    ['access-log', 'feed', 'receipts', 'subject-lock', 'seed', 'standing'],
    ['decision', 'freeze'],
    ['loaders', 'webhooks'],
    ['consents', 'notifications', 'partners'],
    ['consent-requests'],
    ['subject-data'],
    ['erasure'],
    ['metrics', '__generated__'],
    ['resolvers'],
    ['subgraph'],
    ['index'],
  ];
  /** a folder's name, or a root file's without its extension (imports name it so) */
  const consentPlace = (path: string) => path.split('/')[2].replace(/\.ts$/, '');
  const consentFloor = (path: string) => CONSENT_FLOORS.findIndex((floor) => floor.includes(consentPlace(path)));

  test('every module of subgraphs/consent has a floor', () => {
    const placeless = sourceFiles(join(PROJECT_ROOT, 'subgraphs', 'consent'))
      .map((file) => relative(PROJECT_ROOT, file).split(sep).join(posix.sep))
      .filter((file) => consentFloor(file) < 0);
    expect(placeless).toEqual([]);
  });

  test('subgraphs/consent imports only its own folder and the floors below it', () => {
    const upward = importsOf('subgraphs/consent')
      .filter(
        ({ file, target }) => target.startsWith('subgraphs/consent/') && consentPlace(file) !== consentPlace(target),
      )
      .filter(({ file, target }) => consentFloor(target) < 0 || consentFloor(target) >= consentFloor(file));
    expect(upward).toEqual([]);
  });

  test('a consent change is told through recordConsentChange alone (receipts, webhooks and alerts fan out from one place)', () => {
    const fanOut = /\b(issueReceipts|issueGivenReceipt|queueConsentEvents)\(/;
    const elsewhere = sourceFiles(join(PROJECT_ROOT, 'subgraphs', 'consent'))
      .map((file) => relative(PROJECT_ROOT, file).split(sep).join(posix.sep))
      .filter((file) => !/\/(receipts|webhooks)\/|record-consent-change\.ts$/.test(file))
      .filter((file) => fanOut.test(readFileSync(join(PROJECT_ROOT, file), 'utf8')));
    expect(elsewhere).toEqual([]);
  });

  test('no import circle anywhere outside generated code', () => {
    const edges = new Map<string, string[]>();
    for (const layer of ['shared', 'scorecard', 'subgraphs', 'gateway', 'platform', 'scripts', 'web']) {
      for (const { file, target } of importsOf(layer)) {
        if (file.includes('__generated__') || target.includes('__generated__')) continue;
        const from = file.replace(/\.tsx?$/, '');
        edges.set(from, [...(edges.get(from) ?? []), target.replace(/\.tsx?$/, '')]);
      }
    }
    const circles: string[][] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        circles.push(path.slice(path.indexOf(node)));
        return;
      }
      state.set(node, 'open');
      for (const next of edges.get(node) ?? []) visit(next, [...path, next]);
      state.set(node, 'done');
    };
    for (const node of edges.keys()) visit(node, [node]);
    expect(circles).toEqual([]);
  });
});
