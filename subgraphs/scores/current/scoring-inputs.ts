import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FieldNode, Kind, ObjectTypeDefinitionNode, parse, print } from 'graphql';
import type { ScoringCharacteristics } from '../../../shared/data/german-credit';
import { fetchEntities, SubgraphUrls } from '../../../shared/trust/internal-client';
import { ANONYMOUS } from '../../../shared/trust/viewer';

/** Which subgraph owns each group of scorecard inputs. */
const OWNERS = { creditForScoring: 'credit-history', stabilityForScoring: 'users' } as const;
type InputField = keyof typeof OWNERS;
type VersionedPart = Record<string, unknown> & { inputsVersion: number };

/** A consumer's inputs as their owners hold them now, with each owner's version of them. */
export interface VersionedInputs {
  characteristics: ScoringCharacteristics;
  creditInputsVersion: number;
  profileInputsVersion: number;
}

/**
 * The selections the what-if `@requires`, read from this subgraph's schema, so a
 * recompute scores exactly what a what-if is given and the two cannot drift.
 */
function requiredSelections(): FieldNode[] {
  const schema = parse(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
  const user = schema.definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'User',
  );
  const requires = user?.fields
    ?.find((f) => f.name.value === 'scoreSimulation')
    ?.directives?.find((d) => d.name.value === 'requires');
  const fields = requires?.arguments?.find((a) => a.name.value === 'fields')?.value;
  if (fields?.kind !== Kind.STRING)
    throw new Error('User.scoreSimulation has no @requires(fields:) in the scores schema');
  const operation = parse(`{ ${fields.value} }`).definitions[0];
  if (operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('unreadable @requires fields');
  return operation.selectionSet.selections as FieldNode[];
}

let selections: FieldNode[] | undefined;

/** One owner's part of the inputs, with its version, for each consumer in order. */
async function fetchPart(
  peers: SubgraphUrls,
  field: InputField,
  userIds: readonly string[],
): Promise<(VersionedPart | null)[]> {
  selections ??= requiredSelections();
  const selection = selections.find((s) => s.name.value === field);
  if (!selection?.selectionSet) throw new Error(`User.scoreSimulation does not @require ${field}`);
  const fields = `${field} { ${selection.selectionSet.selections.map((s) => print(s)).join(' ')} inputsVersion }`;
  const users = await fetchEntities<Record<InputField, VersionedPart | null>>(
    peers,
    OWNERS[field],
    'scores',
    ANONYMOUS,
    'User',
    fields,
    userIds,
  );
  return users.map((user) => user?.[field] ?? null);
}

/**
 * The consumers' scorecard inputs as they stand now, asked of the subgraphs that own
 * them (one call to each, whatever the number of consumers), by this subgraph in its
 * own name: no viewer's request is behind it. Null for a consumer Credence holds no
 * credit file or profile for (never had one, or erased).
 */
export async function currentScoringInputs(
  peers: SubgraphUrls,
  userIds: readonly string[],
): Promise<Map<string, VersionedInputs | null>> {
  const [credit, profile] = await Promise.all([
    fetchPart(peers, 'creditForScoring', userIds),
    fetchPart(peers, 'stabilityForScoring', userIds),
  ]);
  return new Map(
    userIds.map((id, i): [string, VersionedInputs | null] => {
      const [file, stability] = [credit[i], profile[i]];
      if (!file || !stability) return [id, null];
      const { inputsVersion: creditInputsVersion, ...fileInputs } = file;
      const { inputsVersion: profileInputsVersion, ...stabilityInputs } = stability;
      return [
        id,
        {
          characteristics: { ...fileInputs, ...stabilityInputs } as unknown as ScoringCharacteristics,
          creditInputsVersion,
          profileInputsVersion,
        },
      ];
    }),
  );
}
