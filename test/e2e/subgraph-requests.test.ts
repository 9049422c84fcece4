import { decodeJwt } from 'jose';
import { Platform } from '../../platform/launcher';
import { RunningServer } from '../../shared/server/http-server';
import { INTERNAL_CREDENTIAL_EXTENSION } from '../../shared/trust/internal-auth';
import { startTestPlatform } from '../support/platform';
import { Recorded, startRecordingGateway } from '../support/recording-gateway';
import { asPartner, graphql, partnerId, userId, idAtPartner } from '../support/graphql';

/**
 * What a de-duplicating gateway keys on is the subgraph URL and the request body. A
 * recording proxy in front of each subgraph captures exactly those, as the gateway sends them.
 */
let platform: Platform;
let gateway: RunningServer;
let recorded: Recorded[];
let stopRecording: () => Promise<void>;

beforeAll(async () => {
  platform = await startTestPlatform();
  ({ gateway, recorded, stop: stopRecording } = await startRecordingGateway(platform));
});
afterAll(async () => {
  await stopRecording();
  await platform.stop();
});

const THRESHOLD = `query Waiver($id: ID!) { user(id: $id) { scoreAtLeast(threshold: 600) } }`;

async function scoresRequestsOf(partner: number, send: () => Promise<unknown>) {
  recorded.length = 0;
  await send();
  return recorded
    .filter((r) => r.subgraph === 'scores')
    .map((r) => ({ raw: r.body, ...(JSON.parse(r.body) as Record<string, any>) }));
}

describe('subgraph requests of different viewers are never identical', () => {
  test('two partners sending the same query at the same moment: same query and variables, different bodies', async () => {
    recorded.length = 0;
    const [bikes, travel] = [await asPartner(0), await asPartner(1)];
    await Promise.all([
      graphql(gateway.url, THRESHOLD, { id: idAtPartner(0, userId(5)) }, bikes),
      graphql(gateway.url, THRESHOLD, { id: idAtPartner(1, userId(5)) }, travel),
    ]);
    const toScores = recorded
      .filter((r) => r.subgraph === 'scores')
      .map((r) => JSON.parse(r.body) as Record<string, any>);
    expect(toScores).toHaveLength(2);
    const [first, second] = toScores;
    // Everything a plan decides is the same for both...
    expect(first.query).toBe(second.query);
    expect(first.variables).toEqual(second.variables);
    // ...but each body carries its own viewer's credential, so the bodies differ.
    expect(JSON.stringify(first)).not.toBe(JSON.stringify(second));
    const viewers = toScores.map((body) => decodeJwt(body.extensions[INTERNAL_CREDENTIAL_EXTENSION]).viewer);
    expect(viewers).toEqual(
      expect.arrayContaining([
        { kind: 'partner', partnerId: partnerId(0) },
        { kind: 'partner', partnerId: partnerId(1) },
      ]),
    );
    for (const body of toScores) expect(decodeJwt(body.extensions[INTERNAL_CREDENTIAL_EXTENSION]).aud).toBe('scores');
  });

  test('even one viewer asking twice sends two different bodies (each credential is fresh)', async () => {
    const bikes = await asPartner(0);
    const first = await scoresRequestsOf(0, () =>
      graphql(gateway.url, THRESHOLD, { id: idAtPartner(0, userId(6)) }, bikes),
    );
    const second = await scoresRequestsOf(0, () =>
      graphql(gateway.url, THRESHOLD, { id: idAtPartner(0, userId(6)) }, bikes),
    );
    expect(first[0].raw).not.toBe(second[0].raw);
  });

  test('a captured body is refused when sent again, and by any other subgraph', async () => {
    const [captured] = await scoresRequestsOf(0, async () =>
      graphql(gateway.url, THRESHOLD, { id: idAtPartner(0, userId(7)) }, await asPartner(0)),
    );
    const replay = (url: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: captured.raw });
    const again = await replay(platform.subgraphUrls.scores);
    expect(again.status).toBe(401);
    expect(await again.json()).toEqual({
      errors: [expect.objectContaining({ message: expect.stringMatching(/already used/) })],
    });
    const elsewhere = await replay(platform.subgraphUrls.users);
    expect(elsewhere.status).toBe(401);
  });
});
