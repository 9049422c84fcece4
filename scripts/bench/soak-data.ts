import { Client } from 'pg';
import { DEMO_PARTNERS, demoUserId } from '../../shared/demo/demo-population';

export const DEMO_USERS = 1000;
export const PARTNER_ID = DEMO_PARTNERS[0].id; // Spree Bikes
const PURPOSE = 'Waive the bike deposit when the score is good enough.';
/** Two of three demo users let the partner check a threshold and see their band. */
const consenting = (index: number) => index % 3 !== 0;
export const userIds = Array.from({ length: DEMO_USERS }, (_, i) => demoUserId(i + 1));

/** A client whose unqualified table names are one platform's consent schema. */
export async function consentStoreClient(databaseUrl: string, schemaPrefix: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl, options: `-c search_path=${schemaPrefix}consent` });
  await client.connect();
  return client;
}

/** Consents of `subjectIds` to `partnerId`, written straight to the store, valid from yesterday for 300 days. */
export async function insertConsents(
  client: Client,
  grant: { subjectIds: string[]; partnerId: string; scopes: string[]; purpose: string },
): Promise<void> {
  await client.query(
    `INSERT INTO consent (id, subject_id, partner_id, scopes, purpose, granted_at, expires_at, revoked_at)
     SELECT gen_random_uuid()::text, u.id, $2, $3, $4, now() - interval '1 day', now() + interval '300 days', NULL
     FROM unnest($1::text[]) AS u(id)`,
    [grant.subjectIds, grant.partnerId, JSON.stringify(grant.scopes), grant.purpose],
  );
}

/** The partner's consents: the same rows under both designs. */
export async function grantBenchConsents(client: Client): Promise<void> {
  await insertConsents(client, {
    subjectIds: userIds.filter((_, i) => consenting(i + 1)),
    partnerId: PARTNER_ID,
    scopes: ['SCORE_THRESHOLD', 'SCORE_BAND'],
    purpose: PURPOSE,
  });
}

const read = (field: string, scope: string, allowed: boolean, detail: string | null = null) =>
  JSON.stringify({
    field,
    scope,
    detail,
    outcome: allowed ? 'ALLOWED' : 'DENIED',
    denialCode: allowed ? null : 'CONSENT_REQUIRED',
    consentId: null,
  });

/**
 * Bulk-loads `count` access-log entries shaped like this very workload over the last
 * 23 hours (inside the old design's 24-hour scan), with generate_series rather than
 * through the API. `events`: one row per (request, subject) listing three fields;
 * `fields`: the design before, one row per field.
 */
async function fillAccessLog(client: Client, table: string, shape: 'events' | 'fields', count: number): Promise<void> {
  const consentingFlags = userIds.map((_, i) => consenting(i + 1));
  const batch = 250_000;
  for (let offset = 0; offset < count; offset += batch) {
    const params = [userIds, consentingFlags, PARTNER_ID, PURPOSE, offset + 1, Math.min(count, offset + batch)];
    if (shape === 'events') {
      const allowedReads = `[${[read('CreditScore.value', 'SCORE_VALUE', false), read('CreditScore.band', 'SCORE_BAND', true), read('User.scoreAtLeast', 'SCORE_THRESHOLD', true, '{"threshold":693}')].join(',')}]`;
      const deniedReads = `[${[read('CreditScore.value', 'SCORE_VALUE', false), read('CreditScore.band', 'SCORE_BAND', false), read('User.scoreAtLeast', 'SCORE_THRESHOLD', false, '{"threshold":693}')].join(',')}]`;
      await client.query(
        `INSERT INTO ${table} (id, request_id, subject_id, viewer_kind, viewer_id, staff_role, decision, purpose, reads, occurred_at)
         SELECT gen_random_uuid()::text, gen_random_uuid()::text, ($1::text[])[1 + g % ${DEMO_USERS}], 'PARTNER', $3, NULL,
           CASE WHEN ($2::boolean[])[1 + g % ${DEMO_USERS}] THEN 'ALLOWED' ELSE 'DENIED' END,
           CASE WHEN ($2::boolean[])[1 + g % ${DEMO_USERS}] THEN $4 END,
           CASE WHEN ($2::boolean[])[1 + g % ${DEMO_USERS}] THEN $7 ELSE $8 END,
           now() - (g % 82800) * interval '1 second'
         FROM generate_series($5::int, $6::int) AS g`,
        [...params, allowedReads, deniedReads],
      );
    } else {
      await client.query(
        `INSERT INTO ${table} (id, subject_id, viewer_kind, viewer_id, staff_role, scope, field, detail, decision, denial_code, purpose, consent_id, occurred_at)
         SELECT gen_random_uuid()::text, ($1::text[])[1 + (g / 3) % ${DEMO_USERS}], 'PARTNER', $3, NULL,
           (ARRAY['SCORE_VALUE', 'SCORE_BAND', 'SCORE_THRESHOLD'])[1 + g % 3],
           (ARRAY['CreditScore.value', 'CreditScore.band', 'User.scoreAtLeast'])[1 + g % 3],
           CASE WHEN g % 3 = 2 THEN '{"threshold":693}' END,
           CASE WHEN g % 3 > 0 AND ($2::boolean[])[1 + (g / 3) % ${DEMO_USERS}] THEN 'ALLOWED' ELSE 'DENIED' END,
           CASE WHEN g % 3 > 0 AND ($2::boolean[])[1 + (g / 3) % ${DEMO_USERS}] THEN NULL ELSE 'CONSENT_REQUIRED' END,
           CASE WHEN g % 3 > 0 AND ($2::boolean[])[1 + (g / 3) % ${DEMO_USERS}] THEN $4 END,
           NULL, now() - (g / 3 % 82800) * interval '1 second'
         FROM generate_series($5::int, $6::int) AS g`,
        params,
      );
    }
  }
  // settle what a bulk load leaves behind (autovacuum's pass, dirty pages) before measuring, for both designs alike
  await client.query(`VACUUM (ANALYZE) ${table}`);
  await client.query('CHECKPOINT');
}

const PARKED = 'access_log_parked';

/**
 * Builds a second access log beside the one in use, with the same columns and
 * indexes, bulk-loaded to `count` entries. `useAccessLog` then swaps the two by
 * renaming, so rounds on a small and on a large log can alternate in time and the
 * machine's other load falls on both alike.
 */
export async function prepareLargeAccessLog(client: Client, shape: 'events' | 'fields', count: number): Promise<void> {
  await client.query(`CREATE TABLE ${PARKED} (LIKE access_log_entry INCLUDING ALL)`);
  await fillAccessLog(client, PARKED, shape, count);
}

const inUse = new WeakMap<Client, 'small' | 'large'>();

export async function useAccessLog(client: Client, size: 'small' | 'large'): Promise<void> {
  if ((inUse.get(client) ?? 'small') === size) return;
  await client.query(`BEGIN; ALTER TABLE access_log_entry RENAME TO access_log_swap;
    ALTER TABLE ${PARKED} RENAME TO access_log_entry; ALTER TABLE access_log_swap RENAME TO ${PARKED}; COMMIT`);
  inUse.set(client, size);
}

export async function accessLogRows(client: Client): Promise<number> {
  const { rows } = await client.query('SELECT count(*)::int AS n FROM access_log_entry');
  return rows[0].n as number;
}
