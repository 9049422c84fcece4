import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FieldNode, Kind, ObjectTypeDefinitionNode, parse, print } from 'graphql';
import { fetchEntities, SubgraphUrls } from '../../../shared/trust/internal-client';
import { Viewer } from '../../../shared/trust/viewer';
import { characteristicsOf, ScoredUser } from '../model/user-score';

/** Which subgraph owns each scorecard input the creditScore field @requires. */
const OWNERS = { creditForScoring: 'credit-history', stabilityForScoring: 'users' } as const;
type InputField = keyof typeof OWNERS;

/**
 * The selections `User.creditScore` @requires, read from this subgraph's schema, so a
 * review fetches exactly what a score read is given and the two cannot drift.
 */
function requiredSelections(): FieldNode[] {
  const schema = parse(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
  const user = schema.definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'User',
  );
  const requires = user?.fields?.find((f) => f.name.value === 'creditScore')?.directives?.find((d) => d.name.value === 'requires');
  const fields = requires?.arguments?.find((a) => a.name.value === 'fields')?.value;
  if (fields?.kind !== Kind.STRING) throw new Error('User.creditScore has no @requires(fields:) in the scores schema');
  const operation = parse(`{ ${fields.value} }`).definitions[0];
  if (operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('unreadable @requires fields');
  return operation.selectionSet.selections as FieldNode[];
}

let selections: FieldNode[] | undefined;

/**
 * A consumer's scorecard inputs as they stand now, asked of the subgraphs that own
 * them, as the gateway does for a score read: a mutation cannot @require them. Null
 * when Credence holds no credit file for the consumer.
 */
export async function currentScoringInputs(peers: SubgraphUrls, viewer: Viewer, userId: string, requestId: string) {
  selections ??= requiredSelections();
  const parts = await Promise.all(
    selections.map(async (selection) => {
      const field = selection.name.value as InputField;
      const [user] = await fetchEntities<Record<string, unknown>>(peers, OWNERS[field], 'scores', viewer, 'User', print(selection), [userId], { requestId });
      return user ?? {};
    }),
  );
  return characteristicsOf(Object.assign({ id: userId }, ...parts) as ScoredUser);
}
