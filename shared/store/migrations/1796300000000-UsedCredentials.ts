import { MigrationInterface, QueryRunner } from 'typeorm';

/** The used-credential table every subgraph's schema holds (shared/store/used-credential.ts). */
export class UsedCredentials1796300000000 implements MigrationInterface {
  name = 'UsedCredentials1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "used_credential" ("id" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0cfb30a12494c2c9cdb2bd31172" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "idx_used_credential_expires" ON "used_credential" ("expires_at") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_used_credential_expires"');
    await queryRunner.query('DROP TABLE "used_credential"');
  }
}
