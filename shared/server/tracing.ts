import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { context, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, Sampler, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { RequestHandler } from 'express';
import { GraphQLResolveInfo, ResponsePath } from 'graphql';

/**
 * OpenTelemetry traces: each server's HTTP requests and its resolvers become spans,
 * the gateway adds its own (@apollo/gateway traces plan, fetches and post-processing
 * through @opentelemetry/api), and the W3C `traceparent` header carries the trace to
 * every subgraph, so one client request is one trace. With no tracer provider
 * registered every span here is a no-op.
 */
const tracer = trace.getTracer('credence');

/** Registers a global tracer provider: the process's traces go to these processors. Returns its shutdown. */
export function startTracing(
  serviceName: string,
  spanProcessors: SpanProcessor[],
  sampler?: Sampler,
): () => Promise<void> {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors,
    sampler,
  });
  provider.register();
  return () => provider.shutdown();
}

/** Exports over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT (or ..._TRACES_ENDPOINT) is set; otherwise tracing stays off. */
export function startTracingFromEnv(serviceName: string, env: NodeJS.ProcessEnv = process.env): () => Promise<void> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return async () => undefined;
  return startTracing(env.OTEL_SERVICE_NAME ?? serviceName, [new BatchSpanProcessor(new OTLPTraceExporter())]);
}

/** Adds `traceparent` (and `tracestate`) for the active span to an outgoing request's headers. */
export function traceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}

/**
 * A server span around each request to /graphql, active while Apollo handles it.
 * Mounted after the body is parsed (body events would lose the context). A subgraph
 * continues the trace its caller sent; the public gateway starts its own.
 */
export function traceRequests(server: string, continueCallersTrace: boolean): RequestHandler {
  return (req, res, next) => {
    const parent = continueCallersTrace ? propagation.extract(ROOT_CONTEXT, req.headers) : ROOT_CONTEXT;
    const span = tracer.startSpan(
      `${req.method} /graphql`,
      { kind: SpanKind.SERVER, attributes: { 'credence.server': server, 'http.request.method': req.method } },
      parent,
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** A field's path with list indexes as `*`: `users.*.creditScore`, the same for every item of a list. */
const pathPattern = (path: ResponsePath | undefined): string =>
  path ? `${pathPattern(path.prev)}.${typeof path.key === 'number' ? '*' : path.key}` : '';

/** Fields with a resolver of their own: the default property lookup is not worth a span. */
const hasResolver = (info: GraphQLResolveInfo) => Boolean(info.parentType.getFields()[info.fieldName]?.resolve);

/** The nearest enclosing field that has a span, else the operation's span. */
function parentSpan(spans: Map<string, Span>, path: ResponsePath, operation: Span): Span {
  for (let at = path.prev; at; at = at.prev) {
    const span = spans.get(pathPattern(at));
    if (span) return span;
  }
  return operation;
}

/**
 * A span per GraphQL operation, and one per field path whose resolver does work, nested
 * as the response is. List items are merged, as instrumentation-graphql's `mergeItems`
 * does: the first item's resolver stands for the list (`users.*.creditScore`), so a
 * page of 100 users costs the spans of one (a span per item made tracing cost 1.29×
 * the request; see npm run bench).
 */
export function tracingPlugin(server: string): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const operation = tracer.startSpan('graphql.request', { attributes: { 'credence.server': server } });
      if (!operation.isRecording()) return {};
      const spans = new Map<string, Span>();
      return {
        async didResolveOperation({ operationName, operation: definition }) {
          const type = definition?.operation ?? 'query';
          operation.updateName(`graphql.${type} ${operationName ?? 'anonymous'}`);
          operation.setAttributes({
            'graphql.operation.name': operationName ?? 'anonymous',
            'graphql.operation.type': type,
          });
        },
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              // Most fields are default-resolved scalars: skip them before building any path.
              if (!hasResolver(info)) return;
              const pattern = pathPattern(info.path);
              if (spans.has(pattern)) return;
              const parent = parentSpan(spans, info.path, operation);
              const span = tracer.startSpan(
                `resolve ${info.parentType.name}.${info.fieldName}`,
                { attributes: { 'graphql.field.path': pattern.slice(1) } },
                trace.setSpan(context.active(), parent),
              );
              spans.set(pattern, span);
              return (error) => {
                if (error)
                  span.setStatus({
                    code: SpanStatusCode.ERROR,
                    message: String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'error'),
                  });
                span.end();
              };
            },
          };
        },
        async willSendResponse({ response }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          if (result.errors?.length)
            operation.setStatus({ code: SpanStatusCode.ERROR, message: `${result.errors.length} error(s)` });
          operation.end();
        },
      };
    },
  };
}
