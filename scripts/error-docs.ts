import { writeFileSync } from 'node:fs';
import { errorCatalogueMarkdown } from '../shared/error-catalogue';
import { fromProjectRoot } from '../shared/paths';

/** `npm run docs:errors`: writes docs/errors.md from shared/error-catalogue.ts. */
writeFileSync(fromProjectRoot('docs', 'errors.md'), errorCatalogueMarkdown());
console.log('wrote docs/errors.md');
