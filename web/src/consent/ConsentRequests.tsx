import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { Section } from '../ui/Section';
import { ConsentRequestCard, GrantedAlready } from './ConsentRequestCard';

export const ConsentRequestsFragment = graphql(`
  fragment ConsentRequests on Query {
    myConsentRequests(status: AWAITING_AUTHORISATION, first: 100) {
      edges {
        node {
          id
          ...ConsentRequestCard
        }
      }
    }
    linkedRequest: consentRequest(id: $linkedRequest) @include(if: $hasLinkedRequest) {
      id
      ...ConsentRequestCard
    }
    me {
      id
      # what the consumer already lets each partner see, so a request for it is not asked again
      activeConsents: consents(status: ACTIVE, first: 100) {
        edges {
          node {
            id
            partner {
              id
            }
            scopes
            expiresAt
          }
        }
      }
    }
  }
`);

/** The request a partner's link opened: /app/?consentRequest=<id> (the graph's authorisationUrl). */
export function linkedRequestId(search = window.location.search): string | null {
  return new URLSearchParams(search).get('consentRequest');
}

/** Each partner's active consents, merged: every scope it may see, and until when at the latest. */
function grantedByPartner(
  consents: readonly { partner: { id: string }; scopes: readonly string[]; expiresAt: string }[] | null | undefined,
): Map<string, GrantedAlready> {
  const granted = new Map<string, GrantedAlready>();
  for (const { partner, scopes, expiresAt } of consents ?? []) {
    const known = granted.get(partner.id);
    granted.set(partner.id, {
      scopes: new Set([...(known?.scopes ?? []), ...scopes]),
      until: known && known.until > expiresAt ? known.until : expiresAt,
    });
  }
  return granted;
}

/**
 * What partners ask, waiting for an answer: the one a partner's link opened first, then
 * those addressed to the consumer. Shown only when there is something to say. A link
 * this consumer cannot open (meant for someone else, answered by someone else, mistyped
 * or gone) gets one friendly explanation, the same whichever it is: the graph answers
 * NOT_FOUND for all of them, so the page cannot tell, and must not.
 */
export function ConsentRequests({
  query,
  linkFailed,
}: {
  query: FragmentType<typeof ConsentRequestsFragment>;
  linkFailed: boolean;
}) {
  const { myConsentRequests, linkedRequest, me } = getFragmentData(ConsentRequestsFragment, query);
  const granted = grantedByPartner(me?.activeConsents?.edges.map((edge) => edge.node));
  const requests = [
    ...(linkedRequest ? [linkedRequest] : []),
    ...myConsentRequests.edges.map(({ node }) => node).filter((request) => request.id !== linkedRequest?.id),
  ];
  if (requests.length === 0 && !linkFailed) return null;
  return (
    <Section id="consent-requests" title="Partners asking for your consent" wide>
      {linkFailed && <LinkNotForThisAccount />}
      {requests.length > 0 && (
        <ul className="consents">
          {requests.map((request) => (
            <ConsentRequestCard key={request.id} request={request} granted={granted} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function LinkNotForThisAccount() {
  return (
    <div className="link-not-found" role="status" data-testid="link-not-found">
      <h3>This link does not open a request for you</h3>
      <p>
        The consent request in the link you followed cannot be opened while you are signed in with this account. It may
        be meant for someone else, it may have been answered already by the person it was for, or the link may be
        incomplete.
      </p>
      <p>
        Nothing about you was shared by opening it. If a business sent you here, ask it for a new link; if the link was
        meant for another of your accounts, sign out and sign in with that one.
      </p>
    </div>
  );
}
