import { useEffect, useMemo, useRef, useState } from 'react';
import { GraphiQL } from 'graphiql';
import { ActAsPanel } from './ActAsPanel';
import { DemoViewers, fetchDemoViewers } from './demo-viewers';
import { exampleTabs, tabFromAddress } from './example-tabs';
import { graphFetcher, ViewerHeaders } from './graph-fetcher';
import { TokenPanel } from './TokenPanel';

/** GraphiQL on the gateway's own graph, with a panel that says who is asking. */
export function Playground() {
  // undefined while asking the gateway whether it mints demo tokens; null where it does not
  const [demo, setDemo] = useState<DemoViewers | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const viewerHeaders = useRef<ViewerHeaders>({});
  const fetcher = useMemo(() => graphFetcher('/graphql', () => viewerHeaders.current), []);

  useEffect(() => {
    fetchDemoViewers().then(setDemo, (error: Error) => setFailure(error.message));
  }, []);

  if (failure) return <p role="alert">The playground could not reach the gateway: {failure}</p>;
  if (demo === undefined) return <p>Loading the playground…</p>;
  const fromAddress = tabFromAddress(window.location.search);
  const setViewer = (headers: ViewerHeaders) => {
    viewerHeaders.current = headers;
  };
  return (
    <div className="credence-playground">
      <header>
        <h1>Credence playground</h1>
        {demo ? <ActAsPanel viewers={demo} onChange={setViewer} /> : <TokenPanel onChange={setViewer} />}
      </header>
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={exampleTabs(demo, fromAddress)}
        initialQuery={fromAddress?.query}
        initialVariables={fromAddress?.variables}
        shouldPersistHeaders={false}
      />
    </div>
  );
}
