import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** A line over the limit: thrown as soon as the line passes it, before the rest of it arrives. */
export class LineTooLong extends Error {
  constructor(readonly lineNumber: number) {
    super(`line ${lineNumber} is too long`);
  }
}

/**
 * The lines of an NDJSON body as they arrive (LF or CRLF; a last line without a newline
 * counts), each at most `maxLength` characters. readline would keep a line whole in memory
 * before anyone could measure it, so one endless line could take the gateway's memory; here
 * a line is refused once it passes the limit, holding at most one chunk beyond it.
 */
export async function* ndjsonLines(body: Readable, maxLength: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  let lineNumber = 1;
  const complete = (line: string) => {
    lineNumber += 1;
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  // not destroyed when a line is refused: the caller still answers on its socket, then drains it
  for await (const chunk of body.iterator({ destroyOnReturn: false })) {
    const pieces = (partial + decoder.write(chunk as Buffer)).split('\n');
    partial = pieces.pop()!;
    for (const line of pieces) {
      const text = complete(line);
      if (text.length > maxLength) throw new LineTooLong(lineNumber - 1);
      yield text;
    }
    if (partial.length > maxLength + 1) throw new LineTooLong(lineNumber);
  }
  partial += decoder.end();
  if (partial.length > 0) {
    const text = complete(partial);
    if (text.length > maxLength) throw new LineTooLong(lineNumber - 1);
    yield text;
  }
}
