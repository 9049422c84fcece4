import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { graphql } from './__generated__';
import { ScoreSummary } from './score/ScoreSummary';
import { CategoryChart } from './score/CategoryChart';
import { ScoreReasons } from './score/ScoreReasons';
import { WhatIfPanel } from './score/WhatIfPanel';
import { ScoreHistory } from './score/ScoreHistory';
import { ConsentList } from './consent/ConsentList';
import { AccessLog } from './consent/AccessLog';
import { ConsentRequests, linkedRequestId } from './consent/ConsentRequests';
import { Alerts } from './alerts/Alerts';
import { FileFreeze } from './alerts/FileFreeze';

/**
 * The page's one query: each section names the fields it reads in a fragment of its
 * own, spread here. A new section is a component with its fragment, one spread below
 * and one line in the page.
 */
export const ConsumerPageQuery = graphql(`
  query ConsumerPage($linkedRequest: ID!, $hasLinkedRequest: Boolean!) {
    ...ConsentRequests
    ...Alerts
    ...FileFreeze
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
    }
  }
`);

/** The signed-in consumer's score explained, what-if, history, alerts, consents, freeze and access log. */
export function ConsumerPage({ onSignOut }: { onSignOut(): void }) {
  // Partial data is still worth showing: a section whose fields were withheld says so.
  const linkedRequest = linkedRequestId();
  const variables = { linkedRequest: linkedRequest ?? '', hasLinkedRequest: linkedRequest !== null };
  const { data, error, loading } = useQuery(ConsumerPageQuery, { variables, errorPolicy: 'all' });
  if (loading && !data) return <p role="status">Loading your credit data…</p>;
  const me = data?.me;
  if (!me) {
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
  return (
    <>
      <p className="greeting">
        Signed in as <strong>{me.displayName ?? 'a consumer'}</strong>
      </p>
      {CombinedGraphQLErrors.is(error) && (
        <p role="status">Some of your data could not be shown: {error.errors.map((e) => e.message).join(' ')}</p>
      )}
      <div className="sections">
        {data && <ConsentRequests query={data} />}
        {me.creditScore && (
          <>
            <ScoreSummary score={me.creditScore} />
            <CategoryChart score={me.creditScore} />
            <ScoreReasons score={me.creditScore} />
          </>
        )}
        <WhatIfPanel user={me} />
        {me.creditScore && <ScoreHistory score={me.creditScore} />}
        <ConsentList user={me} />
        {data && <Alerts query={data} />}
        {data && <FileFreeze query={data} />}
        <AccessLog user={me} />
      </div>
    </>
  );
}
