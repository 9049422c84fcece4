import { MigrationInterface, QueryRunner } from 'typeorm';

const EVENT_TABLE =
  'CREATE TABLE "access_log_entry" ("id" character varying(36) NOT NULL, "request_id" character varying(64) NOT NULL, "subject_id" character varying(36) NOT NULL, "viewer_kind" character varying(40) NOT NULL, "viewer_id" character varying(64), "staff_role" character varying(40), "decision" character varying(40) NOT NULL, "purpose" text, "reads" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_74f816949105fc3145ad45ca8cd" PRIMARY KEY ("id"))';
const FIELD_TABLE =
  'CREATE TABLE "access_log_entry" ("id" character varying(36) NOT NULL, "subject_id" character varying(36) NOT NULL, "viewer_kind" character varying(40) NOT NULL, "viewer_id" character varying(64), "staff_role" character varying(40), "scope" character varying(40) NOT NULL, "field" character varying(120) NOT NULL, "decision" character varying(40) NOT NULL, "denial_code" character varying(40), "purpose" character varying(500), "consent_id" character varying(36), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "detail" character varying(200), CONSTRAINT "PK_74f816949105fc3145ad45ca8cd" PRIMARY KEY ("id"))';

/**
 * The access log becomes one row per read event (request, viewer, subject) listing
 * its fields, plus the threshold quota that replaces scanning the log. Existing rows
 * are carried over: the old code wrote every field of one decision batch with the
 * same instant, so rows sharing subject, viewer and instant become one event, with a
 * request id derived from its first row (`migrated:<id>`).
 */
export class AccessLogEvents1795320384254 implements MigrationInterface {
  name = 'AccessLogEvents1795320384254';

  async up(queryRunner: QueryRunner): Promise<void> {
    await setAside(queryRunner, 'access_log_field_legacy', ['idx_access_log_viewer', 'idx_access_log_subject']);
    await queryRunner.query(EVENT_TABLE);
    await queryRunner.query(`INSERT INTO "access_log_entry" ("id", "request_id", "subject_id", "viewer_kind", "viewer_id", "staff_role", "decision", "purpose", "reads", "occurred_at")
      SELECT min("id"), 'migrated:' || min("id"), "subject_id", "viewer_kind", "viewer_id", "staff_role",
        CASE WHEN bool_or("decision" = 'ALLOWED') THEN 'ALLOWED' ELSE 'DENIED' END,
        string_agg(DISTINCT "purpose", '; '),
        '[' || string_agg(json_build_object('field', "field", 'scope', "scope", 'detail', "detail", 'outcome', "decision",
          'denialCode', "denial_code", 'consentId', "consent_id")::text, ',' ORDER BY "field", "id") || ']',
        "occurred_at"
      FROM "access_log_field_legacy"
      GROUP BY "subject_id", "viewer_kind", "viewer_id", "staff_role", "occurred_at"`);
    await queryRunner.query('DROP TABLE "access_log_field_legacy"');
    await queryRunner.query(
      'CREATE INDEX "idx_access_log_subject" ON "access_log_entry" ("subject_id", "occurred_at", "id") ',
    );
    await queryRunner.query('CREATE INDEX "idx_access_log_viewer" ON "access_log_entry" ("viewer_id") ');
    await queryRunner.query('CREATE INDEX "idx_access_log_occurred" ON "access_log_entry" ("occurred_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_access_log_request_subject" ON "access_log_entry" ("request_id", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "threshold_quota" ("partner_id" character varying(36) NOT NULL, "subject_id" character varying(36) NOT NULL, "checks" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_dffbb1c3ca49f690566ee23b1a0" PRIMARY KEY ("partner_id", "subject_id"))',
    );
    await queryRunner.query('CREATE INDEX "idx_threshold_quota_expiry" ON "threshold_quota" ("expires_at") ');
  }

  /** One row per field again; the first field of an event keeps the event's id. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "threshold_quota"');
    await setAside(queryRunner, 'access_log_event_legacy', [
      'uq_access_log_request_subject',
      'idx_access_log_occurred',
      'idx_access_log_viewer',
      'idx_access_log_subject',
    ]);
    await queryRunner.query(FIELD_TABLE);
    await queryRunner.query(`INSERT INTO "access_log_entry" ("id", "subject_id", "viewer_kind", "viewer_id", "staff_role", "scope", "field", "decision", "denial_code", "purpose", "consent_id", "occurred_at", "detail")
      SELECT CASE WHEN r.n = 1 THEN e."id" ELSE gen_random_uuid()::text END, e."subject_id", e."viewer_kind", e."viewer_id", e."staff_role",
        coalesce(r.item->>'scope', 'PROFILE'), r.item->>'field', r.item->>'outcome', r.item->>'denialCode', left(e."purpose", 500),
        r.item->>'consentId', e."occurred_at", r.item->>'detail'
      FROM "access_log_event_legacy" e CROSS JOIN LATERAL json_array_elements(e."reads"::json) WITH ORDINALITY AS r(item, n)`);
    await queryRunner.query('DROP TABLE "access_log_event_legacy"');
    await queryRunner.query(
      'CREATE INDEX "idx_access_log_viewer" ON "access_log_entry" ("viewer_id", "scope", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "idx_access_log_subject" ON "access_log_entry" ("subject_id", "occurred_at", "id") ',
    );
  }
}

/** Renames the table out of the way, freeing its constraint and index names for the new one. */
async function setAside(queryRunner: QueryRunner, legacyName: string, indexes: string[]): Promise<void> {
  await queryRunner.query(`ALTER TABLE "access_log_entry" RENAME TO "${legacyName}"`);
  await queryRunner.query(
    `ALTER TABLE "${legacyName}" RENAME CONSTRAINT "PK_74f816949105fc3145ad45ca8cd" TO "PK_${legacyName}"`,
  );
  for (const index of indexes) await queryRunner.query(`DROP INDEX "${index}"`);
}
