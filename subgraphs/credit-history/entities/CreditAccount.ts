import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateColumn, EnumColumn } from '../../../shared/store/columns';
import type { LoanPurpose } from '../../../shared/data/german-credit';

export type AccountKind = 'CREDIT_CARD' | 'CONSUMER_LOAN' | 'UTILITY';
export type AccountStatus = 'OPEN' | 'CLOSED';

@Entity({ name: 'credit_account' })
@Index('idx_credit_account_user', ['userId', 'openedOn', 'id'])
export class CreditAccount {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @EnumColumn()
  kind: AccountKind;

  @Column({ type: 'varchar', length: 80 })
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
}
