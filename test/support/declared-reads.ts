import { readFileSync } from 'node:fs';
import { ConstArgumentNode, Kind, parse, visit } from 'graphql';
import type { ConsentScope } from '../../shared/consent/consent-scopes';
import { fromProjectRoot } from '../../shared/paths';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-registry';
import { LIST_NOUNS } from '../../subgraphs/consent/consents/consent-access';

const stringArg = (args: readonly ConstArgumentNode[] | undefined, name: string) => {
  const value = args?.find((arg) => arg.name.value === name)?.value;
  return value?.kind === Kind.STRING || value?.kind === Kind.ENUM ? value.value : undefined;
};

/**
 * What each guarded field sends with its reads, as its schema declares it: the scope
 * and the consumer's words of `@requiresConsent(scope:, noun:)`, and the nouns of the
 * lists consent decides itself. Read from the schemas, so a fixture carries what a
 * real read carries.
 */
export function declaredReads(): Map<string, { scope: ConsentScope | null; noun?: string }> {
  const reads = new Map<string, { scope: ConsentScope | null; noun?: string }>(
    Object.entries(LIST_NOUNS).map(([field, noun]) => [field, { scope: null, noun }]),
  );
  for (const name of SUBGRAPH_NAMES) {
    let type = '';
    visit(parse(readFileSync(fromProjectRoot('subgraphs', name, 'schema.graphql'), 'utf8')), {
      ObjectTypeDefinition: (node) => void (type = node.name.value),
      ObjectTypeExtension: (node) => void (type = node.name.value),
      FieldDefinition: (node) => {
        const directive = node.directives?.find((d) => d.name.value === 'requiresConsent');
        if (!directive) return;
        reads.set(`${type}.${node.name.value}`, {
          scope: stringArg(directive.arguments, 'scope') as ConsentScope,
          noun: stringArg(directive.arguments, 'noun'),
        });
      },
    });
  }
  return reads;
}
