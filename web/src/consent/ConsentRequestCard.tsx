import { useMutation } from '@apollo/client/react';
import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatDate, formatDateTime } from '../ui/format';
import { ScopeWords } from './ScopeWords';

export const ConsentRequestCardFragment = graphql(`
  fragment ConsentRequestCard on ConsentRequest {
    id
    status
    partner {
      id
      name
    }
    scopes
    scopesInPlainWords
    purpose
    durationDays
    expiresAt
    answeredAt
  }
`);

export const ApproveConsentRequestMutation = graphql(`
  mutation ApproveConsentRequest($id: ID!) {
    approveConsentRequest(id: $id) {
      id
      status
      answeredAt
    }
  }
`);

export const DeclineConsentRequestMutation = graphql(`
  mutation DeclineConsentRequest($id: ID!) {
    declineConsentRequest(id: $id) {
      id
      status
      answeredAt
    }
  }
`);

/** What the consumer already lets one partner see (its active consents, merged), and until when at the latest. */
export interface GrantedAlready {
  scopes: ReadonlySet<string>;
  until: string;
}

const ANSWERED: Record<string, string> = {
  AUTHORISED: 'You said yes',
  REJECTED: 'You said no',
  EXPIRED: 'Expired unanswered',
};

/**
 * One partner's request, as the consumer must read it before answering: who asks, why,
 * what they would see in plain words and for how long; yes or no, once. A yes refetches
 * the page, so the new consent appears under "Who may see your data". What the partner
 * may already see is said apart, and a request for nothing new asks nothing at all.
 */
export function ConsentRequestCard({
  request,
  granted,
}: {
  request: FragmentType<typeof ConsentRequestCardFragment>;
  granted: ReadonlyMap<string, GrantedAlready>;
}) {
  const { id, status, partner, scopes, scopesInPlainWords, purpose, durationDays, expiresAt, answeredAt } =
    getFragmentData(ConsentRequestCardFragment, request);
  const already = granted.get(partner.id);
  // scopesInPlainWords is in the order of scopes, one to one
  const newWords = scopesInPlainWords.filter((_, i) => !already?.scopes.has(scopes[i]));
  const grantedWords = scopesInPlainWords.filter((_, i) => already?.scopes.has(scopes[i]));
  const awaiting = status === 'AWAITING_AUTHORISATION';
  const options = { variables: { id }, refetchQueries: ['ConsumerPage'] };
  const [approve, approving] = useMutation(ApproveConsentRequestMutation, options);
  const [decline, declining] = useMutation(DeclineConsentRequestMutation, options);
  const busy = approving.loading || declining.loading;
  const error = approving.error ?? declining.error;
  return (
    <li className="consent consent-request" aria-labelledby={`request-${id}`} data-consent-request={id}>
      <h3 id={`request-${id}`}>{partner.name} asks to see your data</h3>
      <p>
        For: <q>{purpose}</q>
      </p>
      {awaiting && grantedWords.length > 0 && (
        <>
          <p className="consent-scopes-intro">You already let {partner.name} see:</p>
          <ScopeWords words={grantedWords} />
        </>
      )}
      {awaiting && newWords.length === 0 ? (
        <p className="consent-status" data-testid="request-status">
          Nothing to answer: you already let {partner.name} see all of this, until {formatDate(already!.until)}. The
          request lapses by itself on {formatDate(expiresAt)}.
        </p>
      ) : (
        <>
          <p className="consent-scopes-intro">
            {awaiting && grantedWords.length > 0 ? 'They ask to see as well' : 'They would see'}, for {durationDays}{' '}
            days:
          </p>
          <ScopeWords words={awaiting ? newWords : scopesInPlainWords} />
        </>
      )}
      {awaiting && newWords.length > 0 ? (
        <>
          <p className="muted">Answer by {formatDateTime(expiresAt)}.</p>
          <div className="request-actions">
            <button type="button" onClick={() => approve().catch(() => undefined)} disabled={busy}>
              {approving.loading ? 'Saying yes…' : `Yes, let ${partner.name} see this`}
            </button>
            <button type="button" onClick={() => decline().catch(() => undefined)} disabled={busy}>
              {declining.loading ? 'Saying no…' : 'No'}
            </button>
          </div>
        </>
      ) : (
        !awaiting && (
          <p className="consent-status" data-testid="request-status">
            {ANSWERED[status]}
            {answeredAt && ` on ${formatDate(answeredAt)}`}
          </p>
        )
      )}
      {error && <p role="alert">Your answer was not recorded: {error.message}</p>}
    </li>
  );
}
