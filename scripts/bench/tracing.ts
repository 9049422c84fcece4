import { performance } from 'node:perf_hooks';
import { BatchSpanProcessor, Sampler, SamplingDecision, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { startTracing } from '../../shared/server/tracing';
import { median } from './median';

/** Records every span, or none, as the bench says: tracing on and off in one process, runs interleaved. */
class SwitchableSampler implements Sampler {
  on = false;
  shouldSample() {
    return { decision: this.on ? SamplingDecision.RECORD_AND_SAMPLED : SamplingDecision.NOT_RECORD };
  }
  toString() {
    return 'SwitchableSampler';
  }
}

/**
 * Registers tracing as production would (batched export), with an exporter that only
 * counts what it is sent: the bench measures what tracing costs the servers, not a
 * collector's network. Call before the platform starts; it records nothing until switched on.
 */
export function startBenchTracing() {
  let exported = 0;
  const exporter: SpanExporter = {
    export: (spans, done) => {
      exported += spans.length;
      done({ code: 0 });
    },
    shutdown: async () => undefined,
  };
  const processor = new BatchSpanProcessor(exporter);
  const sampler = new SwitchableSampler();
  const stop = startTracing('credence-bench', [processor], sampler);
  const exportedSoFar = async () => {
    await processor.forceFlush();
    return exported;
  };
  return { sampler, exportedSoFar, stop };
}

/**
 * `npm run bench`, tracing section: the same request with every span recorded and
 * batched for export, and with none, interleaved so that both see the same machine.
 */
export async function benchTracing(
  tracing: ReturnType<typeof startBenchTracing>,
  what: string,
  request: () => Promise<void>,
  runs: number,
): Promise<string> {
  const latencies = { off: [] as number[], on: [] as number[] };
  await request();
  const exportedBefore = await tracing.exportedSoFar();
  for (let run = 0; run < 2 * runs; run += 1) {
    tracing.sampler.on = run % 2 === 1;
    const started = performance.now();
    await request();
    latencies[tracing.sampler.on ? 'on' : 'off'].push(performance.now() - started);
  }
  tracing.sampler.on = false;
  const spansPerRequest = ((await tracing.exportedSoFar()) - exportedBefore) / runs;
  return [
    `Tracing, ${what}, ${runs} runs each, interleaved: median ${median(latencies.off).toFixed(1)} ms off, ${median(latencies.on).toFixed(1)} ms on (${spansPerRequest.toFixed(0)} spans per request)`,
    `latency(tracing on) / latency(tracing off) = ${(median(latencies.on) / median(latencies.off)).toFixed(2)}`,
  ].join('\n');
}
