import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, visit } from 'graphql';
import { fromProjectRoot } from '../../shared/paths';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-registry';
import { buildSchemaOf } from '../../shared/server/subgraph-server';
import { enforceViewerRule, viewerRuleOf } from '../../shared/trust/viewer-directive';
import { Viewer } from '../../shared/trust/viewer';
import { SUBGRAPHS } from '../../platform/subgraphs';

/** Entry points anyone may call, signed in or not: the partner directory. */
const PUBLIC = ['Query.partners', 'Query.partner'];

const consumer: Viewer = { kind: 'user', userId: 'u-1' };
const partner: Viewer = { kind: 'partner', partnerId: 'p-1' };
const staff = (role: 'support' | 'disputes' | 'partners', reason: string | null = 'ticket 7'): Viewer => ({
  kind: 'staff',
  staffId: 's-1',
  role,
  reason,
});
const codeOf = (work: () => void) => {
  try {
    work();
    return 'ALLOWED';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('@requiresViewer', () => {
  test('every query and mutation a client can reach declares who may ask (or a consent rule, or is public)', () => {
    const undeclared: string[] = [];
    for (const name of SUBGRAPH_NAMES) {
      let type = '';
      visit(parse(readFileSync(fromProjectRoot('subgraphs', name, 'schema.graphql'), 'utf8')), {
        ObjectTypeDefinition: (node) => void (type = node.name.value),
        ObjectTypeExtension: (node) => void (type = node.name.value),
        FieldDefinition: (node) => {
          const directives = (node.directives ?? []).map((d) => d.name.value);
          const coordinate = `${type}.${node.name.value}`;
          if (!['Query', 'Mutation'].includes(type) || PUBLIC.includes(coordinate)) return;
          if (!directives.some((d) => ['requiresViewer', 'requiresConsent', 'inaccessible'].includes(d)))
            undeclared.push(`${name}: ${coordinate}`);
        },
      });
    }
    expect(undeclared).toEqual([]);
  });

  const rule = viewerRuleOf(
    { kinds: ['CONSUMER', 'STAFF'], roles: ['disputes', 'compliance'], self: true, refusal: 'not yours' },
    'User.scoreReviews',
  );
  test.each<[string, Viewer, unknown, string | undefined]>([
    ['anonymous is asked to sign in', { kind: 'anonymous' }, 'u-1', 'UNAUTHENTICATED'],
    ['the subject passes', consumer, 'u-1', 'ALLOWED'],
    ['another consumer is refused', consumer, 'u-2', 'FORBIDDEN'],
    ['a partner is refused', partner, 'u-1', 'FORBIDDEN'],
    ['staff with a listed role pass', staff('disputes'), 'u-1', 'ALLOWED'],
    ['staff with another role are refused', staff('support'), 'u-1', 'FORBIDDEN'],
  ])('%s', (_, viewer, subject, code) => {
    expect(codeOf(() => enforceViewerRule(rule, viewer, subject))).toBe(code);
  });

  test('a rule asking a reason refuses staff who state none; READ_ROLES follows CREDENCE_STAFF_READ_ROLES', () => {
    const listing = viewerRuleOf(
      { kinds: ['STAFF'], roles: ['READ_ROLES'], reason: true, refusal: 'no' },
      'Query.users',
    );
    expect(codeOf(() => enforceViewerRule(listing, staff('support', null)))).toBe('FORBIDDEN');
    expect(codeOf(() => enforceViewerRule(listing, staff('support')))).toBe('ALLOWED');
    expect(codeOf(() => enforceViewerRule(listing, staff('partners')))).toBe('FORBIDDEN');
  });

  test('a misspelt kind or role stops the schema from building', () => {
    const file = join(tmpdir(), `credence-viewer-rule-${process.pid}.graphql`);
    const schema = readFileSync(SUBGRAPHS.users.definition.schemaFile, 'utf8').replace(
      'kinds: ["STAFF"], roles: ["partners"]',
      'kinds: ["STAFF"], roles: ["partner"]',
    );
    writeFileSync(file, schema);
    try {
      expect(() => buildSchemaOf({ ...SUBGRAPHS.users.definition, schemaFile: file })).toThrow(
        /role partner is unknown/,
      );
    } finally {
      unlinkSync(file);
    }
  });
});
