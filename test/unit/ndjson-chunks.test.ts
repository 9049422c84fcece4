import { Readable } from 'node:stream';
import { LinesChunk, LineTooLong, LineWithNul, ndjsonChunks } from '../../gateway/ndjson-chunks';

/** The body as it may arrive: in reads cut at the given byte lengths (the rest in one read). */
function arriving(text: string | Buffer, cuts: number[] = []): Readable {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  const reads: Buffer[] = [];
  let at = 0;
  for (const cut of cuts) {
    reads.push(bytes.subarray(at, at + cut));
    at += cut;
  }
  if (at < bytes.length) reads.push(bytes.subarray(at));
  return Readable.from(reads);
}

async function chunksOf(body: Readable, maxLength = 20, perChunk = 2) {
  const chunks: LinesChunk[] = [];
  for await (const chunk of ndjsonChunks(body, maxLength, perChunk)) chunks.push(chunk);
  return chunks.map(({ firstIndex, lineCount, body: bytes }) => ({ firstIndex, lineCount, text: bytes.toString() }));
}

async function refusal(body: Readable, maxLength = 20) {
  try {
    await chunksOf(body, maxLength);
  } catch (error) {
    return error;
  }
  throw new Error('no line was refused');
}

describe('an NDJSON body cut into chunks of lines, as bytes', () => {
  test('LF and CRLF ends, a last line without one, an empty line, chunks of two', async () => {
    expect(await chunksOf(arriving('a\r\nb\n\nc\r\nd'))).toEqual([
      { firstIndex: 0, lineCount: 2, text: 'a\nb' },
      { firstIndex: 2, lineCount: 2, text: '\nc' },
      { firstIndex: 4, lineCount: 1, text: 'd' },
    ]);
    expect(await chunksOf(arriving('a\nb\n'))).toEqual([{ firstIndex: 0, lineCount: 2, text: 'a\nb' }]);
    expect(await chunksOf(arriving(''))).toEqual([]);
  });

  test('lines and characters cut between reads come out whole', async () => {
    const text = '{"name":"Zoë"}\r\n{"city":"東京"}\n😀x';
    const whole = await chunksOf(arriving(text), 20, 3);
    expect(whole).toEqual([{ firstIndex: 0, lineCount: 3, text: '{"name":"Zoë"}\n{"city":"東京"}\n😀x' }]);
    const bytes = Buffer.byteLength(text);
    for (let cut = 1; cut < bytes; cut += 1) expect(await chunksOf(arriving(text, [cut, 1, 2]), 20, 3)).toEqual(whole);
  });

  test('a line of the longest length in characters passes, however many bytes; one more is refused with its number', async () => {
    const longest = '東'.repeat(20); // 60 bytes, 20 characters
    expect(await chunksOf(arriving(`x\n${longest}\r\n`))).toEqual([
      { firstIndex: 0, lineCount: 2, text: `x\n${longest}` },
    ]);
    const error = await refusal(arriving(`x\ny\nz\n${'a'.repeat(21)}\n`));
    expect(error).toBeInstanceOf(LineTooLong);
    expect((error as LineTooLong).lineNumber).toBe(4);
  });

  test('an endless line is refused before it ends, holding no more than the limit allows', async () => {
    let sent = 0;
    const endless = new Readable({
      highWaterMark: 16,
      read() {
        sent += 16;
        this.push(sent > 100_000 ? null : Buffer.from('a'.repeat(16)));
      },
    });
    const error = await refusal(endless);
    expect(error).toBeInstanceOf(LineTooLong);
    expect((error as LineTooLong).lineNumber).toBe(1);
    expect(sent).toBeLessThan(20 * 3 + 1 + 2 * 16 + 100); // the limit in bytes, and a read or two beyond it
  });

  test('a refused line is numbered in the whole file, the last one without its LF included', async () => {
    const error = await refusal(arriving('1\n2\n3\n4\n5\n' + 'a'.repeat(21)));
    expect(error).toBeInstanceOf(LineTooLong);
    expect((error as LineTooLong).lineNumber).toBe(6);
    const nul = await refusal(arriving(Buffer.from('1\n2\n3\nbad\u0000')));
    expect(nul).toBeInstanceOf(LineWithNul);
    expect((nul as LineWithNul).lineNumber).toBe(4);
  });

  test('bytes that are not UTF-8 pass as they came: credit-history, which reads the text, replaces them', async () => {
    const invalid = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    const [chunk] = await (async () => {
      const found: Buffer[] = [];
      for await (const { body } of ndjsonChunks(arriving(invalid), 20, 2)) found.push(body);
      return found;
    })();
    expect(chunk.equals(invalid)).toBe(true);
  });

  test('NUL is refused with the number of its line', async () => {
    const error = await refusal(arriving(Buffer.from('ok\nok\nbad\u0000line\n')));
    expect(error).toBeInstanceOf(LineWithNul);
    expect((error as LineWithNul).lineNumber).toBe(3);
  });
});
