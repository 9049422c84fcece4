import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each receipt's partner copy, naming the subject by the partner's own id (issue 19); older receipts have none. */
export class PartnerReceiptCopy1796350000000 implements MigrationInterface {
  name = 'PartnerReceiptCopy1796350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "consent_receipt" ADD "partner_jws" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "consent_receipt" DROP COLUMN "partner_jws"');
  }
}
