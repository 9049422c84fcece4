/**
 * Structured logs: one JSON object per line and per event, on stdout, for a log
 * shipper to read. Callers pass only what is safe to keep: ids, names, codes and
 * durations, never tokens, contact details, free text or score values.
 */
export type LogFields = Record<string, string | number | boolean | null | string[] | undefined>;
export type LogSink = (line: string) => void;

const toStdout: LogSink = (line) => {
  process.stdout.write(`${line}\n`);
};

/** Off under jest (whose output they would flood) and with CREDENCE_LOG=off; a test captures them with captureLogs. */
function defaultSink(env: NodeJS.ProcessEnv = process.env): LogSink | null {
  if (env.CREDENCE_LOG === 'off' || (env.CREDENCE_LOG === undefined && env.NODE_ENV === 'test')) return null;
  return toStdout;
}

let sink: LogSink | null | undefined;

export function logEvent(event: string, fields: LogFields, level: 'info' | 'warn' | 'error' = 'info'): void {
  if (sink === undefined) sink = defaultSink();
  sink?.(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
}

/** Sends every line to `capture` until the returned function is called (tests). */
export function captureLogs(capture: LogSink): () => void {
  const previous = sink;
  sink = capture;
  return () => {
    sink = previous;
  };
}
