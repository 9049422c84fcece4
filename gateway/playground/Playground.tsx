import { useEffect, useMemo, useRef, useState } from 'react';
import { buildSchema } from 'graphql';
import { GraphiQL } from 'graphiql';
// Written by the same `npm run build` that composes the supergraph the gateway serves.
import apiSchemaSdl from '../api-schema.graphql?raw';
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
  // The API schema bundled, not introspected: the editor completes and documents the graph even where introspection is off (production).
  const schema = useMemo(() => buildSchema(apiSchemaSdl), []);

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
        schema={schema}
        defaultTabs={exampleTabs(demo, fromAddress)}
        initialQuery={fromAddress?.query}
        initialVariables={fromAddress?.variables}
        shouldPersistHeaders={false}
      />
    </div>
  );
}
