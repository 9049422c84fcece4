import pino, { DestinationStream, Logger } from 'pino';

/**
 * Structured logs: one JSON object per line and per event, on stdout, for a log
 * shipper to read. Callers pass only what is safe to keep: ids, names, codes and
 * durations, never tokens, contact details, free text or score values.
 */
export type LogFields = Record<string, string | number | boolean | null | string[] | undefined>;
export type LogSink = (line: string) => void;

/** pino, shaped as our lines always were: `{"level":"info","time":"<ISO 8601>","event":…}`, nothing else added. */
function jsonLines(destination: DestinationStream): Logger {
  return pino(
    { base: null, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
    destination,
  );
}

/**
 * Off under jest (whose output they would flood) and with CREDENCE_LOG=off; a test
 * captures them with captureLogs. Otherwise stdout, written asynchronously (pino's
 * sonic-boom): a request never waits for a slow pipe or terminal, and what is still
 * buffered is flushed when the process exits.
 */
function defaultLogger(env: NodeJS.ProcessEnv = process.env): Logger | null {
  if (env.CREDENCE_LOG === 'off' || (env.CREDENCE_LOG === undefined && env.NODE_ENV === 'test')) return null;
  return jsonLines(pino.destination({ dest: 1, sync: false }));
}

let logger: Logger | null | undefined;

export function logEvent(event: string, fields: LogFields, level: 'info' | 'warn' | 'error' = 'info'): void {
  if (logger === undefined) logger = defaultLogger();
  logger?.[level]({ event, ...fields });
}

/** Sends every line to `capture` until the returned function is called (tests). */
export function captureLogs(capture: LogSink): () => void {
  const previous = logger;
  logger = jsonLines({ write: (line: string) => capture(line.replace(/\n$/, '')) });
  return () => {
    logger = previous;
  };
}
