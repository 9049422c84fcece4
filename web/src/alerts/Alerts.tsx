import { useLayoutEffect, useRef, useState } from 'react';
import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { Section } from '../ui/Section';
import { AlertFeed, AlertFeedFragment } from './AlertFeed';

export const AlertsFragment = graphql(`
  fragment Alerts on Query {
    myNotifications(first: 10, includePartnerReads: false) {
      ...AlertFeed
    }
  }
`);

export const MarkAllAlertsReadMutation = graphql(`
  mutation MarkAllAlertsRead {
    markNotificationsRead
  }
`);

/**
 * What happened besides reads: consents ending, partners asking, disputes, freezes.
 * Partners' reads are told once, in "Who saw what, when" (the access log), so the feed
 * is asked without them. The heading counts the unread ones; "Mark all as read" marks
 * every alert, shown or not, and the cache is told so (the answer is the count left unread).
 */
export function Alerts({ query }: { query: FragmentType<typeof AlertsFragment> }) {
  const { myNotifications } = getFragmentData(AlertsFragment, query);
  const { unreadCount, totalCount } = getFragmentData(AlertFeedFragment, myNotifications);
  // How many times the consumer marked all read here: each time, the news is focused again.
  const [marked, setMarked] = useState(0);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const [markAllRead, { loading, error }] = useMutation(MarkAllAlertsReadMutation, {
    update(cache, { data }) {
      if (data) markCachedAlertsRead(cache, data.markNotificationsRead);
    },
  });

  // The button goes once nothing is unread: keep the keyboard where the news is.
  useLayoutEffect(() => {
    if (marked) statusLine.current?.focus();
  }, [marked]);

  function markAll() {
    markAllRead()
      .then(() => setMarked((times) => times + 1))
      .catch(() => undefined);
  }

  return (
    <Section id="alerts" title={`Alerts (${unreadCount} unread)`}>
      <p role="status" className="muted live-status" ref={statusLine} tabIndex={-1} data-testid="alerts-status">
        {marked > 0 && unreadCount === 0 ? 'All your alerts are marked as read.' : ''}
      </p>
      {totalCount === 0 ? (
        <p>
          No alerts yet. You will see here when a partner asks for your consent, a consent is about to end, or a dispute
          moves on. Who read your data is under “Who saw what, when”.
        </p>
      ) : (
        <>
          {unreadCount > 0 && (
            <button type="button" onClick={markAll} disabled={loading}>
              {loading ? 'Marking as read…' : 'Mark all as read'}
            </button>
          )}
          <AlertFeed feed={myNotifications} />
        </>
      )}
      {error && <p role="alert">Your alerts were not marked as read: {error.message}</p>}
    </Section>
  );
}

/** Every cached alert is now read (all of them were marked), and the feed's count is the graph's answer. */
function markCachedAlertsRead(cache: ApolloCache, unreadCount: number): void {
  const alerts: Reference[] = [];
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      myNotifications(feed, { readField }) {
        for (const edge of readField<{ node: Reference }[]>('edges', feed) ?? []) alerts.push(edge.node);
        return { ...feed, unreadCount };
      },
    },
  });
  for (const alert of alerts) cache.modify({ id: cache.identify(alert), fields: { read: () => true } });
}
