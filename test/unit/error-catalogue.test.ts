import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CREDENCE_ERRORS, errorCatalogueMarkdown, OAUTH_ERRORS, REQUEST_ERRORS } from '../../shared/error-catalogue';
import { PROJECT_ROOT } from '../../shared/paths';

const SOURCE_FOLDERS = ['shared', 'subgraphs', 'gateway', 'platform', 'scripts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === '__generated__' || name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every way the code base hands a client a code: the ErrorCode constants, literal `code:`s, consent denials, Apollo's own codes the masker lets through, the token endpoint's RFC 6749 errors. */
const THROWN = [
  /ErrorCode\.([A-Z_]+)/g,
  /\bcode:\s*'([A-Z][A-Z_]+)'/g,
  /\bdeny\('([A-Z_]+)'/g,
  /\brefuse\(res, '([a-z_]+)'/g,
];

function codesThrown(): Map<string, string> {
  const found = new Map<string, string>();
  for (const folder of SOURCE_FOLDERS) {
    for (const file of sourceFiles(join(PROJECT_ROOT, folder))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of THROWN)
        for (const [, code] of text.matchAll(pattern)) found.set(code, relative(PROJECT_ROOT, file));
    }
  }
  // the codes the error masker passes on to clients (shared/errors.ts CLIENT_SAFE_CODES)
  const errors = readFileSync(join(PROJECT_ROOT, 'shared', 'errors.ts'), 'utf8');
  const safe = /CLIENT_SAFE_CODES = new Set<string>\(\[([\s\S]*?)\]\)/.exec(errors)![1];
  for (const [, code] of safe.matchAll(/'([A-Z_]+)'/g)) found.set(code, 'shared/errors.ts');
  return found;
}

test('every code thrown anywhere in the code base is in the catalogue', () => {
  const catalogued = new Set([
    ...Object.keys(CREDENCE_ERRORS),
    ...Object.keys(REQUEST_ERRORS),
    ...Object.keys(OAUTH_ERRORS),
  ]);
  const thrown = codesThrown();
  expect(thrown.size).toBeGreaterThan(25);
  const missing = [...thrown].filter(([code]) => !catalogued.has(code)).map(([code, file]) => `${code} (${file})`);
  expect(missing).toEqual([]);
});

test('the scan finds a planted code the catalogue lacks', () => {
  const planted = `throw codedError(ErrorCode.NOT_A_REAL_CODE, 'x'); const e = { code: 'ALSO_FAKE' };`;
  const found = THROWN.flatMap((pattern) => [...planted.matchAll(pattern)].map(([, code]) => code));
  expect(found).toEqual(['NOT_A_REAL_CODE', 'ALSO_FAKE']);
});

test('every entry says when and what to do', () => {
  for (const entry of [
    ...Object.values(CREDENCE_ERRORS),
    ...Object.values(REQUEST_ERRORS),
    ...Object.values(OAUTH_ERRORS),
  ]) {
    expect(entry.when.length).toBeGreaterThan(10);
    expect(entry.whatToDo.length).toBeGreaterThan(5);
  }
});

test('docs/errors.md is generated from the catalogue (npm run docs:errors)', () => {
  expect(readFileSync(join(PROJECT_ROOT, 'docs', 'errors.md'), 'utf8')).toBe(errorCatalogueMarkdown());
});
