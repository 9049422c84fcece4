import { BatchSpanProcessor, Sampler, SamplingDecision, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { startTracing } from '../shared/server/tracing';

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
 * collector's network. Call before the platform starts.
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
  return {
    sampler,
    /** spans exported so far, once every pending batch is sent */
    exported: async () => {
      await processor.forceFlush();
      return exported;
    },
    stop,
  };
}
