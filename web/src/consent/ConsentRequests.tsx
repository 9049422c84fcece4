import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { Section } from '../ui/Section';
import { ConsentRequestCard } from './ConsentRequestCard';

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
  }
`);

/** The request a partner's link opened: /app/?consentRequest=<id> (the graph's authorisationUrl). */
export function linkedRequestId(search = window.location.search): string | null {
  return new URLSearchParams(search).get('consentRequest');
}

/**
 * What partners ask, waiting for an answer: the one a partner's link opened first, then
 * those addressed to the consumer. Shown only when there is something to answer.
 */
export function ConsentRequests({ query }: { query: FragmentType<typeof ConsentRequestsFragment> }) {
  const { myConsentRequests, linkedRequest } = getFragmentData(ConsentRequestsFragment, query);
  const requests = [
    ...(linkedRequest ? [linkedRequest] : []),
    ...myConsentRequests.edges.map(({ node }) => node).filter((request) => request.id !== linkedRequest?.id),
  ];
  if (requests.length === 0) return null;
  return (
    <Section id="consent-requests" title="Partners asking for your consent" wide>
      <ul className="consents">
        {requests.map((request) => (
          <ConsentRequestCard key={request.id} request={request} />
        ))}
      </ul>
    </Section>
  );
}
