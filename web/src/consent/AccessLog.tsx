import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatDateTime } from '../ui/format';
import { Section } from '../ui/Section';

export const AccessLogFragment = graphql(`
  fragment AccessLog on User {
    accessLog(first: 20) {
      totalCount
      edges {
        node {
          id
          occurredAt
          outcome
          purpose
          summary
        }
      }
    }
  }
`);

/** Who saw what, when: every read of the consumer's guarded data by others, newest first. */
export function AccessLog({ user }: { user: FragmentType<typeof AccessLogFragment> }) {
  const { accessLog } = getFragmentData(AccessLogFragment, user);
  return (
    <Section id="access-log" title="Who saw what, when" wide>
      {!accessLog ? (
        <p>Your access log is not available right now.</p>
      ) : accessLog.edges.length === 0 ? (
        <p>Nobody else has asked for your data yet.</p>
      ) : (
        <>
          <p>
            The latest {accessLog.edges.length} of {accessLog.totalCount} requests for your data, newest first.
          </p>
          <ol className="access-log">
            {accessLog.edges.map(({ node }) => (
              <li key={node.id} className={`read read-${node.outcome.toLowerCase()}`}>
                <time dateTime={node.occurredAt}>{formatDateTime(node.occurredAt)}</time> <span>{node.summary}</span>
                {node.purpose && <span className="muted read-purpose">Reason given: “{node.purpose}”</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}
