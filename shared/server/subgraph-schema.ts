import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CONSENT_DIRECTIVE_FILE = join(__dirname, '..', 'consent', 'consent-directive.graphql');
const IMPORTS_CONSENT_DIRECTIVE = /import:\s*\[\s*"@requiresConsent"\s*\]/;

/**
 * A subgraph's schema as written in its schema.graphql, plus the consent directive's
 * declaration when the subgraph imports it: the declaration lives once, so every
 * subgraph that guards fields declares it identically (composition requires that).
 */
export function readSubgraphTypeDefs(schemaFile: string): string {
  const own = readFileSync(schemaFile, 'utf8');
  return IMPORTS_CONSENT_DIRECTIVE.test(own) ? `${own}\n${readFileSync(CONSENT_DIRECTIVE_FILE, 'utf8')}` : own;
}
