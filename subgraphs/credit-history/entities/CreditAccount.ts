import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateColumn, EnumColumn } from '../../../shared/store/columns';
import type { LoanPurpose } from '../../../shared/data/german-credit';

export type AccountKind = 'CREDIT_CARD' | 'CONSUMER_LOAN' | 'UTILITY';
export type AccountStatus = 'OPEN' | 'CLOSED';

@Entity({ name: 'credit_account' })
@Index('idx_credit_account_user', ['userId', 'openedOn', 'id'])
// A furnisher's account is found by its own reference, one account per reference and consumer.
@Index('uq_credit_account_furnished', ['furnisherId', 'userId', 'accountReference'], {
  unique: true,
  where: 'furnisher_id IS NOT NULL',
})
export class CreditAccount {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @EnumColumn()
  kind: AccountKind;

  /** a furnisher's name (up to 120 characters) for a furnished account */
  @Column({ type: 'varchar', length: 120 })
  provider: string;

  @EnumColumn()
  status: AccountStatus;

  @DateColumn({ name: 'opened_on' })
  openedOn: string;

  @DateColumn({ name: 'closed_on', nullable: true })
  closedOn: string | null;

  /** the loan's principal or the card's limit, in whole DM (the data set's currency) */
  @Column({ name: 'amount', type: 'integer', nullable: true })
  amount: number | null;

  @Column({ name: 'duration_months', type: 'integer', nullable: true })
  durationMonths: number | null;

  @Column({ name: 'installment_rate_percent', type: 'integer', nullable: true })
  installmentRatePercent: number | null;

  @EnumColumn({ nullable: true })
  purpose: LoanPurpose | null;

  /** the loan the consumer's current application is about: its terms feed the score */
  @Column({ name: 'is_current_loan', type: 'boolean', default: false })
  isCurrentLoan: boolean;

  /** the partner that furnishes this account (reportCreditRecords, furnishing files); null when no partner does */
  @Column({ name: 'furnisher_id', type: 'varchar', length: 36, nullable: true })
  furnisherId: string | null;

  /** the furnisher's own reference for the account; null when not furnished */
  @Column({ name: 'account_reference', type: 'varchar', length: 100, nullable: true })
  accountReference: string | null;
}
