import { Readable } from 'node:stream';

/** A line over the limit: thrown as soon as the line passes it, before the rest of it arrives. */
export class LineTooLong extends Error {
  constructor(readonly lineNumber: number) {
    super(`line ${lineNumber} is too long`);
  }
}

/** A line holding the NUL character, which no subgraph takes in a text. */
export class LineWithNul extends Error {
  constructor(readonly lineNumber: number) {
    super(`line ${lineNumber} contains NUL`);
  }
}

/** Consecutive lines of the file: the first one's index (from 0), how many, and their bytes joined by LF. */
export interface LinesChunk {
  firstIndex: number;
  lineCount: number;
  body: Buffer;
}

const LF = 0x0a;
const CR = 0x0d;
const NUL = 0x00;
const LF_BYTES = Buffer.from([LF]);
/** UTF-8 takes at most 3 bytes for one UTF-16 unit (a character outside the BMP is 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

function joinLines(lines: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  for (const line of lines) {
    if (parts.length) parts.push(LF_BYTES);
    parts.push(line);
  }
  return Buffer.concat(parts);
}

/**
 * The lines of an NDJSON body as they arrive (LF or CRLF; a last line without a newline
 * counts), `linesPerChunk` at a time, each at most `maxLength` characters and free of NUL.
 * The lines stay bytes: the gateway only finds where they end and checks them, and
 * credit-history, which stores them, reads them as text (decoding and encoding them here
 * again was the gateway's share of an upload). readline would keep a line whole in memory
 * before anyone could measure it, so one endless line could take the gateway's memory;
 * here a line is refused once it passes the limit, holding at most one read beyond it.
 */
export async function* ndjsonChunks(
  body: Readable,
  maxLength: number,
  linesPerChunk: number,
): AsyncGenerator<LinesChunk> {
  let lines: Buffer[] = [];
  let firstIndex = 0;
  let partial: Buffer[] = [];
  let partialBytes = 0;
  const take = (bytes: Buffer) => {
    const lineNumber = firstIndex + lines.length + 1;
    const line = bytes.length && bytes[bytes.length - 1] === CR ? bytes.subarray(0, -1) : bytes;
    // only a line with more bytes than the limit can have more characters than it
    if (line.length > maxLength && line.toString('utf8').length > maxLength) throw new LineTooLong(lineNumber);
    if (line.includes(NUL)) throw new LineWithNul(lineNumber);
    lines.push(line);
  };
  const chunk = (): LinesChunk => {
    const done = { firstIndex, lineCount: lines.length, body: joinLines(lines) };
    firstIndex += lines.length;
    lines = [];
    return done;
  };
  // not destroyed when a line is refused: the caller still answers on its socket, then drains it
  for await (const read of body.iterator({ destroyOnReturn: false })) {
    const bytes = read as Buffer;
    let start = 0;
    for (let end = bytes.indexOf(LF, start); end !== -1; end = bytes.indexOf(LF, start)) {
      const tail = bytes.subarray(start, end);
      take(partial.length ? Buffer.concat([...partial, tail]) : tail);
      partial = [];
      partialBytes = 0;
      start = end + 1;
      if (lines.length === linesPerChunk) yield chunk();
    }
    if (start < bytes.length) {
      partial.push(bytes.subarray(start));
      partialBytes += bytes.length - start;
      if (partialBytes > maxLength * MAX_BYTES_PER_UNIT + 1) throw new LineTooLong(firstIndex + lines.length + 1);
    }
  }
  if (partialBytes > 0) take(Buffer.concat(partial));
  if (lines.length) yield chunk();
}
