import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { Platform } from '../../platform/launcher';
import { startTracing } from '../../shared/server/tracing';
import { startTestPlatform } from '../support/platform';
import { asStaff, asUser, graphql } from '../support/graphql';

const exporter = new InMemorySpanExporter();
let stopTracing: () => Promise<void>;
let platform: Platform;

beforeAll(async () => {
  stopTracing = startTracing('credence-test', [new SimpleSpanProcessor(exporter)]);
  platform = await startTestPlatform({ seedLimit: 5 });
});
afterAll(async () => {
  await platform.stop();
  await stopTracing();
  // leave no provider behind for the next test file in this worker
  trace.disable();
  context.disable();
  propagation.disable();
});

const serverOf = (span: ReadableSpan) => span.attributes['credence.server'];
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/** The spans of one request, once the gateway's own server span has ended (after the response is written). */
async function spansOfOneRequest(query: string, caller: Awaited<ReturnType<typeof asUser>>): Promise<ReadableSpan[]> {
  exporter.reset();
  const response = await graphql(platform.gatewayUrl, query, {}, caller);
  expect(response.errors).toBeUndefined();
  // A generous deadline, not a count of short waits: a loaded machine may take seconds to end the span.
  const ended = () => exporter.getFinishedSpans().some((s) => serverOf(s) === 'gateway' && s.name === 'POST /graphql');
  for (const deadline = Date.now() + 30_000; !ended() && Date.now() < deadline;)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return exporter.getFinishedSpans();
}

describe('one request, one trace', () => {
  let spans: ReadableSpan[];
  beforeAll(async () => {
    spans = await spansOfOneRequest(
      'query Traced { me { displayName creditFile { creditHistory } creditScore { value } } }',
      await asUser(1),
    );
  });

  test('every span of the request, in the gateway and in each subgraph it reached, has the same trace id', () => {
    expect(spans.length).toBeGreaterThan(10);
    expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
    const servers = new Set(spans.map(serverOf).filter(Boolean));
    // users (me), credit-history (the credit file), scores (the stored creditScore), consent (the decisions)
    expect(servers).toEqual(
      new Set(['gateway', 'users subgraph', 'credit-history subgraph', 'scores subgraph', 'consent subgraph']),
    );
  });

  test("the gateway's own spans are in it, and each subgraph's request hangs under the gateway fetch that sent it", () => {
    const names = spans.map((span) => span.name);
    expect(names).toEqual(
      expect.arrayContaining(['gateway.request', 'gateway.plan', 'gateway.execute', 'gateway.fetch']),
    );
    const fetches = new Set(
      spans.filter((span) => span.name === 'gateway.fetch').map((span) => span.spanContext().spanId),
    );
    const usersRequests = spans.filter((span) => serverOf(span) === 'users subgraph' && span.name === 'POST /graphql');
    expect(usersRequests.length).toBeGreaterThan(0);
    expect(usersRequests.every((span) => fetches.has(parentOf(span)!))).toBe(true);
  });

  test("a subgraph's resolvers are spans under its operation; the consent subgraph's decision is called from a subgraph, within the trace", () => {
    const me = spans.find((span) => span.name === 'resolve Query.me');
    const operation = spans.find((span) => span.spanContext().spanId === parentOf(me!));
    expect(operation?.name).toMatch(/^graphql\.query Traced__users__\d+$/);
    expect(serverOf(operation!)).toBe('users subgraph');
    const decide = spans.find((span) => span.name === 'resolve Mutation.decideAccess');
    expect(decide).toBeDefined();
    const consentRequest = spans.find((span) => serverOf(span) === 'consent subgraph' && span.name === 'POST /graphql');
    const caller = spans.find((span) => span.spanContext().spanId === parentOf(consentRequest!));
    expect(['users subgraph', 'scores subgraph']).toContain(serverOf(caller!));
  });
});

test("the items of a list share their resolvers' spans: a page of five users has one span per field path", async () => {
  const spans = await spansOfOneRequest(
    'query Page { users(first: 5) { edges { node { id displayName creditScore { band } } } } }',
    await asStaff('support'),
  );
  expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
  const displayName = spans.filter((span) => span.name === 'resolve User.displayName');
  expect(displayName).toHaveLength(1);
  expect(displayName[0].attributes['graphql.field.path']).toBe('users.edges.*.node.displayName');
  expect(spans.filter((span) => span.name === 'resolve CreditScore.band')).toHaveLength(1);
});
