import { unauthenticated } from '../errors';
import { callSubgraph, SubgraphUrls } from './internal-client';
import { Viewer } from './viewer';

/**
 * Whether a token names a live account of its kind: a consumer the users subgraph knows
 * and who has not asked to be erased, or a partner Credence registered. A signature
 * proves who issued a token, not that its subject exists: a token minted for someone who
 * never was a consumer, a user token whose subject is a partner's id, an unregistered
 * partner id, or the token of a consumer who deleted their account (valid for hours
 * more) must act as nobody. Every write a consumer or partner makes checks it first
 * (`@requiresViewer(live: true)`; a partner's reads, through requireActivePartner).
 *
 * Revoking an erased consumer's sessions needs no token deny-list: the consent
 * subgraph's erasure request, written under the subject's lock in the very transaction
 * that revokes their consents, is the deny-list, keyed by subject, in the database all
 * replicas share, and it outlives every token. The check is one lookup per request
 * (memoised), made by the consent subgraph, which holds it; the other subgraphs ask it.
 */
export type AccountStanding = () => Promise<boolean>;

/** The one answer to a write from a token naming no live account: it acts as nobody. */
export const noLiveAccount = () =>
  unauthenticated(
    'This token names no live Credence account (none was registered, or it was deleted): sign in with a current account.',
  );

export async function requireLiveAccount(standing: AccountStanding): Promise<void> {
  if (!(await standing())) throw noLiveAccount();
}

/** Runs `check` at most once, on first use: one lookup per request, however many fields ask. */
export function memoisedStanding(check: () => Promise<boolean>): AccountStanding {
  let answer: Promise<boolean> | null = null;
  return () => (answer ??= check());
}

const LIVE_ACCOUNT = `query LiveAccount { viewerHasLiveAccount }`;

/** For subgraphs other than consent: asks the consent subgraph about this request's viewer (anyone else passes). */
export function remoteAccountStanding(
  peers: SubgraphUrls,
  caller: string,
  viewer: Viewer,
  requestId: string,
): AccountStanding {
  return memoisedStanding(async () => {
    if (viewer.kind !== 'user' && viewer.kind !== 'partner') return true;
    const data = await callSubgraph<{ viewerHasLiveAccount: boolean }>(
      peers,
      'consent',
      caller,
      viewer,
      LIVE_ACCOUNT,
      {},
      { requestId },
    );
    return data.viewerHasLiveAccount;
  });
}
