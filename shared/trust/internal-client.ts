import { PerSubgraph } from '../server/subgraph-registry';
import { traceHeaders } from '../server/tracing';
import { credentialExtensions } from './internal-auth';
import { internalSecret } from './secrets';
import { ANONYMOUS, Viewer } from './viewer';

/** Where each subgraph answers. Filled once servers are listening, read per call. */
export type SubgraphUrls = PerSubgraph<string>;

export class PeerUnavailableError extends Error {}

/**
 * A subgraph's call to another subgraph, signed like the gateway's so that the callee
 * applies the same trust rule to everyone: no credential, no answer.
 */
export async function callSubgraph<T>(
  urls: SubgraphUrls,
  target: keyof SubgraphUrls,
  caller: string,
  viewer: Viewer,
  query: string,
  variables: Record<string, unknown>,
  options: { requestId?: string; secret?: Uint8Array } = {},
): Promise<T> {
  const extensions = await credentialExtensions(options.secret ?? internalSecret(), {
    issuer: caller,
    audience: target,
    viewer,
    query,
    variables,
    requestId: options.requestId,
  });
  let response: Response;
  try {
    response = await fetch(urls[target], {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...traceHeaders() },
      body: JSON.stringify({ query, variables, extensions }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new PeerUnavailableError(`${target} subgraph unreachable from ${caller}: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new PeerUnavailableError(
      `${target} subgraph refused ${caller}'s call (${response.status}): ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
    );
  }
  return body.data;
}

/**
 * Entities by id from the subgraph that owns them, in the order asked (null where there
 * is none), through `_entities` as the gateway asks: `selection` is what to read of each.
 */
export async function fetchEntities<T>(
  urls: SubgraphUrls,
  target: keyof SubgraphUrls,
  caller: string,
  viewer: Viewer,
  typename: string,
  selection: string,
  ids: readonly string[],
  options: { requestId?: string } = {},
): Promise<(T | null)[]> {
  const data = await callSubgraph<{ _entities: (T | null)[] }>(
    urls,
    target,
    caller,
    viewer,
    `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
    { representations: ids.map((id) => ({ __typename: typename, id })) },
    options,
  );
  return data._entities;
}

/** Finds which of the given entity ids exist in the subgraph that owns them. */
export async function existingEntityIds(
  urls: SubgraphUrls,
  target: keyof SubgraphUrls,
  caller: string,
  typename: string,
  ids: string[],
): Promise<Set<string>> {
  const entities = await fetchEntities<{ id: string }>(urls, target, caller, ANONYMOUS, typename, 'id', ids);
  return new Set(entities.filter((entity): entity is { id: string } => entity !== null).map((entity) => entity.id));
}
