import { FragmentType, getFragmentData, graphql } from '../__generated__';
import type { AccessLogFragment as AccessLogData } from '../__generated__/graphql';
import { READ_WORDS, VIEWER_WORDS } from '../ui/words';
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
          viewerKind
          partner {
            id
            name
          }
          staffRole
          scope
          detail
          outcome
          purpose
        }
      }
    }
  }
`);

type Read = NonNullable<AccessLogData['accessLog']>['edges'][number]['node'];

/** The threshold a partner asked about, from the read's arguments (`{"threshold":600}`). */
function thresholdOf(detail: string | null): number | null {
  try {
    const threshold = detail ? (JSON.parse(detail) as { threshold?: unknown }).threshold : undefined;
    return typeof threshold === 'number' ? threshold : null;
  } catch {
    return null;
  }
}

/** One read as a sentence: who, what, and whether Credence let them. */
function sentence(read: Read): string {
  const who = read.partner?.name ?? (read.staffRole ? `${VIEWER_WORDS.STAFF} (${read.staffRole})` : VIEWER_WORDS[read.viewerKind]);
  const threshold = read.scope === 'SCORE_THRESHOLD' ? thresholdOf(read.detail) : null;
  const what = threshold === null ? READ_WORDS[read.scope] : `whether your score is at least ${threshold}`;
  return read.outcome === 'ALLOWED' ? `${who} saw ${what}.` : `${who} asked for ${what} and was refused.`;
}

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
                <time dateTime={node.occurredAt}>{formatDateTime(node.occurredAt)}</time> <span>{sentence(node)}</span>
                {node.purpose && <span className="muted read-purpose">Reason given: “{node.purpose}”</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}
