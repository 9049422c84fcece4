import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit } from 'graphql';

const CONSENT_DIRECTIVE_FILE = join(__dirname, '..', 'consent', 'consent-directive.graphql');
const CONSENT_SCOPE_FILE = join(__dirname, '..', 'consent', 'consent-scope.graphql');
const IMPORTS_CONSENT_DIRECTIVE = /import:\s*\[\s*"@requiresConsent"\s*\]/;

function usesType(sdl: string, typeName: string): boolean {
  let used = false;
  visit(parse(sdl), {
    [Kind.NAMED_TYPE]: (node) => {
      if (node.name.value === typeName) used = true;
    },
  });
  return used;
}

/**
 * A subgraph's schema as written in its schema.graphql, plus the shared declarations it
 * uses: the consent directive when it imports it, and ConsentScope when it (or that
 * directive) names it. Each lives once in shared/consent/, so every subgraph declares
 * them identically (composition requires that). A schema that declares them itself
 * fails to build, so a copy cannot drift.
 */
export function readSubgraphTypeDefs(schemaFile: string): string {
  let sdl = readFileSync(schemaFile, 'utf8');
  if (IMPORTS_CONSENT_DIRECTIVE.test(sdl)) sdl += `\n${readFileSync(CONSENT_DIRECTIVE_FILE, 'utf8')}`;
  if (usesType(sdl, 'ConsentScope')) sdl += `\n${readFileSync(CONSENT_SCOPE_FILE, 'utf8')}`;
  return sdl;
}
