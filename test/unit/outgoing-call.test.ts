import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { callOnce } from '../../shared/outgoing-call';

/** callOnce, under the gateway's chunk calls and consent's webhooks: the body's length goes with it, in bytes. */
test('a body is sent with its length in bytes, not in chunks, whatever length the caller says', async () => {
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () =>
      res.end(
        JSON.stringify({
          length: req.headers['content-length'],
          chunked: req.headers['transfer-encoding'] ?? null,
          received: Buffer.concat(parts).length,
        }),
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    const body = 'Zahlung fällig: 12 €'; // 20 characters, 23 bytes
    const answer = await callOnce(url, { method: 'POST', headers: { 'content-length': '1' }, body, readAnswer: true });
    expect(JSON.parse(answer.text)).toEqual({ length: '23', chunked: null, received: 23 });
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
