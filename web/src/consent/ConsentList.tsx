import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { Section } from '../ui/Section';
import { ConsentCard } from './ConsentCard';

export const ConsentListFragment = graphql(`
  fragment ConsentList on User {
    consents(first: 100) {
      edges {
        node {
          id
          ...ConsentCard
        }
      }
    }
  }
`);

/**
 * Who may see what, newest first as the graph lists them, each active one with a button
 * to take it back. A revoked card stays where it was, so the reader is not lost.
 */
export function ConsentList({ user }: { user: FragmentType<typeof ConsentListFragment> }) {
  const consents = getFragmentData(ConsentListFragment, user).consents?.edges.map(({ node }) => node);
  return (
    <Section id="consents" title="Who may see your data" wide>
      {!consents ? (
        <p>Your consents are not available right now.</p>
      ) : consents.length === 0 ? (
        <p>You have not let any partner see your data.</p>
      ) : (
        <ul className="consents">
          {consents.map((consent) => (
            <ConsentCard key={consent.id} consent={consent} />
          ))}
        </ul>
      )}
    </Section>
  );
}
