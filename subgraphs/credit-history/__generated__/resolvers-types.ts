import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CreditAccount as CreditAccountEntity } from '../entities/CreditAccount';
import type { CreditRecord as CreditRecordEntity } from '../entities/CreditRecord';
import type { Dispute as DisputeEntity } from '../entities/Dispute';
import type { FurnishingBatch as FurnishingBatchEntity } from '../entities/FurnishingBatch';
import type { ExportSubject } from '../../../shared/trust/data-export';
import type { CreditHistoryContext } from '../loaders';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date; output: Date; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AccountKind =
  | 'CONSUMER_LOAN'
  | 'CREDIT_CARD'
  | 'UTILITY';

export type AccountStatus =
  | 'CLOSED'
  | 'OPEN';

export type AddDisputeInformationInput = {
  /** The consumer's own undecided dispute. */
  id: Scalars['ID']['input'];
  /** What the consumer adds (3–2000 characters): a fact, a document's content, what changed; shown to whoever decides the dispute. */
  information: Scalars['String']['input'];
};

export type AnswerDisputeInput = {
  /** CORRECTED only: the corrected fields of the record. */
  corrected?: InputMaybe<CorrectedRecordInput>;
  id: Scalars['ID']['input'];
  /** Why: 3–2000 characters, shown to the consumer. */
  note: Scalars['String']['input'];
  outcome: FurnisherOutcome;
};

export type CheckingStatus =
  | 'AT_LEAST_200'
  | 'BELOW_200'
  | 'NEGATIVE_BALANCE'
  | 'NO_ACCOUNT';

export type ConsentScope =
  /** Credit file, accounts and payment records. */
  | 'CREDIT_HISTORY'
  /** The partner may report the consumer's accounts and payments to Credence (it furnishes records; it reads nothing). */
  | 'CREDIT_REPORTING'
  /** Name, contact details and identity-stability facts. */
  | 'PROFILE'
  /** The score's band only (e.g. GOOD), not its value. */
  | 'SCORE_BAND'
  /** The categories and reasons behind the score. */
  | 'SCORE_FACTORS'
  /** Only a yes/no answer to 'is the score at least N?'. */
  | 'SCORE_THRESHOLD'
  /** The score's value and its probability of default. */
  | 'SCORE_VALUE';

/** The fields a CORRECTED answer changes; those left out stay as they were. */
export type CorrectedRecordInput = {
  /** 1 to 1,000,000,000. */
  amountCents?: InputMaybe<Scalars['Int']['input']>;
  /** ISO date YYYY-MM-DD: when it was paid (ON_TIME on or before the due date, LATE after it). ON_TIME without it: paid on the due date. */
  paidOn?: InputMaybe<Scalars['String']['input']>;
  /** ON_TIME or LATE (a dispute never makes a record DEFAULTED). */
  status?: InputMaybe<PaymentStatus>;
};

export type CreditAccount = {
  __typename?: 'CreditAccount';
  /** Loan principal or card limit, whole DM (the data set's currency). */
  amount?: Maybe<Scalars['Int']['output']>;
  closedOn?: Maybe<Scalars['String']['output']>;
  durationMonths?: Maybe<Scalars['Int']['output']>;
  /** The partner that furnishes this account; null when no partner does. */
  furnisher?: Maybe<Partner>;
  id: Scalars['ID']['output'];
  installmentRatePercent?: Maybe<Scalars['Int']['output']>;
  /** The loan the consumer's current application is about. */
  isCurrentLoan: Scalars['Boolean']['output'];
  kind: AccountKind;
  /** ISO date, YYYY-MM-DD */
  openedOn: Scalars['String']['output'];
  provider: Scalars['String']['output'];
  purpose?: Maybe<LoanPurpose>;
  /** This account's payment records, newest due date first. */
  records: CreditRecordConnection;
  status: AccountStatus;
};


export type CreditAccountRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CreditAccountConnection = {
  __typename?: 'CreditAccountConnection';
  edges: Array<CreditAccountEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CreditAccountEdge = {
  __typename?: 'CreditAccountEdge';
  cursor: Scalars['String']['output'];
  node: CreditAccount;
};

export type CreditFile = {
  __typename?: 'CreditFile';
  checkingStatus: CheckingStatus;
  /** Earned by the payment records: the worst event on file decides. */
  creditHistory: CreditHistoryClass;
  existingCredits: Scalars['Int']['output'];
  otherInstallmentPlans: OtherInstallmentPlans;
  relationships: Relationships;
  savingsStatus: SavingsStatus;
};

export type CreditForScoring = {
  __typename?: 'CreditForScoring';
  checkingStatus: CheckingStatus;
  creditAmount: Scalars['Int']['output'];
  creditHistory: CreditHistoryClass;
  durationMonths: Scalars['Int']['output'];
  existingCredits: Scalars['Int']['output'];
  /** Bumped with every change of these inputs: scores keeps a score computed from a later version over one from an earlier. */
  inputsVersion: Scalars['Int']['output'];
  installmentRatePercent: Scalars['Int']['output'];
  /** Passed so the explanation can show it; the scorecard gives it 0 points. */
  otherDebtors: OtherDebtors;
  otherInstallmentPlans: OtherInstallmentPlans;
  purpose: LoanPurpose;
  savingsStatus: SavingsStatus;
};

export type CreditHistoryClass =
  | 'ALL_PAID_AT_THIS_BANK'
  | 'CRITICAL_ACCOUNT'
  | 'EXISTING_PAID_DULY'
  | 'NO_CREDITS_OR_ALL_PAID'
  | 'PAST_DELAYS';

export type CreditRecord = {
  __typename?: 'CreditRecord';
  account: CreditAccount;
  amountCents: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  daysLate: Scalars['Int']['output'];
  /** The record's latest dispute, undecided or decided. */
  dispute?: Maybe<Dispute>;
  /** Whether the subject has ever disputed this record; `dispute` tells where the latest dispute stands. */
  disputed: Scalars['Boolean']['output'];
  /** ISO date, YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  /** The partner that furnished the record (reportCreditRecords or a furnishing file); null when no partner did. */
  furnisher?: Maybe<Partner>;
  id: Scalars['ID']['output'];
  kind: RecordKind;
  paidOn?: Maybe<Scalars['String']['output']>;
  /**
   * When its furnisher put the record back on the file after a dispute had removed it (DELETED
   * or EXPIRED), certifying it complete and accurate (FCRA §611(a)(5)(B)); null otherwise.
   * The consumer may dispute it again.
   */
  reinstatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who reported the record: for a furnished record, the furnisher's name when it reported it. */
  source: Scalars['String']['output'];
  status: PaymentStatus;
  /**
   * When the record left the file: its furnisher deleted it, or did not answer its dispute by
   * the deadline. Null while it is on file. A record off the file is in no list and never
   * scored; its dispute still shows it.
   */
  suppressedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CreditRecordConnection = {
  __typename?: 'CreditRecordConnection';
  edges: Array<CreditRecordEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CreditRecordEdge = {
  __typename?: 'CreditRecordEdge';
  cursor: Scalars['String']['output'];
  node: CreditRecord;
};

export type DataExport = {
  __typename?: 'DataExport';
  /** Credit file, accounts, payment records and disputes. */
  creditHistory?: Maybe<Scalars['JSON']['output']>;
  subjectId: Scalars['ID']['output'];
};

/**
 * The subject's challenge of one credit record. Credence staff decide it by its deadline, 30
 * days after filing (45 once the subject added information within the 30: addDisputeInformation);
 * for a furnished record its furnisher answers it (answerDispute), and an answer missing at the
 * deadline takes the record off the file.
 */
export type Dispute = {
  __typename?: 'Dispute';
  /** What the consumer added while the dispute was undecided, oldest first: the consumer, staff and the record's furnisher only (null with FORBIDDEN for another partner). */
  addedInformation?: Maybe<Array<DisputeInformation>>;
  /** What an upheld or CORRECTED dispute changed on the record; null otherwise. */
  correction?: Maybe<RecordCorrection>;
  /**
   * filedAt + 30 days; filedAt + 45 days once the consumer added information within the
   * first 30 days (addDisputeInformation), as FCRA §611(a)(1)(B) allows. The deadline sweep
   * expires an unanswered furnished dispute at this time.
   */
  deadline: Scalars['DateTime']['output'];
  /** When information the consumer added extended the deadline to 45 days; null while it was not extended (it is, at most once). */
  deadlineExtendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The consumer's own words: the consumer, staff and the record's furnisher only, never another partner. */
  details?: Maybe<Scalars['String']['output']>;
  filedAt: Scalars['DateTime']['output'];
  /** The partner that furnished the record and answers the dispute; null when staff decide it. */
  furnisher?: Maybe<Partner>;
  id: Scalars['ID']['output'];
  /** Still undecided after its deadline. */
  overdue: Scalars['Boolean']['output'];
  reason: DisputeReason;
  record: CreditRecord;
  /** Why staff (or the furnisher) decided as they did: the consumer, staff and the record's furnisher only. */
  resolutionNote?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  status: DisputeStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type DisputeConnection = {
  __typename?: 'DisputeConnection';
  edges: Array<DisputeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DisputeCreditRecordInput = {
  /** What is wrong with the record, in the subject's words (1–2000 characters). */
  details: Scalars['String']['input'];
  reason: DisputeReason;
  recordId: Scalars['ID']['input'];
};

export type DisputeEdge = {
  __typename?: 'DisputeEdge';
  cursor: Scalars['String']['output'];
  node: Dispute;
};

/** Information the consumer added to their undecided dispute (addDisputeInformation). */
export type DisputeInformation = {
  __typename?: 'DisputeInformation';
  addedAt: Scalars['DateTime']['output'];
  /** Whether this addition extended the dispute's deadline to 45 days after filing: only the first made within the first 30 days does. */
  extendedDeadline: Scalars['Boolean']['output'];
  /** The consumer's words. */
  information: Scalars['String']['output'];
};

export type DisputeOutcome =
  | 'REJECTED'
  | 'UPHELD';

export type DisputeReason =
  /** The subject never had this account or payment. */
  | 'NOT_MINE'
  | 'OTHER'
  /** The payment was made by its due date. */
  | 'PAID_ON_TIME'
  | 'WRONG_AMOUNT'
  | 'WRONG_STATUS';

export type DisputeStatus =
  /** The furnisher corrected the record. */
  | 'CORRECTED'
  /** The furnisher deleted the record: it left the file. */
  | 'DELETED'
  /** The furnisher did not answer by the deadline: the record left the file, as an unverified record must. */
  | 'EXPIRED'
  | 'INVESTIGATING'
  /** Filed; no one has taken it up yet. */
  | 'OPEN'
  /** Decided against the subject: the record stands. */
  | 'REJECTED'
  /** Decided for the subject: the record was corrected. */
  | 'UPHELD'
  /** The furnisher checked the record and says it is right: it stands. */
  | 'VERIFIED';

/** One payment that fell due on one of the furnisher's accounts, as the furnisher reports it. */
export type FurnishedRecordInput = {
  accountKind: AccountKind;
  /** The furnisher's own reference for the account, 1–100 characters: the account is found by it, or opened. */
  accountReference: Scalars['String']['input'];
  /** 1 to 1,000,000,000. */
  amountCents: Scalars['Int']['input'];
  /**
   * Re-reporting a record a dispute removed from the file (DELETED, or EXPIRED unanswered) is
   * refused with RECORD_REMOVED_BY_DISPUTE unless this is true: the furnisher certifies the
   * record complete and accurate (FCRA §611(a)(5)(B)). The record is then put back on the file
   * and the consumer is told, in their feed, that they may dispute it again. Default false;
   * ignored for any other record.
   */
  certifiedAccurate?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO date YYYY-MM-DD, not in the future. */
  dueOn: Scalars['String']['input'];
  /** ISO date YYYY-MM-DD, not in the future; null while unpaid. ON_TIME needs it on or before dueOn, LATE after it (or null while still unpaid). */
  paidOn?: InputMaybe<Scalars['String']['input']>;
  status: PaymentStatus;
  /** The consumer, by the partner-scoped id Credence gave this partner for them (User.id as the partner reads it). */
  subjectId: Scalars['ID']['input'];
};

/** How a furnisher answers a dispute of one of its records. */
export type FurnisherOutcome =
  /** The record was wrong: give the corrected fields. */
  | 'CORRECTED'
  /** The record should not have been reported: it leaves the file. */
  | 'DELETED'
  /** The record is right: it stands and the dispute closes. */
  | 'VERIFIED';

/** A furnishing file (POST /furnishing/batches) and how far its processing went. */
export type FurnishingBatch = {
  __typename?: 'FurnishingBatch';
  accepted: Scalars['Int']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  processed: Scalars['Int']['output'];
  rejectedCount: Scalars['Int']['output'];
  /** Per-line errors, in line order (1 to 100 a page). */
  rejections: FurnishingRejectionConnection;
  status: FurnishingBatchStatus;
  stoppedReason?: Maybe<Scalars['String']['output']>;
  /** Records (lines) in the file. */
  total: Scalars['Int']['output'];
};


/** A furnishing file (POST /furnishing/batches) and how far its processing went. */
export type FurnishingBatchRejectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type FurnishingBatchStatus =
  | 'COMPLETED'
  /** Taken in full, waiting to be processed. */
  | 'PENDING'
  | 'PROCESSING'
  /** The file is still arriving; a file whose upload broke off stays here and is never processed. */
  | 'RECEIVING'
  /** Stopped before the end: see stoppedReason (the furnisher was suspended or is no longer a furnisher). */
  | 'STOPPED';

/** One record that was not taken, and why. */
export type FurnishingRejection = {
  __typename?: 'FurnishingRejection';
  /** CONSENT_REQUIRED: the consumer has not allowed this furnisher (whether or not they exist); BAD_USER_INPUT: the record is malformed (see field); RECORD_REMOVED_BY_DISPUTE: a dispute removed this record, and it was not certifiedAccurate. */
  code: Scalars['String']['output'];
  /** The malformed field, for BAD_USER_INPUT. */
  field?: Maybe<Scalars['String']['output']>;
  /** The record's position: in the call's records, or among the file's lines (both from 0). */
  index: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type FurnishingRejectionConnection = {
  __typename?: 'FurnishingRejectionConnection';
  edges: Array<FurnishingRejectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FurnishingRejectionEdge = {
  __typename?: 'FurnishingRejectionEdge';
  cursor: Scalars['String']['output'];
  node: FurnishingRejection;
};

export type FurnishingResult = {
  __typename?: 'FurnishingResult';
  /** How many records were applied. */
  accepted: Scalars['Int']['output'];
  rejected: Array<FurnishingRejection>;
};

export type LoanPurpose =
  | 'APPLIANCES'
  | 'BUSINESS'
  | 'EDUCATION'
  | 'FURNITURE'
  | 'NEW_CAR'
  | 'OTHER'
  | 'RADIO_TV'
  | 'REPAIRS'
  | 'RETRAINING'
  | 'USED_CAR'
  | 'VACATION';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The subject adds information to their own undecided (OPEN or INVESTIGATING) dispute, at most
   * 10 times. The first addition made within 30 days of filing extends the deadline to 45 days
   * after filing (FCRA §611(a)(1)(B)), once; later ones are recorded and sent on but extend
   * nothing. Whoever decides the dispute (its furnisher, by a dispute.information_added webhook
   * and disputesOfMyRecords, or staff) sees it. A decided dispute is refused with
   * DISPUTE_CLOSED; another consumer's dispute is NOT_FOUND, as an unknown id is.
   */
  addDisputeInformation: Dispute;
  /**
   * The furnisher answers an OPEN dispute of a record it furnished, once: VERIFIED keeps the
   * record, CORRECTED changes it, DELETED takes it off the file (the derived inputs and the
   * score follow). Another partner's dispute is NOT_FOUND, as an unknown id is. Refused with
   * PARTNER_SUSPENDED while the partner is suspended.
   */
  answerDispute: Dispute;
  /** The subject disputes one of their records; one undecided dispute per record. */
  disputeCreditRecord: Dispute;
  /** Internal: erases the subject's credit history; only the consent subgraph's erasure outbox calls it. */
  eraseSubjectCreditHistory: Scalars['Boolean']['output'];
  /** Internal: the gateway opens a furnishing file for the signed-in furnisher (POST /furnishing/batches). */
  openFurnishingBatch: Scalars['ID']['output'];
  /**
   * The signed-in furnisher reports up to 1,000 records. Each updates the furnisher's account
   * (found by accountReference) or opens it; the valid records are applied atomically per
   * consumer. With an Idempotency-Key header, a repeat returns the first answer and writes nothing.
   */
  reportCreditRecords: FurnishingResult;
  /** Staff (disputes or compliance role) decide a dispute; upheld corrects the record and the credit file's history class. */
  resolveDispute: Dispute;
  /** Internal: the gateway closes the file once all its lines are stored; processing starts. */
  sealFurnishingBatch: Scalars['ID']['output'];
  /** Staff (disputes or compliance role) take up an OPEN dispute. */
  startDisputeInvestigation: Dispute;
};


export type MutationAddDisputeInformationArgs = {
  input: AddDisputeInformationInput;
};


export type MutationAnswerDisputeArgs = {
  input: AnswerDisputeInput;
};


export type MutationDisputeCreditRecordArgs = {
  input: DisputeCreditRecordInput;
};


export type MutationEraseSubjectCreditHistoryArgs = {
  subjectId: Scalars['ID']['input'];
};


export type MutationReportCreditRecordsArgs = {
  input: ReportCreditRecordsInput;
};


export type MutationResolveDisputeArgs = {
  input: ResolveDisputeInput;
};


export type MutationSealFurnishingBatchArgs = {
  batchId: Scalars['ID']['input'];
  total: Scalars['Int']['input'];
};


export type MutationStartDisputeInvestigationArgs = {
  id: Scalars['ID']['input'];
};

export type OtherDebtors =
  | 'CO_APPLICANT'
  | 'GUARANTOR'
  | 'NONE';

export type OtherInstallmentPlans =
  | 'BANK'
  | 'NONE'
  | 'STORES';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A business registered with Credence; here, the one that furnished a record. */
export type Partner = {
  __typename?: 'Partner';
  id: Scalars['ID']['output'];
};

export type PaymentStatus =
  | 'DEFAULTED'
  | 'LATE'
  | 'ON_TIME';

export type Query = {
  __typename?: 'Query';
  /** One dispute: for its subject, or staff with the disputes or compliance role. */
  dispute?: Maybe<Dispute>;
  /** Undecided disputes of records nobody furnished (a furnished record's furnisher answers those), nearest deadline first (1 to 100 a page). Staff with the disputes or compliance role. */
  disputeQueue: DisputeConnection;
  /** The signed-in furnisher's disputes: those of records it furnished, most recently filed first, optionally of one status. Refused with PARTNER_SUSPENDED while the partner is suspended. */
  disputesOfMyRecords: DisputeConnection;
  /** One of the signed-in furnisher's own files; another partner's is not found. */
  furnishingBatch?: Maybe<FurnishingBatch>;
};


export type QueryDisputeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDisputeQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDisputesOfMyRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DisputeStatus>;
};


export type QueryFurnishingBatchArgs = {
  id: Scalars['ID']['input'];
};

/** The record before and after an upheld dispute. */
export type RecordCorrection = {
  __typename?: 'RecordCorrection';
  amountCents?: Maybe<Scalars['Int']['output']>;
  daysLate: Scalars['Int']['output'];
  /** ISO date, YYYY-MM-DD */
  paidOn?: Maybe<Scalars['String']['output']>;
  /** Null for corrections made before amounts could be corrected. */
  previousAmountCents?: Maybe<Scalars['Int']['output']>;
  previousDaysLate: Scalars['Int']['output'];
  previousPaidOn?: Maybe<Scalars['String']['output']>;
  previousStatus: PaymentStatus;
  status: PaymentStatus;
};

export type RecordKind =
  | 'CREDIT_CARD_REPAYMENT'
  | 'LOAN_REPAYMENT'
  | 'UTILITY_PAYMENT';

/** Guarantors and co-applicants. Credence records them because the lender did, and never scores them. */
export type Relationships = {
  __typename?: 'Relationships';
  note: Scalars['String']['output'];
  otherDebtors: OtherDebtors;
  scored: Scalars['Boolean']['output'];
};

export type ReportCreditRecordsInput = {
  /** 1 to 1,000 records. Reporting a record again (same account and due date) updates it; one a dispute removed, only with certifiedAccurate. */
  records: Array<FurnishedRecordInput>;
};

export type ResolveDisputeInput = {
  /** UPHELD only, ISO date YYYY-MM-DD: when the payment was made; ON_TIME defaults to the due date, LATE requires it. */
  correctedPaidOn?: InputMaybe<Scalars['String']['input']>;
  /** UPHELD only: ON_TIME (the default) or LATE. */
  correctedStatus?: InputMaybe<PaymentStatus>;
  id: Scalars['ID']['input'];
  /** Why: 3–2000 characters, shown to the subject. */
  note: Scalars['String']['input'];
  outcome: DisputeOutcome;
};

export type SavingsStatus =
  | 'AT_LEAST_1000'
  | 'BELOW_100'
  | 'BELOW_500'
  | 'BELOW_1000'
  | 'UNKNOWN_OR_NONE';

export type User = {
  __typename?: 'User';
  /** Credit accounts, most recently opened first. Requires consent scope CREDIT_HISTORY. */
  creditAccounts?: Maybe<CreditAccountConnection>;
  /** Balances, obligations and payment-history class as the credit file records them. Requires consent scope CREDIT_HISTORY. */
  creditFile?: Maybe<CreditFile>;
  /** The scorecard's inputs from this subgraph, read only by the scores subgraph through @requires. */
  creditForScoring?: Maybe<CreditForScoring>;
  /** Every payment record across accounts, newest due date first. Requires consent scope CREDIT_HISTORY. */
  creditRecords?: Maybe<CreditRecordConnection>;
  /** The subject's disputes, most recently filed first (1 to 100 a page). Requires consent scope CREDIT_HISTORY. */
  disputes?: Maybe<DisputeConnection>;
  id: Scalars['ID']['output'];
};


export type UserCreditAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserCreditRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserDisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  CreditAccount: CreditAccount;
  CreditRecord: CreditRecord;
  DataExport: DataExport;
  Dispute: Dispute;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CreditAccount:
    ( { __typename: 'CreditAccount' }
    & GraphQLRecursivePick<FederationTypes['CreditAccount'], {"id":true}> );
  CreditRecord:
    ( { __typename: 'CreditRecord' }
    & GraphQLRecursivePick<FederationTypes['CreditRecord'], {"id":true}> );
  DataExport:
    ( { __typename: 'DataExport' }
    & GraphQLRecursivePick<FederationTypes['DataExport'], {"subjectId":true}> );
  Dispute:
    ( { __typename: 'Dispute' }
    & GraphQLRecursivePick<FederationTypes['Dispute'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountKind: AccountKind;
  AccountStatus: AccountStatus;
  AddDisputeInformationInput: AddDisputeInformationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnswerDisputeInput: AnswerDisputeInput;
  CheckingStatus: CheckingStatus;
  ConsentScope: ConsentScope;
  CorrectedRecordInput: CorrectedRecordInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreditAccount: ResolverTypeWrapper<CreditAccountEntity>;
  CreditAccountConnection: ResolverTypeWrapper<Omit<CreditAccountConnection, 'edges'> & { edges: Array<ResolversTypes['CreditAccountEdge']> }>;
  CreditAccountEdge: ResolverTypeWrapper<Omit<CreditAccountEdge, 'node'> & { node: ResolversTypes['CreditAccount'] }>;
  CreditFile: ResolverTypeWrapper<CreditFile>;
  CreditForScoring: ResolverTypeWrapper<CreditForScoring>;
  CreditHistoryClass: CreditHistoryClass;
  CreditRecord: ResolverTypeWrapper<CreditRecordEntity>;
  CreditRecordConnection: ResolverTypeWrapper<Omit<CreditRecordConnection, 'edges'> & { edges: Array<ResolversTypes['CreditRecordEdge']> }>;
  CreditRecordEdge: ResolverTypeWrapper<Omit<CreditRecordEdge, 'node'> & { node: ResolversTypes['CreditRecord'] }>;
  DataExport: ResolverTypeWrapper<ExportSubject>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Dispute: ResolverTypeWrapper<DisputeEntity>;
  DisputeConnection: ResolverTypeWrapper<Omit<DisputeConnection, 'edges'> & { edges: Array<ResolversTypes['DisputeEdge']> }>;
  DisputeCreditRecordInput: DisputeCreditRecordInput;
  DisputeEdge: ResolverTypeWrapper<Omit<DisputeEdge, 'node'> & { node: ResolversTypes['Dispute'] }>;
  DisputeInformation: ResolverTypeWrapper<DisputeInformation>;
  DisputeOutcome: DisputeOutcome;
  DisputeReason: DisputeReason;
  DisputeStatus: DisputeStatus;
  FurnishedRecordInput: FurnishedRecordInput;
  FurnisherOutcome: FurnisherOutcome;
  FurnishingBatch: ResolverTypeWrapper<FurnishingBatchEntity>;
  FurnishingBatchStatus: FurnishingBatchStatus;
  FurnishingRejection: ResolverTypeWrapper<FurnishingRejection>;
  FurnishingRejectionConnection: ResolverTypeWrapper<FurnishingRejectionConnection>;
  FurnishingRejectionEdge: ResolverTypeWrapper<FurnishingRejectionEdge>;
  FurnishingResult: ResolverTypeWrapper<FurnishingResult>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LoanPurpose: LoanPurpose;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OtherDebtors: OtherDebtors;
  OtherInstallmentPlans: OtherInstallmentPlans;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<Partner>;
  PaymentStatus: PaymentStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCorrection: ResolverTypeWrapper<RecordCorrection>;
  RecordKind: RecordKind;
  Relationships: ResolverTypeWrapper<Relationships>;
  ReportCreditRecordsInput: ReportCreditRecordsInput;
  ResolveDisputeInput: ResolveDisputeInput;
  SavingsStatus: SavingsStatus;
  User: ResolverTypeWrapper<{ id: string }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddDisputeInformationInput: AddDisputeInformationInput;
  ID: Scalars['ID']['output'];
  AnswerDisputeInput: AnswerDisputeInput;
  CorrectedRecordInput: CorrectedRecordInput;
  Int: Scalars['Int']['output'];
  CreditAccount: CreditAccountEntity;
  CreditAccountConnection: Omit<CreditAccountConnection, 'edges'> & { edges: Array<ResolversParentTypes['CreditAccountEdge']> };
  CreditAccountEdge: Omit<CreditAccountEdge, 'node'> & { node: ResolversParentTypes['CreditAccount'] };
  CreditFile: CreditFile;
  CreditForScoring: CreditForScoring;
  CreditRecord: CreditRecordEntity;
  CreditRecordConnection: Omit<CreditRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['CreditRecordEdge']> };
  CreditRecordEdge: Omit<CreditRecordEdge, 'node'> & { node: ResolversParentTypes['CreditRecord'] };
  DataExport: ExportSubject;
  DateTime: Scalars['DateTime']['output'];
  Dispute: DisputeEntity;
  DisputeConnection: Omit<DisputeConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisputeEdge']> };
  DisputeCreditRecordInput: DisputeCreditRecordInput;
  DisputeEdge: Omit<DisputeEdge, 'node'> & { node: ResolversParentTypes['Dispute'] };
  DisputeInformation: DisputeInformation;
  FurnishedRecordInput: FurnishedRecordInput;
  FurnishingBatch: FurnishingBatchEntity;
  FurnishingRejection: FurnishingRejection;
  FurnishingRejectionConnection: FurnishingRejectionConnection;
  FurnishingRejectionEdge: FurnishingRejectionEdge;
  FurnishingResult: FurnishingResult;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Partner: Partner;
  Query: Record<PropertyKey, never>;
  RecordCorrection: RecordCorrection;
  Relationships: Relationships;
  ReportCreditRecordsInput: ReportCreditRecordsInput;
  ResolveDisputeInput: ResolveDisputeInput;
  User: { id: string };
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type PartnerScopedIdDirectiveArgs = { };

export type PartnerScopedIdDirectiveResolver<Result, Parent, ContextType = CreditHistoryContext, Args = PartnerScopedIdDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresConsentDirectiveArgs = {
  noun?: Maybe<Scalars['String']['input']>;
  scope: ConsentScope;
};

export type RequiresConsentDirectiveResolver<Result, Parent, ContextType = CreditHistoryContext, Args = RequiresConsentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresViewerDirectiveArgs = {
  kinds: Array<Scalars['String']['input']>;
  live?: Maybe<Scalars['Boolean']['input']>;
  reason?: Maybe<Scalars['Boolean']['input']>;
  refusal: Scalars['String']['input'];
  roles?: Maybe<Array<Scalars['String']['input']>>;
  self?: Maybe<Scalars['Boolean']['input']>;
  signIn?: Maybe<Scalars['String']['input']>;
};

export type RequiresViewerDirectiveResolver<Result, Parent, ContextType = CreditHistoryContext, Args = RequiresViewerDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CreditAccountResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['CreditAccount'] = ResolversParentTypes['CreditAccount'], FederationReferenceType extends FederationReferenceTypes['CreditAccount'] = FederationReferenceTypes['CreditAccount']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CreditAccount']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  furnisher?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installmentRatePercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isCurrentLoan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AccountKind'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['LoanPurpose']>, ParentType, ContextType>;
  records?: Resolver<ResolversTypes['CreditRecordConnection'], ParentType, ContextType, RequireFields<CreditAccountRecordsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['AccountStatus'], ParentType, ContextType>;
};

export type CreditAccountConnectionResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['CreditAccountConnection'] = ResolversParentTypes['CreditAccountConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CreditAccountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreditAccountEdgeResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['CreditAccountEdge'] = ResolversParentTypes['CreditAccountEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditAccount'], ParentType, ContextType>;
};

export type CreditFileResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['CreditFile'] = ResolversParentTypes['CreditFile']> = {
  checkingStatus?: Resolver<ResolversTypes['CheckingStatus'], ParentType, ContextType>;
  creditHistory?: Resolver<ResolversTypes['CreditHistoryClass'], ParentType, ContextType>;
  existingCredits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  otherInstallmentPlans?: Resolver<ResolversTypes['OtherInstallmentPlans'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Relationships'], ParentType, ContextType>;
  savingsStatus?: Resolver<ResolversTypes['SavingsStatus'], ParentType, ContextType>;
};

export type CreditForScoringResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['CreditForScoring'] = ResolversParentTypes['CreditForScoring']> = {
  checkingStatus?: Resolver<ResolversTypes['CheckingStatus'], ParentType, ContextType>;
  creditAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  creditHistory?: Resolver<ResolversTypes['CreditHistoryClass'], ParentType, ContextType>;
  durationMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  existingCredits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inputsVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  installmentRatePercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  otherDebtors?: Resolver<ResolversTypes['OtherDebtors'], ParentType, ContextType>;
  otherInstallmentPlans?: Resolver<ResolversTypes['OtherInstallmentPlans'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['LoanPurpose'], ParentType, ContextType>;
  savingsStatus?: Resolver<ResolversTypes['SavingsStatus'], ParentType, ContextType>;
};

export type CreditRecordResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['CreditRecord'] = ResolversParentTypes['CreditRecord'], FederationReferenceType extends FederationReferenceTypes['CreditRecord'] = FederationReferenceTypes['CreditRecord']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CreditRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['CreditAccount'], ParentType, ContextType>;
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  daysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  furnisher?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RecordKind'], ParentType, ContextType>;
  paidOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reinstatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  suppressedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CreditRecordConnectionResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['CreditRecordConnection'] = ResolversParentTypes['CreditRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CreditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreditRecordEdgeResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['CreditRecordEdge'] = ResolversParentTypes['CreditRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditRecord'], ParentType, ContextType>;
};

export type DataExportResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport'], FederationReferenceType extends FederationReferenceTypes['DataExport'] = FederationReferenceTypes['DataExport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  creditHistory?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisputeResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['Dispute'] = ResolversParentTypes['Dispute'], FederationReferenceType extends FederationReferenceTypes['Dispute'] = FederationReferenceTypes['Dispute']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dispute']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addedInformation?: Resolver<Maybe<Array<ResolversTypes['DisputeInformation']>>, ParentType, ContextType>;
  correction?: Resolver<Maybe<ResolversTypes['RecordCorrection']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadlineExtendedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  furnisher?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['DisputeReason'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['CreditRecord'], ParentType, ContextType>;
  resolutionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type DisputeConnectionResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['DisputeConnection'] = ResolversParentTypes['DisputeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DisputeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisputeEdgeResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['DisputeEdge'] = ResolversParentTypes['DisputeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType>;
};

export type DisputeInformationResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['DisputeInformation'] = ResolversParentTypes['DisputeInformation']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  extendedDeadline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  information?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FurnishingBatchResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['FurnishingBatch'] = ResolversParentTypes['FurnishingBatch']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejections?: Resolver<ResolversTypes['FurnishingRejectionConnection'], ParentType, ContextType, RequireFields<FurnishingBatchRejectionsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['FurnishingBatchStatus'], ParentType, ContextType>;
  stoppedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FurnishingRejectionResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['FurnishingRejection'] = ResolversParentTypes['FurnishingRejection']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FurnishingRejectionConnectionResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['FurnishingRejectionConnection'] = ResolversParentTypes['FurnishingRejectionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FurnishingRejectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FurnishingRejectionEdgeResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['FurnishingRejectionEdge'] = ResolversParentTypes['FurnishingRejectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FurnishingRejection'], ParentType, ContextType>;
};

export type FurnishingResultResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['FurnishingResult'] = ResolversParentTypes['FurnishingResult']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['FurnishingRejection']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addDisputeInformation?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationAddDisputeInformationArgs, 'input'>>;
  answerDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationAnswerDisputeArgs, 'input'>>;
  disputeCreditRecord?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationDisputeCreditRecordArgs, 'input'>>;
  eraseSubjectCreditHistory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationEraseSubjectCreditHistoryArgs, 'subjectId'>>;
  openFurnishingBatch?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reportCreditRecords?: Resolver<ResolversTypes['FurnishingResult'], ParentType, ContextType, RequireFields<MutationReportCreditRecordsArgs, 'input'>>;
  resolveDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationResolveDisputeArgs, 'input'>>;
  sealFurnishingBatch?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationSealFurnishingBatchArgs, 'batchId' | 'total'>>;
  startDisputeInvestigation?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationStartDisputeInvestigationArgs, 'id'>>;
};

export type PageInfoResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  dispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<QueryDisputeArgs, 'id'>>;
  disputeQueue?: Resolver<ResolversTypes['DisputeConnection'], ParentType, ContextType, RequireFields<QueryDisputeQueueArgs, 'first'>>;
  disputesOfMyRecords?: Resolver<ResolversTypes['DisputeConnection'], ParentType, ContextType, RequireFields<QueryDisputesOfMyRecordsArgs, 'first'>>;
  furnishingBatch?: Resolver<Maybe<ResolversTypes['FurnishingBatch']>, ParentType, ContextType, RequireFields<QueryFurnishingBatchArgs, 'id'>>;
};

export type RecordCorrectionResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['RecordCorrection'] = ResolversParentTypes['RecordCorrection']> = {
  amountCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  daysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousAmountCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousDaysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousPaidOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousStatus?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
};

export type RelationshipsResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['Relationships'] = ResolversParentTypes['Relationships']> = {
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherDebtors?: Resolver<ResolversTypes['OtherDebtors'], ParentType, ContextType>;
  scored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = CreditHistoryContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  creditAccounts?: Resolver<Maybe<ResolversTypes['CreditAccountConnection']>, ParentType, ContextType, RequireFields<UserCreditAccountsArgs, 'first'>>;
  creditFile?: Resolver<Maybe<ResolversTypes['CreditFile']>, ParentType, ContextType>;
  creditForScoring?: Resolver<Maybe<ResolversTypes['CreditForScoring']>, ParentType, ContextType>;
  creditRecords?: Resolver<Maybe<ResolversTypes['CreditRecordConnection']>, ParentType, ContextType, RequireFields<UserCreditRecordsArgs, 'first'>>;
  disputes?: Resolver<Maybe<ResolversTypes['DisputeConnection']>, ParentType, ContextType, RequireFields<UserDisputesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CreditHistoryContext> = {
  CreditAccount?: CreditAccountResolvers<ContextType>;
  CreditAccountConnection?: CreditAccountConnectionResolvers<ContextType>;
  CreditAccountEdge?: CreditAccountEdgeResolvers<ContextType>;
  CreditFile?: CreditFileResolvers<ContextType>;
  CreditForScoring?: CreditForScoringResolvers<ContextType>;
  CreditRecord?: CreditRecordResolvers<ContextType>;
  CreditRecordConnection?: CreditRecordConnectionResolvers<ContextType>;
  CreditRecordEdge?: CreditRecordEdgeResolvers<ContextType>;
  DataExport?: DataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Dispute?: DisputeResolvers<ContextType>;
  DisputeConnection?: DisputeConnectionResolvers<ContextType>;
  DisputeEdge?: DisputeEdgeResolvers<ContextType>;
  DisputeInformation?: DisputeInformationResolvers<ContextType>;
  FurnishingBatch?: FurnishingBatchResolvers<ContextType>;
  FurnishingRejection?: FurnishingRejectionResolvers<ContextType>;
  FurnishingRejectionConnection?: FurnishingRejectionConnectionResolvers<ContextType>;
  FurnishingRejectionEdge?: FurnishingRejectionEdgeResolvers<ContextType>;
  FurnishingResult?: FurnishingResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordCorrection?: RecordCorrectionResolvers<ContextType>;
  Relationships?: RelationshipsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = CreditHistoryContext> = {
  partnerScopedId?: PartnerScopedIdDirectiveResolver<any, any, ContextType>;
  requiresConsent?: RequiresConsentDirectiveResolver<any, any, ContextType>;
  requiresViewer?: RequiresViewerDirectiveResolver<any, any, ContextType>;
};
