import { traceHeaders } from '../server/tracing';
import { credentialExtensions } from './internal-auth';
import { internalSecret } from './secrets';
import { Viewer } from './viewer';

/** Where each subgraph answers. Filled once servers are listening, read per call. */
export type SubgraphUrls = Record<'users' | 'credit-history' | 'scores' | 'consent', string>;

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

/** Finds which of the given entity ids exist in the subgraph that owns them. */
export async function existingEntityIds(
  urls: SubgraphUrls,
  target: keyof SubgraphUrls,
  caller: string,
  typename: string,
  ids: string[],
): Promise<Set<string>> {
  const data = await callSubgraph<{ _entities: ({ id: string } | null)[] }>(
    urls,
    target,
    caller,
    { kind: 'anonymous' },
    `query Exists($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { id } } }`,
    { representations: ids.map((id) => ({ __typename: typename, id })) },
  );
  return new Set(data._entities.filter((entity): entity is { id: string } => entity !== null).map((entity) => entity.id));
}
