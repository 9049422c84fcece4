import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';
import type {
  CheckingStatus,
  CreditHistoryClass,
  OtherDebtors,
  OtherInstallmentPlans,
  SavingsStatus,
} from '../../../shared/data/german-credit';

/** One consumer's credit file: balances, obligations and the class their records earn. */
@Entity({ name: 'credit_file' })
export class CreditFile {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @EnumColumn({ name: 'checking_status' })
  checkingStatus: CheckingStatus;

  @EnumColumn({ name: 'savings_status' })
  savingsStatus: SavingsStatus;

  /** Derived from the repayment records (see credit-history-class.ts), kept in step with them. */
  @EnumColumn({ name: 'credit_history' })
  creditHistory: CreditHistoryClass;

  /** Derived: the declared credits plus the open credits furnishers report (see scoring-inputs.ts). */
  @Column({ name: 'existing_credits', type: 'integer' })
  existingCredits: number;

  /** Derived: the declared plans, or a bank's where a furnisher reports an open loan (see scoring-inputs.ts). */
  @EnumColumn({ name: 'other_installment_plans' })
  otherInstallmentPlans: OtherInstallmentPlans;

  /** What the consumer's application declared (the data set's row): the base furnished accounts add to. */
  @Column({ name: 'declared_existing_credits', type: 'integer' })
  declaredExistingCredits: number;

  @EnumColumn({ name: 'declared_other_installment_plans' })
  declaredOtherInstallmentPlans: OtherInstallmentPlans;

  /** Guarantors and co-applicants: shown to the consumer, never scored. */
  @EnumColumn({ name: 'other_debtors' })
  otherDebtors: OtherDebtors;

  /** Bumped with every change of a scorecard input held here, in the same transaction; announced to scores. */
  @Column({ name: 'scoring_inputs_version', type: 'integer', default: 1 })
  scoringInputsVersion: number;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
