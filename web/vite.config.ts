import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '..');

/**
 * `npm run build` bundles the reference consumer page (React, Apollo Client and the
 * typed operations in src/__generated__) into dist/web, served by the gateway under
 * /app: one script, one stylesheet, nothing from any other origin.
 */
export default defineConfig({
  root: here,
  base: '/app/',
  logLevel: 'warn',
  build: {
    outDir: resolve(projectRoot, 'dist', 'web'),
    emptyOutDir: true,
  },
});
