import { CHUNK_IDLE_MS } from '../../gateway/furnishing-route';
import { KEEP_ALIVE_MS } from '../../shared/server/http-server';

/**
 * The gateway closes an idle chunk connection itself before credit-history would: a PUT
 * sent on a connection the server is closing fails the upload ("socket hang up").
 */
test("the gateway's chunk connections go idle for less time than a subgraph keeps them open", () => {
  expect(CHUNK_IDLE_MS).toBeLessThan(KEEP_ALIVE_MS - 5_000);
});
