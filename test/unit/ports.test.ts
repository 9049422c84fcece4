import { createServer } from 'node:net';
import { AddressInfo } from 'node:net';
import { buildSchema } from 'graphql';
import { createGraphQLHttpServer } from '../../shared/server/http-server';
import { portFromEnv } from '../../shared/server/subgraph-module';

describe('ports', () => {
  test('a port that is taken is a clear start-up error naming the server and the port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const server = await createGraphQLHttpServer({
        name: 'users subgraph',
        executor: { schema: buildSchema('type Query { ok: Boolean }') },
        context: async () => ({}),
      });
      await expect(server.listen(port)).rejects.toThrow(`Port ${port} for users subgraph is already in use`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  test.each([
    [{}, 4002],
    [{ CREDIT_HISTORY_PORT: '5002' }, 5002],
    [{ CREDIT_HISTORY_PORT: '0' }, 0],
  ])('CREDIT_HISTORY_PORT %j gives port %i', (env, port) => {
    expect(portFromEnv('credit-history', 4002, env)).toBe(port);
  });

  test.each(['http', '-1', '70000', '40.5'])('CREDIT_HISTORY_PORT=%s is refused', (value) => {
    expect(() => portFromEnv('credit-history', 4002, { CREDIT_HISTORY_PORT: value })).toThrow(
      'CREDIT_HISTORY_PORT must be a port number',
    );
  });
});
