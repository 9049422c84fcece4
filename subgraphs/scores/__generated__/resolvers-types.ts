import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ScoredUser, ScoreOf } from '../model/user-score';
import type { ScoreSnapshot as ScoreSnapshotEntity } from '../entities/ScoreSnapshot';
import type { ScoreReview as ScoreReviewEntity } from '../entities/ScoreReview';
import type { ExportSubject } from '../../../shared/trust/data-export';
import type { ScoresContext } from '../loaders';
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

export type CreditForScoring = {
  __typename?: 'CreditForScoring';
  checkingStatus: CheckingStatus;
  creditAmount: Scalars['Int']['output'];
  creditHistory: CreditHistoryClass;
  durationMonths: Scalars['Int']['output'];
  existingCredits: Scalars['Int']['output'];
  installmentRatePercent: Scalars['Int']['output'];
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

export type CreditScore = {
  __typename?: 'CreditScore';
  /** Requires consent scope SCORE_BAND. */
  band?: Maybe<ScoreBand>;
  /** Points per category; they add up to the value. Relationships are always 0. Requires consent scope SCORE_FACTORS. */
  categories?: Maybe<Array<ScoreCategoryPoints>>;
  /** When a score with these inputs and this model was first computed: how old the score is. Requires consent scope SCORE_VALUE: it tells when the inputs last changed. */
  computedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Earlier scores, newest first: one entry per change of inputs or model. Requires consent scope SCORE_VALUE. */
  history?: Maybe<Array<ScoreSnapshot>>;
  /** The scorecard that computed this score; during a model upgrade, the previous one until this consumer is recomputed. Requires consent scope SCORE_VALUE: it tells that a score exists. */
  modelVersion?: Maybe<Scalars['String']['output']>;
  /** The probability of default this score corresponds to (0–1). Requires consent scope SCORE_VALUE. */
  probabilityOfDefault?: Maybe<Scalars['Float']['output']>;
  /** At most four reasons, the largest point losses first, each something the consumer can act on. Requires consent scope SCORE_FACTORS. */
  reasons?: Maybe<Array<ScoreReason>>;
  /** On a 350–950 scale; higher means lower risk. Requires consent scope SCORE_VALUE. */
  value?: Maybe<Scalars['Int']['output']>;
};


export type CreditScoreHistoryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type DataExport = {
  __typename?: 'DataExport';
  /** The score in force, with the inputs it was computed from and their versions. */
  currentScore?: Maybe<Scalars['JSON']['output']>;
  /** Every review of the score the consumer asked for, with the score reviewed and the answer. */
  scoreReviews?: Maybe<Scalars['JSON']['output']>;
  /** Every stored score snapshot. */
  scores?: Maybe<Scalars['JSON']['output']>;
  subjectId: Scalars['ID']['output'];
};

export type EmploymentSince =
  | 'AT_LEAST_7_YEARS'
  | 'BELOW_1_YEAR'
  | 'FOUR_TO_7_YEARS'
  | 'ONE_TO_4_YEARS'
  | 'UNEMPLOYED';

export type Housing =
  | 'FOR_FREE'
  | 'OWN'
  | 'RENT';

export type Job =
  | 'HIGHLY_QUALIFIED'
  | 'SKILLED'
  | 'UNSKILLED_NON_RESIDENT'
  | 'UNSKILLED_RESIDENT';

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
  /** Internal: erases the subject's score, score history and score reviews; only the consent subgraph's erasure outbox calls it. */
  eraseSubjectScores: Scalars['Boolean']['output'];
  /**
   * Internal: the owners of scorecard inputs (credit-history, users) announce changes through their outboxes; the scores
   * are recomputed from the inputs as they stand now and stored unless newer ones are held. Idempotent.
   */
  recomputeScores: Scalars['Boolean']['output'];
  /**
   * The signed-in consumer asks a person to review their automated score (GDPR Art. 22) and states their view.
   * The score is kept as it stands now, with its inputs; staff answer within 30 days. One open review at a time.
   */
  requestScoreReview: ScoreReview;
  /** Staff (disputes or compliance role) answer an open review; the consumer sees the outcome and the note. */
  resolveScoreReview: ScoreReview;
};


export type MutationEraseSubjectScoresArgs = {
  subjectId: Scalars['ID']['input'];
};


export type MutationRecomputeScoresArgs = {
  changes: Array<ScoringInputsChange>;
};


export type MutationRequestScoreReviewArgs = {
  statement: Scalars['String']['input'];
};


export type MutationResolveScoreReviewArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  outcome: ScoreReviewOutcome;
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

export type PropertyKind =
  | 'CAR_OR_OTHER'
  | 'NONE_KNOWN'
  | 'REAL_ESTATE'
  | 'SAVINGS_AGREEMENT_OR_LIFE_INSURANCE';

export type Query = {
  __typename?: 'Query';
  /** Open score reviews, nearest deadline first (1 to 100 a page). Staff with the disputes or compliance role; the reviewed scores need x-access-reason. */
  scoreReviewQueue: ScoreReviewConnection;
  scoreScale: ScoreScale;
};


export type QueryScoreReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A score kept for review. Each read is decided and logged like a read of the live score. */
export type ReviewedScore = {
  __typename?: 'ReviewedScore';
  /** Requires consent scope SCORE_BAND. */
  band?: Maybe<ScoreBand>;
  /** Points per category. Requires consent scope SCORE_FACTORS. */
  categories?: Maybe<Array<ScoreCategoryPoints>>;
  /** When a score with these inputs and this model was first computed. */
  computedAt: Scalars['DateTime']['output'];
  /** Each characteristic the score was computed from, with the points it earned. Requires consent scope SCORE_FACTORS. */
  inputs?: Maybe<Array<ScoreInput>>;
  modelVersion: Scalars['String']['output'];
  /** Requires consent scope SCORE_VALUE. */
  probabilityOfDefault?: Maybe<Scalars['Float']['output']>;
  /** The reasons the consumer was given. Requires consent scope SCORE_FACTORS. */
  reasons?: Maybe<Array<ScoreReason>>;
  /** Requires consent scope SCORE_VALUE. */
  value?: Maybe<Scalars['Int']['output']>;
};

export type SavingsStatus =
  | 'AT_LEAST_1000'
  | 'BELOW_100'
  | 'BELOW_500'
  | 'BELOW_1000'
  | 'UNKNOWN_OR_NONE';

export type ScoreBand =
  | 'EXCELLENT'
  | 'FAIR'
  | 'GOOD'
  | 'POOR'
  | 'VERY_GOOD';

/** One band and the scores it covers, min and max included. */
export type ScoreBandRange = {
  __typename?: 'ScoreBandRange';
  band: ScoreBand;
  max: Scalars['Int']['output'];
  min: Scalars['Int']['output'];
};

export type ScoreCategory =
  | 'ACCOUNT_BEHAVIOUR'
  | 'CAPACITY'
  | 'IDENTITY_STABILITY'
  | 'PAYMENT_HISTORY'
  | 'RELATIONSHIPS';

export type ScoreCategoryPoints = {
  __typename?: 'ScoreCategoryPoints';
  category: ScoreCategory;
  explanation: Scalars['String']['output'];
  /** The most this category can contribute. */
  maxPoints: Scalars['Int']['output'];
  points: Scalars['Int']['output'];
  /** False for relationships: Credence never scores them. */
  scored: Scalars['Boolean']['output'];
};

/** One characteristic a score was computed from: the consumer's value, the scorecard's bin for it and the points it earned. */
export type ScoreInput = {
  __typename?: 'ScoreInput';
  /** The scorecard bin the value fell in. */
  bin: Scalars['String']['output'];
  category: ScoreCategory;
  /** The scorecard characteristic, e.g. checkingStatus. */
  characteristic: Scalars['String']['output'];
  /** The most this characteristic can earn; relationships are always 0. */
  maxPoints: Scalars['Int']['output'];
  points: Scalars['Int']['output'];
  /** The consumer's value: an enum name, a number or true/false, as text. */
  value: Scalars['String']['output'];
};

export type ScoreReason = {
  __typename?: 'ScoreReason';
  category: ScoreCategory;
  /** The scorecard characteristic behind the reason, e.g. checkingStatus. */
  characteristic: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** Points below the best value of this characteristic. */
  pointsLost: Scalars['Int']['output'];
  /** A plain sentence the consumer can act on. */
  sentence: Scalars['String']['output'];
};

/** A consumer's request that a person review their automated score (GDPR Art. 22). Credence must answer by its deadline, 30 days after the request. */
export type ScoreReview = {
  __typename?: 'ScoreReview';
  /** requestedAt + 30 days. */
  deadline: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The reviewer's answer to the consumer. */
  note?: Maybe<Scalars['String']['output']>;
  outcome?: Maybe<ScoreReviewOutcome>;
  /** Still open after its deadline. */
  overdue: Scalars['Boolean']['output'];
  requestedAt: Scalars['DateTime']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The score as it stood when the review was asked for, with what it was computed from: what the reviewer examines. */
  reviewedScore: ReviewedScore;
  /** The consumer's view, in their own words: the consumer and staff only. */
  statement: Scalars['String']['output'];
  status: ScoreReviewStatus;
  /** Whose score it is. */
  subject: User;
};

export type ScoreReviewConnection = {
  __typename?: 'ScoreReviewConnection';
  edges: Array<ScoreReviewEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ScoreReviewEdge = {
  __typename?: 'ScoreReviewEdge';
  cursor: Scalars['String']['output'];
  node: ScoreReview;
};

export type ScoreReviewOutcome =
  /** A person checked the score against the consumer's data, the model and their statement: it stands. */
  | 'CONFIRMED'
  /** The score should not be relied on as computed: the note says why and what follows (e.g. a record to correct through a dispute). */
  | 'NOT_CONFIRMED';

export type ScoreReviewStatus =
  /** Asked for; no one has answered yet. */
  | 'OPEN'
  | 'RESOLVED';

/** The score scale: what a score means before anyone's score is read. */
export type ScoreScale = {
  __typename?: 'ScoreScale';
  /** The bands from lowest to highest, each with the scores it covers. */
  bands: Array<ScoreBandRange>;
  /** The lowest score at which the expected cost of lending is lower than that of refusing: the scorecard's approval point (the lowest score of GOOD). */
  cutOff: Scalars['Int']['output'];
  /** The probability of default (0–1) the cut-off stands for: at or above it, at most this share of people do not repay as agreed. */
  cutOffProbabilityOfDefault: Scalars['Float']['output'];
  /** The highest score on the scale. */
  max: Scalars['Int']['output'];
  /** The lowest score on the scale. */
  min: Scalars['Int']['output'];
};

/** Characteristics to change for a what-if; anything left out keeps its current value. Relationships cannot be set: they are never scored. */
export type ScoreScenario = {
  checkingStatus?: InputMaybe<CheckingStatus>;
  creditAmount?: InputMaybe<Scalars['Int']['input']>;
  creditHistory?: InputMaybe<CreditHistoryClass>;
  dependents?: InputMaybe<Scalars['Int']['input']>;
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  employmentSince?: InputMaybe<EmploymentSince>;
  existingCredits?: InputMaybe<Scalars['Int']['input']>;
  hasTelephone?: InputMaybe<Scalars['Boolean']['input']>;
  housing?: InputMaybe<Housing>;
  installmentRatePercent?: InputMaybe<Scalars['Int']['input']>;
  job?: InputMaybe<Job>;
  otherInstallmentPlans?: InputMaybe<OtherInstallmentPlans>;
  property?: InputMaybe<PropertyKind>;
  purpose?: InputMaybe<LoanPurpose>;
  residenceYears?: InputMaybe<Scalars['Int']['input']>;
  savingsStatus?: InputMaybe<SavingsStatus>;
};

export type ScoreSimulation = {
  __typename?: 'ScoreSimulation';
  categories: Array<ScoreCategoryPoints>;
  /** projectedValue - currentValue */
  change: Scalars['Int']['output'];
  /** The characteristics the scenario changed. */
  changed: Array<Scalars['String']['output']>;
  currentValue: Scalars['Int']['output'];
  projectedBand: ScoreBand;
  projectedProbabilityOfDefault: Scalars['Float']['output'];
  projectedValue: Scalars['Int']['output'];
  reasons: Array<ScoreReason>;
};

export type ScoreSnapshot = {
  __typename?: 'ScoreSnapshot';
  band: ScoreBand;
  computedAt: Scalars['DateTime']['output'];
  modelVersion: Scalars['String']['output'];
  value: Scalars['Int']['output'];
};

/** A change of one consumer's scorecard inputs: the owner's version of them once it committed. */
export type ScoringInputsChange = {
  source: ScoringInputsSource;
  subjectId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Whose scorecard inputs an owner announces. */
export type ScoringInputsSource =
  /** the credit file (credit-history) */
  | 'CREDIT_FILE'
  /** the stability facts of the profile (users) */
  | 'PROFILE';

export type StabilityForScoring = {
  __typename?: 'StabilityForScoring';
  dependents: Scalars['Int']['output'];
  employmentSince: EmploymentSince;
  hasTelephone: Scalars['Boolean']['output'];
  housing: Housing;
  job: Job;
  property: PropertyKind;
  residenceYears: Scalars['Int']['output'];
};

export type User = {
  __typename?: 'User';
  creditForScoring?: Maybe<CreditForScoring>;
  /**
   * The consumer's credit score as stored: recomputed whenever their credit file or profile changes (and when the
   * model changes), never on read; computedAt says when. Its fields are null when Credence holds no credit file for them.
   */
  creditScore?: Maybe<CreditScore>;
  id: Scalars['ID']['output'];
  /** Whether the score is at least the threshold (350–950): a yes/no answer and nothing more. Requires consent scope SCORE_THRESHOLD. */
  scoreAtLeast?: Maybe<Scalars['Boolean']['output']>;
  /** The consumer's requests for a human review of their score, newest first (1 to 100 a page): the consumer and staff with the disputes or compliance role only. */
  scoreReviews?: Maybe<ScoreReviewConnection>;
  /** What if: the consumer's own score with some characteristics changed. The consumer only; nothing is stored. */
  scoreSimulation?: Maybe<ScoreSimulation>;
  stabilityForScoring?: Maybe<StabilityForScoring>;
};


export type UserScoreAtLeastArgs = {
  threshold: Scalars['Int']['input'];
};


export type UserScoreReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserScoreSimulationArgs = {
  scenario: ScoreScenario;
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
  DataExport: DataExport;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  DataExport:
    ( { __typename: 'DataExport' }
    & GraphQLRecursivePick<FederationTypes['DataExport'], {"subjectId":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['User'], {"creditForScoring":{"checkingStatus":true,"savingsStatus":true,"creditHistory":true,"durationMonths":true,"creditAmount":true,"installmentRatePercent":true,"purpose":true,"existingCredits":true,"otherInstallmentPlans":true,"otherDebtors":true},"stabilityForScoring":{"employmentSince":true,"residenceYears":true,"property":true,"housing":true,"job":true,"dependents":true,"hasTelephone":true}}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CheckingStatus: CheckingStatus;
  ConsentScope: ConsentScope;
  CreditForScoring: ResolverTypeWrapper<CreditForScoring>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreditHistoryClass: CreditHistoryClass;
  CreditScore: ResolverTypeWrapper<ScoreOf>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DataExport: ResolverTypeWrapper<ExportSubject>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmploymentSince: EmploymentSince;
  Housing: Housing;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Job: Job;
  LoanPurpose: LoanPurpose;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OtherDebtors: OtherDebtors;
  OtherInstallmentPlans: OtherInstallmentPlans;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PropertyKind: PropertyKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReviewedScore: ResolverTypeWrapper<ScoreReviewEntity>;
  SavingsStatus: SavingsStatus;
  ScoreBand: ScoreBand;
  ScoreBandRange: ResolverTypeWrapper<ScoreBandRange>;
  ScoreCategory: ScoreCategory;
  ScoreCategoryPoints: ResolverTypeWrapper<ScoreCategoryPoints>;
  ScoreInput: ResolverTypeWrapper<ScoreInput>;
  ScoreReason: ResolverTypeWrapper<ScoreReason>;
  ScoreReview: ResolverTypeWrapper<ScoreReviewEntity>;
  ScoreReviewConnection: ResolverTypeWrapper<Omit<ScoreReviewConnection, 'edges'> & { edges: Array<ResolversTypes['ScoreReviewEdge']> }>;
  ScoreReviewEdge: ResolverTypeWrapper<Omit<ScoreReviewEdge, 'node'> & { node: ResolversTypes['ScoreReview'] }>;
  ScoreReviewOutcome: ScoreReviewOutcome;
  ScoreReviewStatus: ScoreReviewStatus;
  ScoreScale: ResolverTypeWrapper<ScoreScale>;
  ScoreScenario: ScoreScenario;
  ScoreSimulation: ResolverTypeWrapper<ScoreSimulation>;
  ScoreSnapshot: ResolverTypeWrapper<ScoreSnapshotEntity>;
  ScoringInputsChange: ScoringInputsChange;
  ScoringInputsSource: ScoringInputsSource;
  StabilityForScoring: ResolverTypeWrapper<StabilityForScoring>;
  User: ResolverTypeWrapper<ScoredUser>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreditForScoring: CreditForScoring;
  Int: Scalars['Int']['output'];
  CreditScore: ScoreOf;
  Float: Scalars['Float']['output'];
  DataExport: ExportSubject;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReviewedScore: ScoreReviewEntity;
  ScoreBandRange: ScoreBandRange;
  ScoreCategoryPoints: ScoreCategoryPoints;
  ScoreInput: ScoreInput;
  ScoreReason: ScoreReason;
  ScoreReview: ScoreReviewEntity;
  ScoreReviewConnection: Omit<ScoreReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['ScoreReviewEdge']> };
  ScoreReviewEdge: Omit<ScoreReviewEdge, 'node'> & { node: ResolversParentTypes['ScoreReview'] };
  ScoreScale: ScoreScale;
  ScoreScenario: ScoreScenario;
  ScoreSimulation: ScoreSimulation;
  ScoreSnapshot: ScoreSnapshotEntity;
  ScoringInputsChange: ScoringInputsChange;
  StabilityForScoring: StabilityForScoring;
  User: ScoredUser;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type RequiresConsentDirectiveArgs = {
  noun?: Maybe<Scalars['String']['input']>;
  scope: ConsentScope;
};

export type RequiresConsentDirectiveResolver<Result, Parent, ContextType = ScoresContext, Args = RequiresConsentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresViewerDirectiveArgs = {
  kinds: Array<Scalars['String']['input']>;
  live?: Maybe<Scalars['Boolean']['input']>;
  reason?: Maybe<Scalars['Boolean']['input']>;
  refusal: Scalars['String']['input'];
  roles?: Maybe<Array<Scalars['String']['input']>>;
  self?: Maybe<Scalars['Boolean']['input']>;
  signIn?: Maybe<Scalars['String']['input']>;
};

export type RequiresViewerDirectiveResolver<Result, Parent, ContextType = ScoresContext, Args = RequiresViewerDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CreditScoreResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['CreditScore'] = ResolversParentTypes['CreditScore']> = {
  band?: Resolver<Maybe<ResolversTypes['ScoreBand']>, ParentType, ContextType>;
  categories?: Resolver<Maybe<Array<ResolversTypes['ScoreCategoryPoints']>>, ParentType, ContextType>;
  computedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ScoreSnapshot']>>, ParentType, ContextType, RequireFields<CreditScoreHistoryArgs, 'limit'>>;
  modelVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  probabilityOfDefault?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reasons?: Resolver<Maybe<Array<ResolversTypes['ScoreReason']>>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DataExportResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport'], FederationReferenceType extends FederationReferenceTypes['DataExport'] = FederationReferenceTypes['DataExport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  currentScore?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  scoreReviews?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  scores?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  eraseSubjectScores?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationEraseSubjectScoresArgs, 'subjectId'>>;
  recomputeScores?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecomputeScoresArgs, 'changes'>>;
  requestScoreReview?: Resolver<ResolversTypes['ScoreReview'], ParentType, ContextType, RequireFields<MutationRequestScoreReviewArgs, 'statement'>>;
  resolveScoreReview?: Resolver<ResolversTypes['ScoreReview'], ParentType, ContextType, RequireFields<MutationResolveScoreReviewArgs, 'id' | 'note' | 'outcome'>>;
};

export type PageInfoResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  scoreReviewQueue?: Resolver<ResolversTypes['ScoreReviewConnection'], ParentType, ContextType, RequireFields<QueryScoreReviewQueueArgs, 'first'>>;
  scoreScale?: Resolver<ResolversTypes['ScoreScale'], ParentType, ContextType>;
};

export type ReviewedScoreResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['ReviewedScore'] = ResolversParentTypes['ReviewedScore']> = {
  band?: Resolver<Maybe<ResolversTypes['ScoreBand']>, ParentType, ContextType>;
  categories?: Resolver<Maybe<Array<ResolversTypes['ScoreCategoryPoints']>>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  inputs?: Resolver<Maybe<Array<ResolversTypes['ScoreInput']>>, ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  probabilityOfDefault?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reasons?: Resolver<Maybe<Array<ResolversTypes['ScoreReason']>>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ScoreBandRangeResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['ScoreBandRange'] = ResolversParentTypes['ScoreBandRange']> = {
  band?: Resolver<ResolversTypes['ScoreBand'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScoreCategoryPointsResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['ScoreCategoryPoints'] = ResolversParentTypes['ScoreCategoryPoints']> = {
  category?: Resolver<ResolversTypes['ScoreCategory'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ScoreInputResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['ScoreInput'] = ResolversParentTypes['ScoreInput']> = {
  bin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ScoreCategory'], ParentType, ContextType>;
  characteristic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScoreReasonResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['ScoreReason'] = ResolversParentTypes['ScoreReason']> = {
  category?: Resolver<ResolversTypes['ScoreCategory'], ParentType, ContextType>;
  characteristic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointsLost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScoreReviewResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['ScoreReview'] = ResolversParentTypes['ScoreReview']> = {
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ScoreReviewOutcome']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedScore?: Resolver<ResolversTypes['ReviewedScore'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ScoreReviewStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ScoreReviewConnectionResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['ScoreReviewConnection'] = ResolversParentTypes['ScoreReviewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ScoreReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScoreReviewEdgeResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['ScoreReviewEdge'] = ResolversParentTypes['ScoreReviewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ScoreReview'], ParentType, ContextType>;
};

export type ScoreScaleResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['ScoreScale'] = ResolversParentTypes['ScoreScale']> = {
  bands?: Resolver<Array<ResolversTypes['ScoreBandRange']>, ParentType, ContextType>;
  cutOff?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cutOffProbabilityOfDefault?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScoreSimulationResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['ScoreSimulation'] = ResolversParentTypes['ScoreSimulation']> = {
  categories?: Resolver<Array<ResolversTypes['ScoreCategoryPoints']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  currentValue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projectedBand?: Resolver<ResolversTypes['ScoreBand'], ParentType, ContextType>;
  projectedProbabilityOfDefault?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  projectedValue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ScoreReason']>, ParentType, ContextType>;
};

export type ScoreSnapshotResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['ScoreSnapshot'] = ResolversParentTypes['ScoreSnapshot']> = {
  band?: Resolver<ResolversTypes['ScoreBand'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = ScoresContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  creditScore?: Resolver<Maybe<ResolversTypes['CreditScore']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scoreAtLeast?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<UserScoreAtLeastArgs, 'threshold'>>;
  scoreReviews?: Resolver<Maybe<ResolversTypes['ScoreReviewConnection']>, ParentType, ContextType, RequireFields<UserScoreReviewsArgs, 'first'>>;
  scoreSimulation?: Resolver<Maybe<ResolversTypes['ScoreSimulation']>, ParentType, ContextType, RequireFields<UserScoreSimulationArgs, 'scenario'>>;
};

export type Resolvers<ContextType = ScoresContext> = {
  CreditScore?: CreditScoreResolvers<ContextType>;
  DataExport?: DataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReviewedScore?: ReviewedScoreResolvers<ContextType>;
  ScoreBandRange?: ScoreBandRangeResolvers<ContextType>;
  ScoreCategoryPoints?: ScoreCategoryPointsResolvers<ContextType>;
  ScoreInput?: ScoreInputResolvers<ContextType>;
  ScoreReason?: ScoreReasonResolvers<ContextType>;
  ScoreReview?: ScoreReviewResolvers<ContextType>;
  ScoreReviewConnection?: ScoreReviewConnectionResolvers<ContextType>;
  ScoreReviewEdge?: ScoreReviewEdgeResolvers<ContextType>;
  ScoreScale?: ScoreScaleResolvers<ContextType>;
  ScoreSimulation?: ScoreSimulationResolvers<ContextType>;
  ScoreSnapshot?: ScoreSnapshotResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ScoresContext> = {
  requiresConsent?: RequiresConsentDirectiveResolver<any, any, ContextType>;
  requiresViewer?: RequiresViewerDirectiveResolver<any, any, ContextType>;
};
