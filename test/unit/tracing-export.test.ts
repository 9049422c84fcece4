import { execFile } from 'node:child_process';
import { createServer, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { context, propagation, trace } from '@opentelemetry/api';
import { fromProjectRoot } from '../../shared/paths';
import { startTracingFromEnv } from '../../shared/server/tracing';

afterEach(() => {
  trace.disable();
  context.disable();
  propagation.disable();
});

test('without OTEL_EXPORTER_OTLP_ENDPOINT tracing stays off: no provider, spans record nothing', async () => {
  const stop = startTracingFromEnv('credence-test', {});
  expect(trace.getTracer('test').startSpan('nothing').isRecording()).toBe(false);
  await stop();
});

/**
 * In a child process: the OTLP exporter loads node:http with a dynamic import, which
 * jest's module sandbox refuses. jiti (graphql-codegen's TypeScript loader) runs the
 * source as it is.
 */
const EXPORT_ONE_SPAN = `
const { createJiti } = require('jiti');
const { startTracingFromEnv } = createJiti(process.cwd() + '/')('./shared/server/tracing.ts');
const { trace } = require('@opentelemetry/api');
const stop = startTracingFromEnv('credence-test');
const span = trace.getTracer('test').startSpan('exported span');
process.stdout.write(String(span.isRecording()));
span.end();
stop().then(() => process.exit(0));
`;

test('with OTEL_EXPORTER_OTLP_ENDPOINT set, spans are exported over OTLP/HTTP to <endpoint>/v1/traces under the service name', async () => {
  const received: { url?: string; body: string }[] = [];
  const collector = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ url: req.url, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  try {
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', EXPORT_ONE_SPAN], {
      cwd: fromProjectRoot(),
      env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: endpoint },
    });
    expect(stdout).toBe('true');
    expect(received).toHaveLength(1);
    expect(received[0].url).toBe('/v1/traces');
    expect(received[0].body).toContain('exported span');
    expect(received[0].body).toContain('credence-test');
  } finally {
    collector.close();
  }
});
