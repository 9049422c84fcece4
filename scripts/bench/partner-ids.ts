import { performance } from 'node:perf_hooks';
import { mintToken } from '../../gateway/viewer-token';
import { Platform } from '../../platform/launcher';
import { DEMO_PARTNERS, demoUserId } from '../../shared/demo/demo-population';
import { partnerIdCodec, partnerIdTranslation } from '../../shared/trust/partner-ids';
import { median } from './median';

const PAIRS = 40;
const IDS = 50;
const READ = `query Partner($ids: [ID!]!) { usersByIds(ids: $ids) { id displayName creditScore { band } } }`;
/** A partner holding no consent from some of the 50 is refused their fields: part of the workload. */
const EXPECTED_CODES = new Set(['CONSENT_REQUIRED']);

/**
 * Issue 19's goal: what translating partner-scoped ids costs on a partner's 50-id read
 * (usersByIds; 50 ids in, 50 out), translation on (the partner gives and reads its own
 * ids) against off (internal ids, as before), switched in this process between requests
 * (partnerIdTranslation), in interleaved pairs whose order alternates; medians.
 */
export async function benchPartnerIds(platform: Platform): Promise<string> {
  const partner = DEMO_PARTNERS[1].id;
  const internal = Array.from({ length: IDS }, (_, i) => demoUserId(i + 1));
  const own = internal.map((id) => partnerIdCodec().encode(partner, id));
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${await mintToken({ sub: partner, kind: 'partner' }, '15m')}`,
  };
  const timed = async (translate: boolean) => {
    partnerIdTranslation.enabled = translate;
    const ids = translate ? own : internal;
    const started = performance.now();
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: READ, variables: { ids } }),
    });
    const body = (await response.json()) as {
      data?: { usersByIds: { id: string }[] };
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const elapsed = performance.now() - started;
    const unexpected = (body.errors ?? []).filter((error) => !EXPECTED_CODES.has(error.extensions?.code ?? ''));
    if (unexpected.length || body.data?.usersByIds.map((user) => user.id).join() !== ids.join())
      throw new Error(`the 50-id read failed: ${unexpected.map((e) => e.message).join('; ') || 'other ids came back'}`);
    return elapsed;
  };
  const [on, off]: number[][] = [[], []];
  try {
    await timed(true); // warm-up: plans, loaders, the partner's ciphers
    await timed(false);
    for (let pair = 0; pair < PAIRS; pair += 1) {
      if (pair % 2) {
        on.push(await timed(true));
        off.push(await timed(false));
      } else {
        off.push(await timed(false));
        on.push(await timed(true));
      }
    }
  } finally {
    partnerIdTranslation.enabled = true;
  }
  const ratio = median(on) / median(off);
  return [
    `Partner-scoped ids (issue 19): a partner's ${IDS}-id read (usersByIds { id displayName creditScore { band } }), ${PAIRS} interleaved pairs`,
    `  median ms: translation on ${median(on).toFixed(2)}, off ${median(off).toFixed(2)} (${(median(on) - median(off)).toFixed(2)} ms per read)`,
    `  on / off = ${ratio.toFixed(3)} (${((ratio - 1) * 100).toFixed(1)}%; goal ≤ 5%)`,
  ].join('\n');
}
