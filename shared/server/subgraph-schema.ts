import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit } from 'graphql';
import { SCORING_ENUMS, scoringEnumSdl } from '../data/scoring-enums';

const CONSENT_DIRECTIVE_FILE = join(__dirname, '..', 'consent', 'consent-directive.graphql');
const CONSENT_SCOPE_FILE = join(__dirname, '..', 'consent', 'consent-scope.graphql');
const IMPORTS_CONSENT_DIRECTIVE = /import:\s*\[\s*"@requiresConsent"\s*\]/;
const VIEWER_DIRECTIVE_FILE = join(__dirname, '..', 'trust', 'viewer-directive.graphql');
const PARTNER_SCOPED_ID_FILE = join(__dirname, '..', 'trust', 'partner-scoped-id.graphql');
const IMPORTS_PARTNER_SCOPED_ID = /import:\s*\[\s*"@partnerScopedId"\s*\]/;

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
 * uses: the consent directive and the partner-scoped id marker when it imports them, ConsentScope when it (or that
 * directive) names it, and the scoring enums it names (generated from the data set's
 * code tables, see scoring-enums.ts). Each lives once in shared/consent/, so every subgraph declares
 * them identically (composition requires that). A schema that declares them itself
 * fails to build, so a copy cannot drift.
 */
export function readSubgraphTypeDefs(schemaFile: string): string {
  let sdl = readFileSync(schemaFile, 'utf8');
  if (IMPORTS_CONSENT_DIRECTIVE.test(sdl)) sdl += `\n${readFileSync(CONSENT_DIRECTIVE_FILE, 'utf8')}`;
  if (usesType(sdl, 'ConsentScope')) sdl += `\n${readFileSync(CONSENT_SCOPE_FILE, 'utf8')}`;
  if (IMPORTS_PARTNER_SCOPED_ID.test(sdl)) sdl += `\n${readFileSync(PARTNER_SCOPED_ID_FILE, 'utf8')}`;
  if (/@requiresViewer\b/.test(sdl)) sdl += `\n${readFileSync(VIEWER_DIRECTIVE_FILE, 'utf8')}`;
  for (const name of Object.keys(SCORING_ENUMS)) if (usesType(sdl, name)) sdl += `\n${scoringEnumSdl(name)}`;
  return sdl;
}
