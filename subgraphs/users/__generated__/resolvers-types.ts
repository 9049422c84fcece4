import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Partner as PartnerEntity } from '../entities/Partner';
import type { IssuedCredentials } from '../partners/partner-credentials';
import type { ExportSubject } from '../../../shared/trust/data-export';
import type { UsersContext } from '../loaders';
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

export type ContactDetails = {
  __typename?: 'ContactDetails';
  email: Scalars['String']['output'];
  masked: Scalars['Boolean']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

/** The consumer's data, in parts; ask for every field to get it all. */
export type DataExport = {
  __typename?: 'DataExport';
  format: Scalars['String']['output'];
  generatedAt: Scalars['DateTime']['output'];
  /** Profile and identity-stability facts. */
  profile?: Maybe<Scalars['JSON']['output']>;
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

export type IdentityStability = {
  __typename?: 'IdentityStability';
  dependents: Scalars['Int']['output'];
  employmentSince: EmploymentSince;
  hasTelephone: Scalars['Boolean']['output'];
  housing: Housing;
  job: Job;
  property: PropertyKind;
  residenceYears: Scalars['Int']['output'];
};

export type Job =
  | 'HIGHLY_QUALIFIED'
  | 'SKILLED'
  | 'UNSKILLED_NON_RESIDENT'
  | 'UNSKILLED_RESIDENT';

export type Mutation = {
  __typename?: 'Mutation';
  /** Internal: erases the subject's profile; only the consent subgraph's erasure outbox calls it. */
  eraseSubjectProfile: Scalars['Boolean']['output'];
  /**
   * Staff with the partners role issue a partner's OAuth client credentials, or rotate them:
   * the client id stays, the new secret replaces the old one at once. The secret is shown this once.
   */
  issuePartnerCredentials: PartnerCredentials;
  /** Staff with the partners role register a business, which may then ask consumers for consent (suspendPartner stops its reads). */
  registerPartner: Partner;
  /** The signed-in partner registers (or, with null, removes) where consumers return after answering its consent requests. */
  setRedirectUri: Partner;
};


export type MutationEraseSubjectProfileArgs = {
  subjectId: Scalars['ID']['input'];
};


export type MutationIssuePartnerCredentialsArgs = {
  partnerId: Scalars['ID']['input'];
};


export type MutationRegisterPartnerArgs = {
  input: RegisterPartnerInput;
};


export type MutationSetRedirectUriArgs = {
  redirectUri?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Partner = {
  __typename?: 'Partner';
  category: PartnerCategory;
  /** Also the subject (`sub`) of the partner's tokens. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Where a consumer is sent back after answering the partner's consent request (redirect_uri?state=…&outcome=…); null if none is registered. */
  redirectUri?: Maybe<Scalars['String']['output']>;
  /** When Credence registered the partner. */
  registeredAt: Scalars['DateTime']['output'];
};

export type PartnerCategory =
  | 'BIKE_SHARING'
  | 'LENDING'
  | 'RETAIL'
  | 'TELECOM'
  | 'TRAVEL';

/** A partner's OAuth client credentials: exchange them at POST /oauth/token (grant_type=client_credentials) for a short-lived access token. */
export type PartnerCredentials = {
  __typename?: 'PartnerCredentials';
  /** Public; stays the same when the secret is rotated. */
  clientId: Scalars['String']['output'];
  /** Shown this once: Credence keeps only its hash. Issuing again replaces it. */
  clientSecret: Scalars['String']['output'];
  issuedAt: Scalars['DateTime']['output'];
  partner: Partner;
};

export type PropertyKind =
  | 'CAR_OR_OTHER'
  | 'NONE_KNOWN'
  | 'REAL_ESTATE'
  | 'SAVINGS_AGREEMENT_OR_LIFE_INSURANCE';

export type Query = {
  __typename?: 'Query';
  /** Internal: the consumer with this e-mail, if any; only the consent subgraph asks (a partner's consent request addressed by e-mail). */
  consumerIdByEmail?: Maybe<Scalars['ID']['output']>;
  /** Everything Credence holds on the signed-in consumer, as one JSON document: consents and their log, credit history, scores and profile. */
  exportMyData?: Maybe<DataExport>;
  /**
   * Support's look-up: the consumers matching every criterion given (at least one), newest first, 1 to 100 a
   * page. `email` matches exactly (any case); `name`, every word of it within the display name (any case, at
   * least 2 characters); `reference`, the Credence reference the consumer quotes (CR-XXXX-XXXX). Staff with a
   * read role and a stated reason: each consumer found is logged in their access log, as any read.
   */
  findConsumers: UserConnection;
  /** The signed-in consumer. */
  me?: Maybe<User>;
  partner?: Maybe<Partner>;
  /** Internal: the partner whose OAuth client credentials these are, or null; only the gateway's token endpoint (POST /oauth/token) asks. */
  partnerIdForClient?: Maybe<Scalars['ID']['output']>;
  /** Businesses that may ask consumers for consent. */
  partners: Array<Partner>;
  /** A consumer by id (a partner gives its own partner-scoped id); null with NOT_FOUND when there is none. */
  user?: Maybe<User>;
  /** Consumers, newest first. */
  users: UserConnection;
  /** Consumers by id, in the order asked (a partner gives its own partner-scoped ids); a missing id gives null with a NOT_FOUND error. */
  usersByIds: Array<Maybe<User>>;
};


export type QueryConsumerIdByEmailArgs = {
  email: Scalars['String']['input'];
};


export type QueryFindConsumersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerIdForClientArgs = {
  clientId: Scalars['String']['input'];
  clientSecret: Scalars['String']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersByIdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type RegisterPartnerInput = {
  category: PartnerCategory;
  /** 2–120 characters, unique among partners. */
  name: Scalars['String']['input'];
  /** Optional: where consumers return after answering this partner's consent requests (https; http only for localhost outside production). */
  redirectUri?: InputMaybe<Scalars['String']['input']>;
};

export type StabilityForScoring = {
  __typename?: 'StabilityForScoring';
  dependents: Scalars['Int']['output'];
  employmentSince: EmploymentSince;
  hasTelephone: Scalars['Boolean']['output'];
  housing: Housing;
  /** Bumped with every change of these facts: scores keeps a score computed from a later version over one from an earlier. */
  inputsVersion: Scalars['Int']['output'];
  job: Job;
  property: PropertyKind;
  residenceYears: Scalars['Int']['output'];
};

export type User = {
  __typename?: 'User';
  /** Masked unless the consumer asks for their own details unmasked. Requires consent scope PROFILE. */
  contact?: Maybe<ContactDetails>;
  /** Requires consent scope PROFILE. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Requires consent scope PROFILE. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Partner-scoped: a partner reads its own id for the consumer (k1_…, different at every partner); the consumer and staff read Credence's internal id. */
  id: Scalars['ID']['output'];
  /** When the consumer opted in to Credence. Requires consent scope PROFILE. */
  optedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** The consumer's Credence reference (CR-XXXX-XXXX), to quote to support, who find them by it with findConsumers(reference:). Stable, and not derivable from the id. The consumer, and staff with a read role and a stated reason. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Employment, residence and housing: the identity-stability facts behind a score. Requires consent scope PROFILE. */
  stability?: Maybe<IdentityStability>;
  /** The same facts, with their version: read only by the scores subgraph (a what-if's @requires, a recompute's internal call). */
  stabilityForScoring?: Maybe<StabilityForScoring>;
};


export type UserContactArgs = {
  unmasked?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
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
  Partner: Partner;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  DataExport:
    ( { __typename: 'DataExport' }
    & GraphQLRecursivePick<FederationTypes['DataExport'], {"subjectId":true}> );
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ConsentScope: ConsentScope;
  ContactDetails: ResolverTypeWrapper<ContactDetails>;
  DataExport: ResolverTypeWrapper<ExportSubject>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmploymentSince: EmploymentSince;
  Housing: Housing;
  IdentityStability: ResolverTypeWrapper<IdentityStability>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Job: Job;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerEntity>;
  PartnerCategory: PartnerCategory;
  PartnerCredentials: ResolverTypeWrapper<IssuedCredentials>;
  PropertyKind: PropertyKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterPartnerInput: RegisterPartnerInput;
  StabilityForScoring: ResolverTypeWrapper<StabilityForScoring>;
  User: ResolverTypeWrapper<{ id: string }>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ContactDetails: ContactDetails;
  DataExport: ExportSubject;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  IdentityStability: IdentityStability;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Partner: PartnerEntity;
  PartnerCredentials: IssuedCredentials;
  Query: Record<PropertyKey, never>;
  RegisterPartnerInput: RegisterPartnerInput;
  StabilityForScoring: StabilityForScoring;
  User: { id: string };
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type PartnerScopedIdDirectiveArgs = { };

export type PartnerScopedIdDirectiveResolver<Result, Parent, ContextType = UsersContext, Args = PartnerScopedIdDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresConsentDirectiveArgs = {
  noun?: Maybe<Scalars['String']['input']>;
  scope: ConsentScope;
};

export type RequiresConsentDirectiveResolver<Result, Parent, ContextType = UsersContext, Args = RequiresConsentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresViewerDirectiveArgs = {
  kinds: Array<Scalars['String']['input']>;
  live?: Maybe<Scalars['Boolean']['input']>;
  reason?: Maybe<Scalars['Boolean']['input']>;
  refusal: Scalars['String']['input'];
  roles?: Maybe<Array<Scalars['String']['input']>>;
  self?: Maybe<Scalars['Boolean']['input']>;
  signIn?: Maybe<Scalars['String']['input']>;
};

export type RequiresViewerDirectiveResolver<Result, Parent, ContextType = UsersContext, Args = RequiresViewerDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ContactDetailsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ContactDetails'] = ResolversParentTypes['ContactDetails']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DataExportResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport'], FederationReferenceType extends FederationReferenceTypes['DataExport'] = FederationReferenceTypes['DataExport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  profile?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IdentityStabilityResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['IdentityStability'] = ResolversParentTypes['IdentityStability']> = {
  dependents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employmentSince?: Resolver<ResolversTypes['EmploymentSince'], ParentType, ContextType>;
  hasTelephone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  housing?: Resolver<ResolversTypes['Housing'], ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  property?: Resolver<ResolversTypes['PropertyKind'], ParentType, ContextType>;
  residenceYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  eraseSubjectProfile?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationEraseSubjectProfileArgs, 'subjectId'>>;
  issuePartnerCredentials?: Resolver<ResolversTypes['PartnerCredentials'], ParentType, ContextType, RequireFields<MutationIssuePartnerCredentialsArgs, 'partnerId'>>;
  registerPartner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationRegisterPartnerArgs, 'input'>>;
  setRedirectUri?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, Partial<MutationSetRedirectUriArgs>>;
};

export type PageInfoResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['PartnerCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redirectUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PartnerCredentialsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['PartnerCredentials'] = ResolversParentTypes['PartnerCredentials']> = {
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  consumerIdByEmail?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryConsumerIdByEmailArgs, 'email'>>;
  exportMyData?: Resolver<Maybe<ResolversTypes['DataExport']>, ParentType, ContextType>;
  findConsumers?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryFindConsumersArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partnerIdForClient?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryPartnerIdForClientArgs, 'clientId' | 'clientSecret'>>;
  partners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
  usersByIds?: Resolver<Array<Maybe<ResolversTypes['User']>>, ParentType, ContextType, RequireFields<QueryUsersByIdsArgs, 'ids'>>;
};

export type StabilityForScoringResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['StabilityForScoring'] = ResolversParentTypes['StabilityForScoring']> = {
  dependents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employmentSince?: Resolver<ResolversTypes['EmploymentSince'], ParentType, ContextType>;
  hasTelephone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  housing?: Resolver<ResolversTypes['Housing'], ParentType, ContextType>;
  inputsVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  property?: Resolver<ResolversTypes['PropertyKind'], ParentType, ContextType>;
  residenceYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType, RequireFields<UserContactArgs, 'unmasked'>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  optedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stability?: Resolver<Maybe<ResolversTypes['IdentityStability']>, ParentType, ContextType>;
  stabilityForScoring?: Resolver<Maybe<ResolversTypes['StabilityForScoring']>, ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type Resolvers<ContextType = UsersContext> = {
  ContactDetails?: ContactDetailsResolvers<ContextType>;
  DataExport?: DataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  IdentityStability?: IdentityStabilityResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerCredentials?: PartnerCredentialsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StabilityForScoring?: StabilityForScoringResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = UsersContext> = {
  partnerScopedId?: PartnerScopedIdDirectiveResolver<any, any, ContextType>;
  requiresConsent?: RequiresConsentDirectiveResolver<any, any, ContextType>;
  requiresViewer?: RequiresViewerDirectiveResolver<any, any, ContextType>;
};
