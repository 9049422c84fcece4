import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, Plugin } from 'vite';
import { readmeExamples } from './readme-examples';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '..', '..');
const EXAMPLES = resolve(projectRoot, 'docs', 'examples.md');
const EXAMPLES_MODULE = 'virtual:readme-examples';

/** `import examples from 'virtual:readme-examples'`: the operations of docs/examples.md, read at build time. */
function readmeExamplesModule(): Plugin {
  return {
    name: 'credence-readme-examples',
    resolveId: (source) => (source === EXAMPLES_MODULE ? `\0${EXAMPLES_MODULE}` : undefined),
    load(id) {
      if (id !== `\0${EXAMPLES_MODULE}`) return undefined;
      this.addWatchFile(EXAMPLES);
      return `export default ${JSON.stringify(readmeExamples(readFileSync(EXAMPLES, 'utf8')))};`;
    },
  };
}

/**
 * `npm run build` bundles the playground (GraphiQL, React, Monaco and its workers)
 * into dist/playground, served by the gateway under /playground: nothing is fetched
 * from anywhere else at run time.
 */
export default defineConfig({
  root: here,
  base: '/playground/',
  plugins: [readmeExamplesModule()],
  logLevel: 'warn',
  build: {
    outDir: resolve(projectRoot, 'dist', 'playground'),
    emptyOutDir: true,
    // Monaco is large by nature; the bundle is served once and cached for good.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      // framer-motion (inside GraphiQL) marks files "use client" for React Server Components; a browser bundle has none.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
