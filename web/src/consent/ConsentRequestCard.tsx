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

const ANSWERED: Record<string, string> = {
  AUTHORISED: 'You said yes',
  REJECTED: 'You said no',
  EXPIRED: 'Expired unanswered',
};

/**
 * One partner's request, as the consumer must read it before answering: who asks, why,
 * what they would see in plain words and for how long; yes or no, once. A yes refetches
 * the page, so the new consent appears under "Who may see your data".
 */
export function ConsentRequestCard({ request }: { request: FragmentType<typeof ConsentRequestCardFragment> }) {
  const { id, status, partner, scopesInPlainWords, purpose, durationDays, expiresAt, answeredAt } = getFragmentData(
    ConsentRequestCardFragment,
    request,
  );
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
      <p className="consent-scopes-intro">They would see, for {durationDays} days:</p>
      <ScopeWords words={scopesInPlainWords} />
      {status === 'AWAITING_AUTHORISATION' ? (
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
        <p className="consent-status" data-testid="request-status">
          {ANSWERED[status]}
          {answeredAt && ` on ${formatDate(answeredAt)}`}
        </p>
      )}
      {error && <p role="alert">Your answer was not recorded: {error.message}</p>}
    </li>
  );
}
