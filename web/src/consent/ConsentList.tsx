import { FragmentType, getFragmentData, graphql } from '../__generated__';
import type { ConsentStatus } from '../__generated__/graphql';
import { Section } from '../ui/Section';
import { ConsentCard } from './ConsentCard';

export const ConsentListFragment = graphql(`
  fragment ConsentList on User {
    consents {
      id
      status
      ...ConsentCard
    }
  }
`);

const ORDER: Record<ConsentStatus, number> = { ACTIVE: 0, EXPIRED: 1, REVOKED: 2 };

/** Who may see what, active consents first, each with a button to take it back. */
export function ConsentList({ user }: { user: FragmentType<typeof ConsentListFragment> }) {
  const { consents } = getFragmentData(ConsentListFragment, user);
  return (
    <Section id="consents" title="Who may see your data" wide>
      {!consents ? (
        <p>Your consents are not available right now.</p>
      ) : consents.length === 0 ? (
        <p>You have not let any partner see your data.</p>
      ) : (
        <ul className="consents">
          {[...consents]
            .sort((a, b) => ORDER[a.status] - ORDER[b.status])
            .map((consent) => (
              <ConsentCard key={consent.id} consent={consent} />
            ))}
        </ul>
      )}
    </Section>
  );
}
