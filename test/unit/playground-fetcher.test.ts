import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { graphFetcher } from '../../gateway/playground/graph-fetcher';

/** The playground's fetcher against a server that records the headers it receives. */
async function headersSentBy(
  viewer: Record<string, string>,
  tabHeaders: Record<string, string>,
): Promise<IncomingHttpHeaders> {
  let received: IncomingHttpHeaders = {};
  const server = createServer((req, res) => {
    received = req.headers;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const fetcher = graphFetcher(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, () => viewer);
    expect(await fetcher({ query: '{ ok }' }, { headers: tabHeaders })).toEqual({ data: { ok: true } });
    return received;
  } finally {
    server.close();
  }
}

describe("the playground's fetcher", () => {
  test("sends the act-as panel's token and reason with the operation", async () => {
    const headers = await headersSentBy({ authorization: 'Bearer panel', 'x-access-reason': 'ticket 1' }, {});
    expect(headers).toMatchObject({
      authorization: 'Bearer panel',
      'x-access-reason': 'ticket 1',
      'content-type': 'application/json',
    });
  });

  test("lets a tab's own headers win over the panel's", async () => {
    const headers = await headersSentBy(
      { authorization: 'Bearer panel', 'x-access-reason': 'ticket 1' },
      { authorization: 'Bearer tab' },
    );
    expect(headers).toMatchObject({ authorization: 'Bearer tab', 'x-access-reason': 'ticket 1' });
  });
});
