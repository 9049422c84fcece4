import { performance } from 'node:perf_hooks';
import { closedLoop, LoadResult } from './load';
import { median } from './median';

/** Partner reads as the issue measures them: 16 callers at once, each asking again when answered. */
const READERS = 16;
const ALONE_MS = 3000;
/**
 * Reads keep getting faster for about half a minute after they start (V8 optimises the
 * hot paths, the heaps settle): alone, once each consumer was read, 117/s in the next
 * 3 s, about 150/s 10 s on, 170-200/s from 25 s on. A baseline taken earlier is slow,
 * and flatters the reads during the work against it.
 */
const WARM_UP_MS = Number(process.env.BENCH_READS_WARM_UP_MS ?? 30_000);

/** A lender's one-id threshold check of a consumer who allows it, as its own systems would send them. */
function partnerRead(gatewayUrl: string, token: string, subjectIds: string[]) {
  const query = 'query Check($id: ID!) { user(id: $id) { scoreAtLeast(threshold: 600) } }';
  return async (sequence: number) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { id: subjectIds[sequence % subjectIds.length] } }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json()) as { data?: { user: { scoreAtLeast: boolean | null } }; errors?: unknown[] };
    if (body.errors?.length || typeof body.data?.user.scoreAtLeast !== 'boolean')
      throw new Error(`a partner read failed: ${JSON.stringify(body)}`);
  };
}

/**
 * Runs `work` while partner reads run beside it, with reads alone before and after it
 * (ALONE_MS each) as the baseline: the slowdown is the median latency during the work
 * over the median alone. Answers the work's result and the figures, as lines.
 */
export async function readsDuring<T>(
  gatewayUrl: string,
  token: string,
  /** the consumers read, each by the partner's own id for them (issue 19) */
  subjectIds: string[],
  work: () => Promise<T>,
  afterWork: () => Promise<void>,
  /** wraps the reads alone before and after the work, e.g. to measure what they cost each process */
  measureAlone: <R>(reads: () => Promise<R>, when: string) => Promise<{ result: R; line: string }> = async (reads) => ({
    result: await reads(),
    line: '',
  }),
  /** moments in the work (performance.now()) that split the reads during it into phases, each with its median */
  phasesOf: (result: T) => { name: string; endsAtMs: number }[] = () => [],
): Promise<{ result: T; lines: string[] }> {
  const send = partnerRead(gatewayUrl, token, subjectIds);
  const alone = (): Promise<LoadResult> => closedLoop(send, { concurrency: READERS, durationMs: ALONE_MS });
  // warm-up: plans, connections, each consumer read once (no window pays for a first read), then the hot paths optimised
  const warmUntil = performance.now() + WARM_UP_MS;
  await closedLoop(send, { concurrency: READERS, durationMs: 600_000, requests: subjectIds.length });
  await closedLoop(send, { concurrency: READERS, durationMs: Math.max(0, warmUntil - performance.now()) });
  const { result: before, line: costBefore } = await measureAlone(alone, 'before');
  const running = work();
  const during = await closedLoop(send, { concurrency: READERS, durationMs: 3_600_000, done: running });
  const result = await running;
  await afterWork();
  const { result: after, line: costAfter } = await measureAlone(alone, 'after');
  const baseline = median([...before.latenciesMs, ...after.latenciesMs]);
  const meanwhile = median(during.latenciesMs);
  const ratio = meanwhile / baseline;
  const rate = (r: LoadResult) => (r.requests / r.seconds).toFixed(0);
  let phaseStart = -Infinity;
  const phases = phasesOf(result).map(({ name, endsAtMs }) => {
    const own = during.latenciesMs.filter((_, i) => during.sentAtMs[i] >= phaseStart && during.sentAtMs[i] < endsAtMs);
    phaseStart = endsAtMs;
    if (!own.length) return `${name}: no read`;
    return `${name} ${median(own).toFixed(1)} ms (${own.length} reads, ${(median(own) / baseline).toFixed(2)}x)`;
  });
  return {
    result,
    lines: [
      `  partner reads, ${READERS} concurrent, after ${(WARM_UP_MS / 1000).toFixed(0)} s of warm-up: median ${baseline.toFixed(1)} ms alone (before: ${median(before.latenciesMs).toFixed(1)} ms, ${rate(before)}/s; after: ${median(after.latenciesMs).toFixed(1)} ms, ${rate(after)}/s), ${meanwhile.toFixed(1)} ms during the file (${rate(during)}/s)`,
      `  read slowdown during ingestion ${ratio.toFixed(2)}x; goal <= 1.5x: ${ratio <= 1.5 ? 'met' : 'MISSED'}`,
      ...(phases.length ? [`  median by phase of the work, by when a read was sent: ${phases.join('; ')}`] : []),
      ...[costBefore, costAfter].filter(Boolean),
    ],
  };
}
