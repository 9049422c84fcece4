import { useLayoutEffect, useRef } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatDateTime } from '../ui/format';

/**
 * One page of the feed. The page's query and "Show older" both select exactly this, so
 * the older page merges into the same cached list (relayStylePagination on
 * Query.myNotifications, graph-client.ts) and the page's query re-renders with it.
 */
export const AlertFeedFragment = graphql(`
  fragment AlertFeed on NotificationConnection {
    unreadCount
    totalCount
    edges {
      node {
        id
        kind
        occurredAt
        read
        message
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

/** The page size is written in both operations: a GraphQL document cannot read a constant. */
export const OlderAlertsQuery = graphql(`
  query OlderAlerts($after: String!) {
    myNotifications(first: 10, after: $after, includePartnerReads: false) {
      ...AlertFeed
    }
  }
`);

/**
 * The alerts, newest first, each with its sentence and time; an unread one says so in
 * words as well as by its border. "Show older" appends the next page and moves the
 * keyboard to the first alert it brought.
 */
export function AlertFeed({ feed }: { feed: FragmentType<typeof AlertFeedFragment> }) {
  const { edges, totalCount, pageInfo } = getFragmentData(AlertFeedFragment, feed);
  const [loadOlder, older] = useLazyQuery(OlderAlertsQuery, { fetchPolicy: 'network-only' });
  const list = useRef<HTMLOListElement>(null);
  const firstOlder = useRef<number | null>(null);

  useLayoutEffect(() => {
    if (firstOlder.current === null || edges.length <= firstOlder.current) return;
    (list.current?.children[firstOlder.current] as HTMLElement | undefined)?.focus();
    firstOlder.current = null;
  }, [edges.length]);

  function showOlder() {
    if (!pageInfo.endCursor) return;
    firstOlder.current = edges.length;
    loadOlder({ variables: { after: pageInfo.endCursor } }).catch(() => {
      firstOlder.current = null;
    });
  }

  return (
    <>
      <p className="muted">
        The latest {edges.length} of {totalCount}, newest first.
      </p>
      <ol className="alerts" ref={list}>
        {edges.map(({ node }) => (
          <li key={node.id} className={node.read ? 'alert' : 'alert alert-unread'} data-alert={node.kind} tabIndex={-1}>
            {!node.read && <strong className="alert-unread-mark">Unread</strong>}
            <time dateTime={node.occurredAt}>{formatDateTime(node.occurredAt)}</time> <span>{node.message}</span>
          </li>
        ))}
      </ol>
      {pageInfo.hasNextPage && (
        <button type="button" onClick={showOlder} disabled={older.loading}>
          {older.loading ? 'Loading older alerts…' : 'Show older alerts'}
        </button>
      )}
      {older.error && <p role="alert">Older alerts could not be loaded: {older.error.message}</p>}
    </>
  );
}
