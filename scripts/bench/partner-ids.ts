import { performance } from 'node:perf_hooks';
import { mintToken } from '../../gateway/viewer-token';
import { Platform } from '../../platform/launcher';
import { DEMO_PARTNERS, demoUserId } from '../../shared/demo/demo-population';
import { partnerIdCodec, partnerIdTranslation } from '../../shared/trust/partner-ids';
import { median } from './median';

const PAIRS = 100;
const IDS = 50;
/** The soak's partner read (scripts/bench/soak.ts): 50 ids in, 50 out, across three subgraphs. */
const READ = `query Partner($ids: [ID!]!) { usersByIds(ids: $ids) { id creditScore { value band } scoreAtLeast(threshold: 693) } }`;
/** A partner holding no consent from some of the 50 is refused their fields: part of the workload. */
const EXPECTED_CODES = new Set(['CONSENT_REQUIRED']);

/**
 * Issue 19's goal: what translating partner-scoped ids costs on a partner's 50-id read
 * (usersByIds; 50 ids in, 50 out), translation on (the partner gives and reads its own
 * ids) against off (internal ids, as before), switched in this process between requests
 * (partnerIdTranslation), in interleaved pairs whose order alternates; medians of the
 * latency and of the CPU this process (gateway and subgraphs alike) spent on each read,
 * the steadier figure on a shared machine.
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
    const cpuBefore = process.cpuUsage();
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
    const cpu = process.cpuUsage(cpuBefore);
    const unexpected = (body.errors ?? []).filter((error) => !EXPECTED_CODES.has(error.extensions?.code ?? ''));
    if (unexpected.length || body.data?.usersByIds.map((user) => user.id).join() !== ids.join())
      throw new Error(`the 50-id read failed: ${unexpected.map((e) => e.message).join('; ') || 'other ids came back'}`);
    return { ms: elapsed, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  const [on, off]: { ms: number; cpuMs: number }[][] = [[], []];
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
  const line = (name: string, of: (m: { ms: number; cpuMs: number }) => number) => {
    const [a, b] = [median(on.map(of)), median(off.map(of))];
    return `  ${name}: on ${a.toFixed(2)} ms, off ${b.toFixed(2)} ms (${(a - b).toFixed(2)} ms); on / off = ${(a / b).toFixed(3)} (${((a / b - 1) * 100).toFixed(1)}%)`;
  };
  return [
    `Partner-scoped ids (issue 19): a partner's ${IDS}-id read (usersByIds { id creditScore { value band } scoreAtLeast }), ${PAIRS} interleaved pairs, medians; goal ≤ 5%`,
    line('latency', (m) => m.ms),
    line('CPU of all servers per read', (m) => m.cpuMs),
  ].join('\n');
}
