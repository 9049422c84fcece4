import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { getFragmentData, graphql } from './__generated__';
import { ScoreSummary } from './score/ScoreSummary';
import { scoreScaleOf } from './score/ScoreScale';
import { CategoryChart } from './score/CategoryChart';
import { ScoreReasons } from './score/ScoreReasons';
import { WhatIfPanel } from './score/WhatIfPanel';
import { ScoreHistory } from './score/ScoreHistory';
import { ConsentList } from './consent/ConsentList';
import { AccessLog } from './consent/AccessLog';
import { ConsentRequests, linkedRequestId } from './consent/ConsentRequests';
import { Alerts, AlertsFragment } from './alerts/Alerts';
import { AlertFeedFragment } from './alerts/AlertFeed';
import { FileFreeze } from './alerts/FileFreeze';
import { CreditRecords } from './records/CreditRecords';
import { Disputes } from './records/Disputes';
import { ScoreReview } from './account/ScoreReview';
import { ExportData } from './account/ExportData';
import { AccountDeleted, DeleteAccount, Erasure } from './account/DeleteAccount';
import { groupInUrl, PageGroup, PageGroups, SectionNav } from './ui/SectionNav';

/**
 * The page's one query: each section names the fields it reads in a fragment of its
 * own, spread here. A new section is a component with its fragment, one spread below
 * and one line in the page. The plain lists (consents, consent requests, disputes,
 * score reviews) are read in their sections' fragments only.
 */
export const ConsumerPageQuery = graphql(`
  query ConsumerPage($linkedRequest: ID!, $hasLinkedRequest: Boolean!) {
    ...ConsentRequests
    ...Alerts
    ...FileFreeze
    ...ScoreScale
    me {
      id
      displayName
      creditScore {
        ...ScoreSummary
        ...CategoryChart
        ...ScoreReasons
        ...ScoreHistory
      }
      ...WhatIfStartingPoint
      ...ConsentList
      ...AccessLog
      ...CreditRecords
      ...Disputes
      ...ScoreReviews
    }
  }
`);

const GROUP_IDS = ['score', 'records', 'sharing', 'alerts', 'account'] as const;

/** The linked request the graph would not open: NOT_FOUND, whether it is someone else's, answered by another or missing. */
const isLinkedRequestError = (error: { path?: readonly (string | number)[] }) => error.path?.[0] === 'linkedRequest';

/**
 * The signed-in consumer's page, in five groups with a navigation bar: the score
 * explained (bands, cut-off, categories, reasons, what-if, history); credit records,
 * disputes and a review of the score; who may see what (consents, the freeze, the access
 * log); alerts; and the account (export, deletion). Requests to answer come first, above them all.
 */
export function ConsumerPage({ onSignOut }: { onSignOut(): void }) {
  // Partial data is still worth showing: a section whose fields were withheld says so.
  const linkedRequest = linkedRequestId();
  const variables = { linkedRequest: linkedRequest ?? '', hasLinkedRequest: linkedRequest !== null };
  const { data, error, loading } = useQuery(ConsumerPageQuery, { variables, errorPolicy: 'all' });
  const [current, setCurrent] = useState<string>(() => groupInUrl(GROUP_IDS) ?? 'score');
  const [erasure, setErasure] = useState<Erasure | null>(null);
  if (erasure) return <AccountDeleted erasure={erasure} onSignOut={onSignOut} />;
  if (loading && !data) return <p role="status">Loading your credit data…</p>;
  const me = data?.me;
  if (!me || !data) {
    return (
      <div role="alert" className="card">
        <p>
          {error
            ? `The graph did not accept this sign-in: ${error.message}`
            : 'This page is for consumers: sign in with a consumer’s token.'}
        </p>
        <button type="button" onClick={onSignOut}>
          Sign in again
        </button>
      </div>
    );
  }
  const graphErrors = CombinedGraphQLErrors.is(error) ? error.errors : [];
  const otherErrors = graphErrors.filter((e) => !isLinkedRequestError(e));
  const linkFailed = graphErrors.some(isLinkedRequestError);
  const scale = scoreScaleOf(data);
  const { unreadCount } = getFragmentData(AlertFeedFragment, getFragmentData(AlertsFragment, data).myNotifications);
  const groups: PageGroup[] = [
    {
      id: 'score',
      label: 'Score',
      content: me.creditScore && (
        <>
          <ScoreSummary score={me.creditScore} scale={scale} />
          <CategoryChart score={me.creditScore} />
          <ScoreReasons score={me.creditScore} />
          <WhatIfPanel user={me} />
          <ScoreHistory score={me.creditScore} scale={scale} />
        </>
      ),
    },
    {
      id: 'records',
      label: 'Records',
      content: (
        <>
          <CreditRecords user={me} />
          <Disputes user={me} />
          <ScoreReview user={me} />
        </>
      ),
    },
    {
      id: 'sharing',
      label: 'Sharing',
      content: (
        <>
          <ConsentList user={me} />
          <FileFreeze query={data} />
          <AccessLog user={me} />
        </>
      ),
    },
    {
      id: 'alerts',
      label: 'Alerts',
      badge: unreadCount > 0 ? `(${unreadCount} unread)` : undefined,
      content: <Alerts query={data} />,
    },
    {
      id: 'account',
      label: 'Account',
      content: (
        <>
          <ExportData />
          <DeleteAccount onDeleted={setErasure} />
        </>
      ),
    },
  ];
  return (
    <>
      <p className="greeting">
        Signed in as <strong>{me.displayName ?? 'a consumer'}</strong>
      </p>
      {otherErrors.length > 0 && (
        <p role="status">Some of your data could not be shown: {otherErrors.map((e) => e.message).join(' ')}</p>
      )}
      <div className="sections">
        <ConsentRequests query={data} linkFailed={linkFailed} />
      </div>
      <SectionNav groups={groups} current={current} onChoose={setCurrent} />
      <PageGroups groups={groups} current={current} />
    </>
  );
}
