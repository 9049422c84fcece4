import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Consent as ConsentEntity } from '../entities/Consent';
import type { ConsentReceipt as ConsentReceiptEntity } from '../entities/ConsentReceipt';
import type { ConsentRequest as ConsentRequestEntity } from '../entities/ConsentRequest';
import type { AccessLogEntry as AccessLogEntryEntity } from '../entities/AccessLogEntry';
import type { WebhookEndpoint as WebhookEndpointEntity } from '../entities/WebhookEndpoint';
import type { WebhookDelivery as WebhookDeliveryEntity } from '../entities/WebhookDelivery';
import type { Notification as NotificationEntity } from '../entities/Notification';
import type { NotificationPage } from '../notifications/notification-feed';
import type { ExportSubject } from '../../../shared/trust/data-export';
import type { ConsentContext } from '../loaders';
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

export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  edges: Array<AccessLogEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  cursor: Scalars['String']['output'];
  node: AccessLogEntry;
};

/**
 * One read event: a viewer's request touching this consumer's guarded data, with every
 * field it asked for and each field's outcome.
 */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** Every guarded field asked for, in the order asked, with its outcome. */
  fields: Array<FieldAccess>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** ALLOWED when at least one field was released, DENIED when none was. */
  outcome: AccessOutcome;
  /** The partner that asked, when a partner asked. */
  partner?: Maybe<Partner>;
  /** The consents' purposes, or the reason staff gave. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** The client request the reads were part of: the x-request-id the gateway answered it with. */
  requestId: Scalars['ID']['output'];
  /** Staff member and role, when staff asked. */
  staffId?: Maybe<Scalars['String']['output']>;
  staffRole?: Maybe<Scalars['String']['output']>;
  /** The event in plain words: what was released, e.g. 'Spree Bikes checked whether your score is at least 693 and read your score band.', then one sentence per reason anything was refused, from its denialCode, e.g. 'It also asked whether your score is at least 730; it was refused because Spree Bikes had reached its daily limit of different scores to check.' */
  summary: Scalars['String']['output'];
  viewerKind: ViewerKind;
};

export type AccessOutcome =
  | 'ALLOWED'
  | 'DENIED';

/** Internal: a guarded field another subgraph wants to resolve. */
export type AccessRequestInput = {
  detail?: InputMaybe<Scalars['String']['input']>;
  field: Scalars['String']['input'];
  /** The field in the consumer's words, as its @requiresConsent declares it. */
  noun?: InputMaybe<Scalars['String']['input']>;
  /** null for a staff read no consent scope guards (a case, a work queue): decided and logged like the others */
  scope?: InputMaybe<ConsentScope>;
  subjectId: Scalars['ID']['input'];
};

/** Internal: the consent subgraph's answer for one AccessRequestInput. */
export type AccessVerdict = {
  __typename?: 'AccessVerdict';
  allowed: Scalars['Boolean']['output'];
  code?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type ChangeConsentInput = {
  /** The new expiry; may not exceed CONSENT_MAX_DAYS from now. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The scopes the consent covers from now on (at least one). */
  scopes?: InputMaybe<Array<ConsentScope>>;
};

export type Consent = {
  __typename?: 'Consent';
  expiresAt: Scalars['DateTime']['output'];
  grantedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  partner: Partner;
  purpose: Scalars['String']['output'];
  /** The newest signed receipt of this consent (a compact JWS, ES256, keys at /.well-known/jwks.json); null for a consent older than receipts. */
  receipt?: Maybe<Scalars['String']['output']>;
  /** Every signed receipt of this consent, newest first: one when it was given, amended, withdrawn or expired. */
  receipts: Array<ConsentReceipt>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ConsentScope>;
  /** The scopes in plain words, as the consumer reads them. */
  scopesInPlainWords: Array<Scalars['String']['output']>;
  status: ConsentStatus;
  /** The consumer who gave it; a partner reads its own partner-scoped id for them in subject { id }, the consumer and staff the internal one. */
  subject: User;
};

export type ConsentConnection = {
  __typename?: 'ConsentConnection';
  edges: Array<ConsentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConsentEdge = {
  __typename?: 'ConsentEdge';
  cursor: Scalars['String']['output'];
  node: Consent;
};

/** A verifiable record of one event in a consent's life (Kantara Consent Receipt 1.1 claims with an ISO/IEC TS 27560 event section). */
export type ConsentReceipt = {
  __typename?: 'ConsentReceipt';
  event: ConsentReceiptEvent;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** The signed receipt as a compact JWS: verify it with any JOSE library against /.well-known/jwks.json. */
  jws: Scalars['String']['output'];
};

/** What a receipt records: the consent given, amended, withdrawn (revoked) or expired. */
export type ConsentReceiptEvent =
  | 'AMENDED'
  | 'EXPIRED'
  | 'GIVEN'
  | 'WITHDRAWN';

/** A partner's request for a consumer's consent (Open Banking's account-access consent): approved, it becomes a Consent. */
export type ConsentRequest = {
  __typename?: 'ConsentRequest';
  /** When the consumer approved or declined it. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the partner sends the consumer to answer: an absolute URL on Credence's public address (CREDENCE_PUBLIC_URL), <base>/app/?consentRequest=<id>. */
  authorisationUrl: Scalars['String']['output'];
  /** When the partner cancelled it (cancelConsentRequest). */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The consent created on approval (null otherwise); for the partner, consent { id subject { id } } is how it learns who approved (by its own partner-scoped id for them). */
  consent?: Maybe<Consent>;
  createdAt: Scalars['DateTime']['output'];
  /** How long the consent lasts once approved. */
  durationDays: Scalars['Int']['output'];
  /** Unanswered by then, the request is EXPIRED. */
  expiresAt: Scalars['DateTime']['output'];
  /** Unguessable: holding it is what lets a consumer open an open request. */
  id: Scalars['ID']['output'];
  partner: Partner;
  purpose: Scalars['String']['output'];
  /** The partner's redirect URI when it asked (its registered one), if any. */
  redirectUri?: Maybe<Scalars['String']['output']>;
  /** The partner's own customer reference: shown to the requesting partner only, null for anyone else. */
  reference?: Maybe<Scalars['String']['output']>;
  /**
   * Where the consumer is sent back once they answered: redirectUri with state and outcome
   * (AUTHORISED or REJECTED) added to its query; null while unanswered or without a redirectUri.
   */
  returnUrl?: Maybe<Scalars['String']['output']>;
  scopes: Array<ConsentScope>;
  /** The scopes in plain words, as the consumer reads them before saying yes. */
  scopesInPlainWords: Array<Scalars['String']['output']>;
  /** The partner's opaque state: shown to the requesting partner only. */
  state?: Maybe<Scalars['String']['output']>;
  status: ConsentRequestStatus;
};

export type ConsentRequestConnection = {
  __typename?: 'ConsentRequestConnection';
  edges: Array<ConsentRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConsentRequestEdge = {
  __typename?: 'ConsentRequestEdge';
  cursor: Scalars['String']['output'];
  node: ConsentRequest;
};

export type ConsentRequestStatus =
  /** The consumer approved: the consent exists. */
  | 'AUTHORISED'
  /** Waiting for the consumer's answer. */
  | 'AWAITING_AUTHORISATION'
  /** The partner cancelled it before the consumer answered; it can no longer be answered. */
  | 'CANCELLED'
  /** Nobody answered before expiresAt; it can no longer be answered. */
  | 'EXPIRED'
  /** The consumer declined. */
  | 'REJECTED';

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

export type ConsentStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type DataExport = {
  __typename?: 'DataExport';
  /** Every read event on the consumer's data, including their own, each with its fields. */
  accessLog?: Maybe<Scalars['JSON']['output']>;
  /** Every signed receipt of the consumer's consents, newest first. */
  consentReceipts?: Maybe<Scalars['JSON']['output']>;
  /** Every partner's consent request addressed to the consumer or answered by them. */
  consentRequests?: Maybe<Scalars['JSON']['output']>;
  /** Every consent granted, with its state. */
  consents?: Maybe<Scalars['JSON']['output']>;
  /** Whether the file is frozen, and since when. */
  fileFreeze?: Maybe<Scalars['JSON']['output']>;
  /** Every alert in the consumer's feed, with its sentence and whether it was read. */
  notifications?: Maybe<Scalars['JSON']['output']>;
  subjectId: Scalars['ID']['output'];
};

/** Internal: a disputed record as its furnisher knows it. */
export type DisputeFurnisherInput = {
  accountReference?: InputMaybe<Scalars['String']['input']>;
  /** ISO time: when an unanswered dispute expires. */
  deadline: Scalars['String']['input'];
  dueOn: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  recordId: Scalars['ID']['input'];
};

/** Internal: a dispute's change of state, as the credit-history subgraph's outbox delivers it. */
export type DisputeNoticeInput = {
  /** RECORD_REINSTATED: the record put back, as the consumer knows it: its account kind and due date (YYYY-MM-DD). */
  accountKind?: InputMaybe<Scalars['String']['input']>;
  /** INFORMATION_ADDED: the dispute's deadline after the addition (ISO time). */
  deadline?: InputMaybe<Scalars['String']['input']>;
  /** INFORMATION_ADDED: whether this addition extended the deadline to 45 days. */
  deadlineExtended?: InputMaybe<Scalars['Boolean']['input']>;
  disputeId: Scalars['ID']['input'];
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** What happened besides a change of status: INFORMATION_ADDED (the consumer added information) or RECORD_REINSTATED (the furnisher put back the record the dispute removed); null for a change of status. */
  event?: InputMaybe<Scalars['String']['input']>;
  /** For a furnished record: what its furnisher is told (dispute.opened, dispute.information_added, dispute.expired). */
  furnisher?: InputMaybe<DisputeFurnisherInput>;
  /** The notice's own id: delivering it twice records it once. */
  id: Scalars['ID']['input'];
  occurredAt: Scalars['DateTime']['input'];
  /** The dispute's new status: OPEN, INVESTIGATING, UPHELD or REJECTED; for a furnished record OPEN, VERIFIED, CORRECTED, DELETED or EXPIRED. */
  status: Scalars['String']['input'];
  subjectId: Scalars['ID']['input'];
};

export type ErasureStatus = {
  __typename?: 'ErasureStatus';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Consents revoked by the deletion. */
  consentsRevoked: Scalars['Int']['output'];
  requestedAt: Scalars['DateTime']['output'];
  steps: Array<ErasureStep>;
};

export type ErasureStep = {
  __typename?: 'ErasureStep';
  attempts: Scalars['Int']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  status: ErasureStepStatus;
  subgraph: Scalars['String']['output'];
};

export type ErasureStepStatus =
  | 'DONE'
  | 'PENDING';

/** One field asked for within a read event. */
export type FieldAccess = {
  __typename?: 'FieldAccess';
  /** Why it was denied: UNAUTHENTICATED, FORBIDDEN, CONSENT_REQUIRED, PARTNER_SUSPENDED, SUBJECT_FROZEN (the consumer had frozen their file) or THRESHOLD_LIMIT_REACHED (too many distinct thresholds in 24 hours). */
  denialCode?: Maybe<Scalars['String']['output']>;
  /** The field's arguments, e.g. the threshold a partner asked about. */
  detail?: Maybe<Scalars['String']['output']>;
  /** The field asked for, e.g. CreditScore.value. */
  field: Scalars['String']['output'];
  outcome: AccessOutcome;
  /** The consent scope the field needs; none for staff reads of consents and the access log. */
  scope?: Maybe<ConsentScope>;
};

/** Whether a consumer's file is frozen. While it is, every partner read of their data is refused with SUBJECT_FROZEN. */
export type FileFreeze = {
  __typename?: 'FileFreeze';
  frozen: Scalars['Boolean']['output'];
  /** When the file was frozen; null while it is not. */
  since?: Maybe<Scalars['DateTime']['output']>;
};

/** Internal: what one furnishing call or file chunk reported about one consumer, as credit-history's outbox delivers it. */
export type FurnishingNoticeInput = {
  accountKinds: Array<Scalars['String']['input']>;
  defaulted: Scalars['Int']['input'];
  /** The notice's own id: delivering it twice records it once. */
  id: Scalars['ID']['input'];
  late: Scalars['Int']['input'];
  maxDaysLate: Scalars['Int']['input'];
  occurredAt: Scalars['DateTime']['input'];
  onTime: Scalars['Int']['input'];
  partnerId: Scalars['ID']['input'];
  subjectId: Scalars['ID']['input'];
  /** How many of the late records were still unpaid when reported (absent from a credit-history replica older than the field: none). */
  unpaidLate?: InputMaybe<Scalars['Int']['input']>;
};

/** Internal: whether a partner may furnish records, and for which of the consumers asked about. */
export type FurnishingPermits = {
  __typename?: 'FurnishingPermits';
  /** The consumers asked about whose active consent lets this partner report (CREDIT_REPORTING); nothing is said of the others. */
  allowed: Array<Scalars['ID']['output']>;
  /** The furnisher's name in the partner directory, shown as the source of what it reports; null when refused. */
  furnisherName?: Maybe<Scalars['String']['output']>;
  /** PARTNER_SUSPENDED, FORBIDDEN (not a furnisher) or UNAUTHENTICATED when the partner may furnish nothing at all; null otherwise. */
  refusalCode?: Maybe<Scalars['String']['output']>;
  refusalMessage?: Maybe<Scalars['String']['output']>;
};

export type GrantConsentInput = {
  /** Defaults to CONSENT_DEFAULT_DAYS from now; may not exceed CONSENT_MAX_DAYS. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  partnerId: Scalars['ID']['input'];
  /** Why the partner needs it, in words the consumer agreed to. */
  purpose: Scalars['String']['input'];
  scopes: Array<ConsentScope>;
};

/** Internal: what the gateway learns when it claims an Idempotency-Key: CLAIMED, REPLAY (with the first answer), MISMATCH or IN_PROGRESS. */
export type IdempotencyClaim = {
  __typename?: 'IdempotencyClaim';
  httpStatus?: Maybe<Scalars['Int']['output']>;
  outcome: Scalars['String']['output'];
  response?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The signed-in consumer approves a consent request: the consent is created on its terms. Answered once (CONSENT_REQUEST_ANSWERED); not after it expired (CONSENT_REQUEST_EXPIRED). */
  approveConsentRequest: ConsentRequest;
  /** The signed-in partner cancels one of its requests still awaiting an answer: the consumer can no longer answer it (CONSENT_REQUEST_CANCELLED). Cancelling a cancelled request changes nothing. */
  cancelConsentRequest: ConsentRequest;
  /** The signed-in consumer changes an active consent's scopes and/or expiry; the partner is told (consent.changed) and a new receipt is issued. */
  changeConsent: Consent;
  /** Internal: the gateway claims a client's Idempotency-Key for a mutation (or learns the first answer to it). */
  claimIdempotencyKey: IdempotencyClaim;
  /** Internal: decides and logs reads of guarded fields; only subgraphs call it. */
  decideAccess: Array<AccessVerdict>;
  /** The signed-in consumer declines a consent request; the partner is told, without learning who declined. */
  declineConsentRequest: ConsentRequest;
  /**
   * The signed-in consumer deletes their account: consents are revoked at once, then
   * every subgraph erases or anonymises their data, retried until each has done so.
   */
  deleteMyAccount: ErasureStatus;
  /** Compliance staff stop deliveries to a partner's endpoint; its events wait until the partner sets it again. */
  disableWebhookEndpoint: WebhookEndpoint;
  /**
   * Support (or compliance) freeze a consumer's file, e.g. for a fraud caller: as the consumer's own freeze, every
   * partner read is refused from the next request. Logged in the consumer's access log under the stated reason, and a
   * line in their alerts says Credence support froze it. Only the consumer (unfreezeMyFile) or compliance
   * (unfreezeConsumerFile) lift it. An unknown consumer is NOT_FOUND.
   */
  freezeConsumerFile: FileFreeze;
  /**
   * The signed-in consumer freezes their file: from the next request on, every partner read of their
   * data is refused (and logged) whatever consents exist, with SUBJECT_FROZEN where a consent would
   * have allowed it (a partner holding none is told CONSENT_REQUIRED as before, and learns nothing of
   * the freeze); their own reads and staff's go on. Freezing a frozen file changes nothing.
   */
  freezeMyFile: FileFreeze;
  /** The signed-in consumer grants a partner access to some scopes. */
  grantConsent: Consent;
  /**
   * The signed-in consumer marks their alerts read, up to and including the one with id upTo
   * (in the feed's order, newest first: upTo and every older one); all of them when upTo is
   * omitted. Returns how many are left unread.
   */
  markNotificationsRead: Scalars['Int']['output'];
  /** Internal: records a dispute's change of state in its consumer's feed, once per notice; only the credit-history subgraph calls it. */
  recordDisputeNotice: Scalars['Boolean']['output'];
  /** Internal: tells consumers in their feed what a furnisher reported, once per notice; only the credit-history subgraph calls it. */
  recordFurnishingNotices: Scalars['Boolean']['output'];
  /** Internal: records changes of consumers' stored scores in their feeds, once per notice; only the scores subgraph calls it. */
  recordScoreChangeNotices: Scalars['Boolean']['output'];
  /** Staff with the partners role lift a suspension: the partner's consents apply again from its next request. */
  reinstatePartner: Partner;
  /**
   * The signed-in partner asks for a consumer's consent: send the consumer to its
   * authorisationUrl, then follow it with consentRequest(id) or the consent_request.* webhooks.
   * Refused with PARTNER_SUSPENDED while suspended, with CONSENT_REQUEST_LIMIT past 5
   * unanswered requests to one e-mail (100 open ones), with CONSENT_REQUEST_DUPLICATE while a
   * request to that e-mail for the same scopes awaits an answer, and with CONSENT_ALREADY_GRANTED
   * for scopes that consumer already granted the partner.
   */
  requestConsent: ConsentRequest;
  /** The signed-in consumer revokes one of their consents; it takes effect on the next request. */
  revokeConsent: Consent;
  /**
   * The signed-in partner replaces its signing secret; the new one is shown this once and signs every
   * delivery from now on. The old one signs beside it for overlapHours (default
   * CREDENCE_WEBHOOK_SECRET_OVERLAP_HOURS, 24; 0 to 168; 0 stops it at once): deliveries then carry both
   * signatures, space-separated. Refused with PARTNER_SUSPENDED while the partner is suspended.
   */
  rotateWebhookSecret: WebhookEndpointWithSecret;
  /** Staff with the partners role mark a partner as a furnisher, or stop it furnishing (from its next report on); what it furnished stays. */
  setPartnerFurnisher: Partner;
  /**
   * The signed-in partner sets where Credence POSTs its notifications (http or https; https
   * on port 443, or a port CREDENCE_WEBHOOK_ALLOWED_PORTS lists, in production). Returns a new
   * signing secret, shown this once; setting it again replaces the secret and re-enables an
   * endpoint staff disabled. Refused with PARTNER_SUSPENDED while the partner is suspended.
   */
  setWebhookEndpoint: WebhookEndpointWithSecret;
  /** Internal: the gateway keeps the first answer to a key (or, with none, lets the key go after a server failure). */
  settleIdempotencyKey: Scalars['Boolean']['output'];
  /** Staff with the partners role suspend a partner: from its next request on, every read is refused with PARTNER_SUSPENDED and logged. Its consents stay as they are. */
  suspendPartner: Partner;
  /** Compliance lift a consumer's freeze (the consumer's own or support's), logged and told to the consumer as the freeze is. */
  unfreezeConsumerFile: FileFreeze;
  /** The signed-in consumer lifts their freeze: partners' consents apply again from the next request. Unfreezing an unfrozen file changes nothing. */
  unfreezeMyFile: FileFreeze;
};


export type MutationApproveConsentRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelConsentRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeConsentArgs = {
  id: Scalars['ID']['input'];
  input: ChangeConsentInput;
};


export type MutationClaimIdempotencyKeyArgs = {
  fingerprint: Scalars['String']['input'];
  key: Scalars['String']['input'];
};


export type MutationDecideAccessArgs = {
  requests: Array<AccessRequestInput>;
};


export type MutationDeclineConsentRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableWebhookEndpointArgs = {
  partnerId: Scalars['ID']['input'];
};


export type MutationFreezeConsumerFileArgs = {
  subjectId: Scalars['ID']['input'];
};


export type MutationGrantConsentArgs = {
  input: GrantConsentInput;
};


export type MutationMarkNotificationsReadArgs = {
  upTo?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRecordDisputeNoticeArgs = {
  notice: DisputeNoticeInput;
};


export type MutationRecordFurnishingNoticesArgs = {
  notices: Array<FurnishingNoticeInput>;
};


export type MutationRecordScoreChangeNoticesArgs = {
  notices: Array<ScoreChangeNoticeInput>;
};


export type MutationReinstatePartnerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestConsentArgs = {
  input: RequestConsentInput;
};


export type MutationRevokeConsentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  overlapHours?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetPartnerFurnisherArgs = {
  furnisher: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetWebhookEndpointArgs = {
  url: Scalars['String']['input'];
};


export type MutationSettleIdempotencyKeyArgs = {
  httpStatus?: InputMaybe<Scalars['Int']['input']>;
  key: Scalars['String']['input'];
  response?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSuspendPartnerArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUnfreezeConsumerFileArgs = {
  subjectId: Scalars['ID']['input'];
};

/** One line in a consumer's alerts feed. */
export type Notification = {
  __typename?: 'Notification';
  /** The consent concerned, for expiry alerts. */
  consent?: Maybe<Consent>;
  /** The consent request concerned, for CONSENT_REQUEST_RECEIVED. */
  consentRequestId?: Maybe<Scalars['ID']['output']>;
  /** The dispute concerned, for DISPUTE_UPDATED: dispute(id:) shows it. */
  disputeId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** What happened, in one plain sentence. */
  message: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The partner concerned, for reads, consent requests and consents. */
  partner?: Maybe<Partner>;
  /** Whether the consumer marked it read (markNotificationsRead). */
  read: Scalars['Boolean']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** How many of the consumer's alerts are unread, on every page. */
  unreadCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationKind =
  /** A consent ended at its expiry date. */
  | 'CONSENT_EXPIRED'
  /** A consent ends within CREDENCE_CONSENT_EXPIRY_WARNING_DAYS (7) days. */
  | 'CONSENT_EXPIRING'
  /** A partner asked the consumer for a consent. */
  | 'CONSENT_REQUEST_RECEIVED'
  /** A dispute of a credit record was received, taken up, added to or decided, or its furnisher put back the record it removed. */
  | 'DISPUTE_UPDATED'
  /** The file was frozen, by the consumer or by Credence support (the message says which). */
  | 'FILE_FROZEN'
  /** The freeze was lifted, by the consumer or by Credence compliance (the message says which). */
  | 'FILE_UNFROZEN'
  /** A partner read the consumer's data, or tried to and was refused (one per request). */
  | 'PARTNER_READ'
  /** A furnisher reported payments on the consumer's accounts (reportCreditRecords or a furnishing file). */
  | 'RECORDS_FURNISHED'
  /** The consumer's stored score moved, or a new scorecard recomputed it; the message says from what to what and why. */
  | 'SCORE_CHANGED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Partner = {
  __typename?: 'Partner';
  /** The consents this partner holds, newest first, 1 to 100 a page (the partner itself, and staff with a read role and a stated reason: logged for each consumer on the page). */
  consentsHeld?: Maybe<ConsentConnection>;
  /** Whether staff allowed the partner to furnish records (reportCreditRecords, furnishing files); each consumer must still allow it (CREDIT_REPORTING). */
  furnisher: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Whether the partner may read: a suspended partner's reads are refused whatever consents it holds. */
  status: PartnerStatus;
  /** When staff last suspended or reinstated the partner; null if never. */
  statusChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why staff suspended the partner, while it is suspended: staff with the partners or compliance role only, null for anyone else. */
  suspensionReason?: Maybe<Scalars['String']['output']>;
};


export type PartnerConsentsHeldArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ConsentStatus>;
};

export type PartnerStatus =
  | 'ACTIVE'
  /** Every read by the partner is refused with PARTNER_SUSPENDED, and logged, until staff reinstate it. */
  | 'SUSPENDED';

export type Query = {
  __typename?: 'Query';
  /**
   * One consent request: for the partner that made it, for the consumer it is addressed or
   * bound to, and for any consumer holding the link of an open one. Anyone else gets NOT_FOUND,
   * as for a missing id.
   */
  consentRequest?: Maybe<ConsentRequest>;
  /** The consent requests the signed-in partner made, newest first (1 to 100 a page); never another partner's. */
  consentRequestsMadeByMe: ConsentRequestConnection;
  /** The consents the signed-in partner holds, newest first (1 to 100 a page); never another partner's. */
  consentsHeldByMe: ConsentConnection;
  /** Internal: which of these consumers let the calling partner report their records (CREDIT_REPORTING); only the credit-history subgraph asks. */
  furnishingPermits: FurnishingPermits;
  /** The partners' consent requests addressed to the signed-in consumer, or answered by them, newest first (1 to 100 a page). */
  myConsentRequests: ConsentRequestConnection;
  /** The signed-in consumer's consents, newest first (1 to 100 a page). */
  myConsents: ConsentConnection;
  /** The signed-in consumer's account deletion, if they asked for one. */
  myErasure?: Maybe<ErasureStatus>;
  /** Whether the signed-in consumer's file is frozen. */
  myFileFreeze: FileFreeze;
  /**
   * The signed-in consumer's alerts, newest first (1 to 100 a page): who read their data, consents about to expire or expired, disputes, freezes.
   * With includePartnerReads false, the partners' reads are left out of the page, totalCount and unreadCount: a page that shows the
   * access log beside the alerts need not tell each read twice.
   */
  myNotifications: NotificationConnection;
  /** The signed-in partner's webhook endpoint, if it set one (never its secret). */
  myWebhookEndpoint?: Maybe<WebhookEndpoint>;
  /** Internal: whether the caller's viewer names a live account (a consumer not erased whom users knows, a registered partner). Other subgraphs ask it before a consumer's or partner's write. */
  viewerHasLiveAccount: Scalars['Boolean']['output'];
  /** Internal: whether the caller's viewer is a partner Credence suspended. Other subgraphs ask it before a partner's own reads and writes no consent guards (a furnisher's disputes). */
  viewerIsSuspendedPartner: Scalars['Boolean']['output'];
  /** The signed-in partner's latest webhook deliveries, newest first (1 to 100 a page). Refused with PARTNER_SUSPENDED while the partner is suspended: their bodies name consumers. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Every partner's webhook endpoint (compliance staff only). */
  webhookEndpoints: Array<WebhookEndpoint>;
};


export type QueryConsentRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsentRequestsMadeByMeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ConsentRequestStatus>;
};


export type QueryConsentsHeldByMeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ConsentStatus>;
};


export type QueryFurnishingPermitsArgs = {
  subjectIds: Array<Scalars['ID']['input']>;
};


export type QueryMyConsentRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ConsentRequestStatus>;
};


export type QueryMyConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ConsentStatus>;
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includePartnerReads?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RequestConsentInput = {
  /** Optional: address the request to the consumer with this e-mail. Whether one exists is never revealed. */
  consumerEmail?: InputMaybe<Scalars['String']['input']>;
  /** Days the consent lasts once approved; capped like grants (CONSENT_MAX_DAYS), default CONSENT_DEFAULT_DAYS. */
  durationDays?: InputMaybe<Scalars['Int']['input']>;
  /** Why the partner needs it, in words the consumer will read: 3 to 500 characters. */
  purpose: Scalars['String']['input'];
  /** Optional: must equal the redirectUri registered for the partner (registerPartner, setRedirectUri), which is used when this is omitted. */
  redirectUri?: InputMaybe<Scalars['String']['input']>;
  /** The partner's own opaque customer reference, echoed back to the partner only (1–200 chars, optional). */
  reference?: InputMaybe<Scalars['String']['input']>;
  scopes: Array<ConsentScope>;
  /** Optional, opaque, 1–500 characters: handed back on the redirect after the consumer answers (redirect_uri?state=…&outcome=…). Needs a registered redirectUri. */
  state?: InputMaybe<Scalars['String']['input']>;
};

/** Internal: a change of a consumer's stored score, as the scores subgraph's outbox delivers it. */
export type ScoreChangeNoticeInput = {
  /** What set the recompute off: MODEL_UPGRADE, CREDIT_FILE or PROFILE. */
  cause: Scalars['String']['input'];
  /** The stored score before the recompute, and after. */
  from: Scalars['Int']['input'];
  /** The notice's own id: delivering it twice records it once. */
  id: Scalars['ID']['input'];
  /** What changed and why, in one plain sentence. */
  message: Scalars['String']['input'];
  modelVersion: Scalars['String']['input'];
  occurredAt: Scalars['DateTime']['input'];
  subjectId: Scalars['ID']['input'];
  to: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  /** Who has tried to read this consumer's guarded data, one entry per request, allowed or denied, newest first (the consumer, and staff with a read role and a stated reason: logged). */
  accessLog?: Maybe<AccessLogConnection>;
  /** The consents this consumer has granted, newest first, 1 to 100 a page (the consumer, and staff with a read role and a stated reason: logged). */
  consents?: Maybe<ConsentConnection>;
  id: Scalars['ID']['output'];
};


export type UserAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeOwnReads?: InputMaybe<Scalars['Boolean']['input']>;
};


export type UserConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ConsentStatus>;
};

export type ViewerKind =
  | 'ANONYMOUS'
  | 'PARTNER'
  | 'STAFF'
  | 'USER';

/** One notification to a partner and how its delivery went. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  /** The JSON body as sent (type, timestamp, data). */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** consent.granted, consent.changed, consent.revoked, consent.expired, subject.erased, consent_request.approved or consent_request.declined (more types may be added). */
  eventType: Scalars['String']['output'];
  /** The webhook-id header: the same on every retry, so a receiver can de-duplicate. */
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Why the last attempt failed, as a class only: UNREACHABLE, TLS_ERROR, TIMEOUT, REFUSED_NETWORK
   * (an address or port Credence does not call), HTTP_3XX, HTTP_4XX, HTTP_5XX, HTTP_OTHER,
   * ENDPOINT_DISABLED or PARTNER_SUSPENDED (more classes may be added). Never the network's own words.
   */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When a pending delivery is next tried. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Not yet accepted by the endpoint; retried with growing pauses. */
  | 'PENDING';

/** Where a partner receives signed notifications (Standard Webhooks). */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTime']['output'];
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  enabled: Scalars['Boolean']['output'];
  partner: Partner;
  /** Until when the secret the last rotation replaced still signs deliveries beside the new one; null when only one signs. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

export type WebhookEndpointWithSecret = {
  __typename?: 'WebhookEndpointWithSecret';
  endpoint: WebhookEndpoint;
  /** The signing secret, `whsec_` + base64 of the HMAC key: shown once, store it now. */
  secret: Scalars['String']['output'];
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
  Consent: Consent;
  DataExport: DataExport;
  Partner: Partner;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Consent:
    ( { __typename: 'Consent' }
    & GraphQLRecursivePick<FederationTypes['Consent'], {"id":true}> );
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
  AccessLogConnection: ResolverTypeWrapper<Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversTypes['AccessLogEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessLogEdge: ResolverTypeWrapper<Omit<AccessLogEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntryEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccessOutcome: AccessOutcome;
  AccessRequestInput: AccessRequestInput;
  AccessVerdict: ResolverTypeWrapper<AccessVerdict>;
  ChangeConsentInput: ChangeConsentInput;
  Consent: ResolverTypeWrapper<ConsentEntity>;
  ConsentConnection: ResolverTypeWrapper<Omit<ConsentConnection, 'edges'> & { edges: Array<ResolversTypes['ConsentEdge']> }>;
  ConsentEdge: ResolverTypeWrapper<Omit<ConsentEdge, 'node'> & { node: ResolversTypes['Consent'] }>;
  ConsentReceipt: ResolverTypeWrapper<ConsentReceiptEntity>;
  ConsentReceiptEvent: ConsentReceiptEvent;
  ConsentRequest: ResolverTypeWrapper<ConsentRequestEntity>;
  ConsentRequestConnection: ResolverTypeWrapper<Omit<ConsentRequestConnection, 'edges'> & { edges: Array<ResolversTypes['ConsentRequestEdge']> }>;
  ConsentRequestEdge: ResolverTypeWrapper<Omit<ConsentRequestEdge, 'node'> & { node: ResolversTypes['ConsentRequest'] }>;
  ConsentRequestStatus: ConsentRequestStatus;
  ConsentScope: ConsentScope;
  ConsentStatus: ConsentStatus;
  DataExport: ResolverTypeWrapper<ExportSubject>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisputeFurnisherInput: DisputeFurnisherInput;
  DisputeNoticeInput: DisputeNoticeInput;
  ErasureStatus: ResolverTypeWrapper<ErasureStatus>;
  ErasureStep: ResolverTypeWrapper<ErasureStep>;
  ErasureStepStatus: ErasureStepStatus;
  FieldAccess: ResolverTypeWrapper<FieldAccess>;
  FileFreeze: ResolverTypeWrapper<FileFreeze>;
  FurnishingNoticeInput: FurnishingNoticeInput;
  FurnishingPermits: ResolverTypeWrapper<FurnishingPermits>;
  GrantConsentInput: GrantConsentInput;
  IdempotencyClaim: ResolverTypeWrapper<IdempotencyClaim>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationEntity>;
  NotificationConnection: ResolverTypeWrapper<NotificationPage>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<{ id: string }>;
  PartnerStatus: PartnerStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestConsentInput: RequestConsentInput;
  ScoreChangeNoticeInput: ScoreChangeNoticeInput;
  User: ResolverTypeWrapper<{ id: string }>;
  ViewerKind: ViewerKind;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryEntity>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointEntity>;
  WebhookEndpointWithSecret: ResolverTypeWrapper<Omit<WebhookEndpointWithSecret, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogConnection: Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccessLogEdge']> };
  Int: Scalars['Int']['output'];
  AccessLogEdge: Omit<AccessLogEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  AccessLogEntry: AccessLogEntryEntity;
  ID: Scalars['ID']['output'];
  AccessRequestInput: AccessRequestInput;
  AccessVerdict: AccessVerdict;
  ChangeConsentInput: ChangeConsentInput;
  Consent: ConsentEntity;
  ConsentConnection: Omit<ConsentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConsentEdge']> };
  ConsentEdge: Omit<ConsentEdge, 'node'> & { node: ResolversParentTypes['Consent'] };
  ConsentReceipt: ConsentReceiptEntity;
  ConsentRequest: ConsentRequestEntity;
  ConsentRequestConnection: Omit<ConsentRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConsentRequestEdge']> };
  ConsentRequestEdge: Omit<ConsentRequestEdge, 'node'> & { node: ResolversParentTypes['ConsentRequest'] };
  DataExport: ExportSubject;
  DateTime: Scalars['DateTime']['output'];
  DisputeFurnisherInput: DisputeFurnisherInput;
  DisputeNoticeInput: DisputeNoticeInput;
  ErasureStatus: ErasureStatus;
  ErasureStep: ErasureStep;
  FieldAccess: FieldAccess;
  FileFreeze: FileFreeze;
  FurnishingNoticeInput: FurnishingNoticeInput;
  FurnishingPermits: FurnishingPermits;
  GrantConsentInput: GrantConsentInput;
  IdempotencyClaim: IdempotencyClaim;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationEntity;
  NotificationConnection: NotificationPage;
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  PageInfo: PageInfo;
  Partner: { id: string };
  Query: Record<PropertyKey, never>;
  RequestConsentInput: RequestConsentInput;
  ScoreChangeNoticeInput: ScoreChangeNoticeInput;
  User: { id: string };
  WebhookDelivery: WebhookDeliveryEntity;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEndpoint: WebhookEndpointEntity;
  WebhookEndpointWithSecret: Omit<WebhookEndpointWithSecret, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type RequiresViewerDirectiveArgs = {
  kinds: Array<Scalars['String']['input']>;
  live?: Maybe<Scalars['Boolean']['input']>;
  reason?: Maybe<Scalars['Boolean']['input']>;
  refusal: Scalars['String']['input'];
  roles?: Maybe<Array<Scalars['String']['input']>>;
  self?: Maybe<Scalars['Boolean']['input']>;
  signIn?: Maybe<Scalars['String']['input']>;
};

export type RequiresViewerDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = RequiresViewerDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessLogConnectionResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccessLogEdgeResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
};

export type AccessLogEntryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
  fields?: Resolver<Array<ResolversTypes['FieldAccess']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AccessOutcome'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  staffId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staffRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerKind?: Resolver<ResolversTypes['ViewerKind'], ParentType, ContextType>;
};

export type AccessVerdictResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessVerdict'] = ResolversParentTypes['AccessVerdict']> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent'], FederationReferenceType extends FederationReferenceTypes['Consent'] = FederationReferenceTypes['Consent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Consent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['ConsentReceipt']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ConsentScope']>, ParentType, ContextType>;
  scopesInPlainWords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ConsentConnectionResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentConnection'] = ResolversParentTypes['ConsentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConsentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsentEdgeResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentEdge'] = ResolversParentTypes['ConsentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consent'], ParentType, ContextType>;
};

export type ConsentReceiptResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentReceipt'] = ResolversParentTypes['ConsentReceipt']> = {
  event?: Resolver<ResolversTypes['ConsentReceiptEvent'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  jws?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsentRequestResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentRequest'] = ResolversParentTypes['ConsentRequest']> = {
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  authorisationUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redirectUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ConsentScope']>, ParentType, ContextType>;
  scopesInPlainWords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentRequestStatus'], ParentType, ContextType>;
};

export type ConsentRequestConnectionResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentRequestConnection'] = ResolversParentTypes['ConsentRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConsentRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsentRequestEdgeResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentRequestEdge'] = ResolversParentTypes['ConsentRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConsentRequest'], ParentType, ContextType>;
};

export type DataExportResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport'], FederationReferenceType extends FederationReferenceTypes['DataExport'] = FederationReferenceTypes['DataExport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessLog?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  consentReceipts?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  consentRequests?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  consents?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  fileFreeze?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  notifications?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ErasureStatusResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ErasureStatus'] = ResolversParentTypes['ErasureStatus']> = {
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  consentsRevoked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ErasureStep']>, ParentType, ContextType>;
};

export type ErasureStepResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ErasureStep'] = ResolversParentTypes['ErasureStep']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ErasureStepStatus'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldAccessResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['FieldAccess'] = ResolversParentTypes['FieldAccess']> = {
  denialCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AccessOutcome'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['ConsentScope']>, ParentType, ContextType>;
};

export type FileFreezeResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['FileFreeze'] = ResolversParentTypes['FileFreeze']> = {
  frozen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type FurnishingPermitsResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['FurnishingPermits'] = ResolversParentTypes['FurnishingPermits']> = {
  allowed?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  furnisherName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusalMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IdempotencyClaimResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['IdempotencyClaim'] = ResolversParentTypes['IdempotencyClaim']> = {
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  response?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveConsentRequest?: Resolver<ResolversTypes['ConsentRequest'], ParentType, ContextType, RequireFields<MutationApproveConsentRequestArgs, 'id'>>;
  cancelConsentRequest?: Resolver<ResolversTypes['ConsentRequest'], ParentType, ContextType, RequireFields<MutationCancelConsentRequestArgs, 'id'>>;
  changeConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationChangeConsentArgs, 'id' | 'input'>>;
  claimIdempotencyKey?: Resolver<ResolversTypes['IdempotencyClaim'], ParentType, ContextType, RequireFields<MutationClaimIdempotencyKeyArgs, 'fingerprint' | 'key'>>;
  decideAccess?: Resolver<Array<ResolversTypes['AccessVerdict']>, ParentType, ContextType, RequireFields<MutationDecideAccessArgs, 'requests'>>;
  declineConsentRequest?: Resolver<ResolversTypes['ConsentRequest'], ParentType, ContextType, RequireFields<MutationDeclineConsentRequestArgs, 'id'>>;
  deleteMyAccount?: Resolver<ResolversTypes['ErasureStatus'], ParentType, ContextType>;
  disableWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationDisableWebhookEndpointArgs, 'partnerId'>>;
  freezeConsumerFile?: Resolver<ResolversTypes['FileFreeze'], ParentType, ContextType, RequireFields<MutationFreezeConsumerFileArgs, 'subjectId'>>;
  freezeMyFile?: Resolver<ResolversTypes['FileFreeze'], ParentType, ContextType>;
  grantConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationGrantConsentArgs, 'input'>>;
  markNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<MutationMarkNotificationsReadArgs>>;
  recordDisputeNotice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecordDisputeNoticeArgs, 'notice'>>;
  recordFurnishingNotices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecordFurnishingNoticesArgs, 'notices'>>;
  recordScoreChangeNotices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecordScoreChangeNoticesArgs, 'notices'>>;
  reinstatePartner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationReinstatePartnerArgs, 'id'>>;
  requestConsent?: Resolver<ResolversTypes['ConsentRequest'], ParentType, ContextType, RequireFields<MutationRequestConsentArgs, 'input'>>;
  revokeConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookEndpointWithSecret'], ParentType, ContextType, Partial<MutationRotateWebhookSecretArgs>>;
  setPartnerFurnisher?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationSetPartnerFurnisherArgs, 'furnisher' | 'id'>>;
  setWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointWithSecret'], ParentType, ContextType, RequireFields<MutationSetWebhookEndpointArgs, 'url'>>;
  settleIdempotencyKey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSettleIdempotencyKeyArgs, 'key'>>;
  suspendPartner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationSuspendPartnerArgs, 'id' | 'reason'>>;
  unfreezeConsumerFile?: Resolver<ResolversTypes['FileFreeze'], ParentType, ContextType, RequireFields<MutationUnfreezeConsumerFileArgs, 'subjectId'>>;
  unfreezeMyFile?: Resolver<ResolversTypes['FileFreeze'], ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  consentRequestId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  disputeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consentsHeld?: Resolver<Maybe<ResolversTypes['ConsentConnection']>, ParentType, ContextType, RequireFields<PartnerConsentsHeldArgs, 'first'>>;
  furnisher?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnerStatus'], ParentType, ContextType>;
  statusChangedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  suspensionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  consentRequest?: Resolver<Maybe<ResolversTypes['ConsentRequest']>, ParentType, ContextType, RequireFields<QueryConsentRequestArgs, 'id'>>;
  consentRequestsMadeByMe?: Resolver<ResolversTypes['ConsentRequestConnection'], ParentType, ContextType, RequireFields<QueryConsentRequestsMadeByMeArgs, 'first'>>;
  consentsHeldByMe?: Resolver<ResolversTypes['ConsentConnection'], ParentType, ContextType, RequireFields<QueryConsentsHeldByMeArgs, 'first'>>;
  furnishingPermits?: Resolver<ResolversTypes['FurnishingPermits'], ParentType, ContextType, RequireFields<QueryFurnishingPermitsArgs, 'subjectIds'>>;
  myConsentRequests?: Resolver<ResolversTypes['ConsentRequestConnection'], ParentType, ContextType, RequireFields<QueryMyConsentRequestsArgs, 'first'>>;
  myConsents?: Resolver<ResolversTypes['ConsentConnection'], ParentType, ContextType, RequireFields<QueryMyConsentsArgs, 'first'>>;
  myErasure?: Resolver<Maybe<ResolversTypes['ErasureStatus']>, ParentType, ContextType>;
  myFileFreeze?: Resolver<ResolversTypes['FileFreeze'], ParentType, ContextType>;
  myNotifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryMyNotificationsArgs, 'first' | 'includePartnerReads'>>;
  myWebhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
  viewerHasLiveAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerIsSuspendedPartner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'first'>>;
  webhookEndpoints?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<UserAccessLogArgs, 'first' | 'includeOwnReads'>>;
  consents?: Resolver<Maybe<ResolversTypes['ConsentConnection']>, ParentType, ContextType, RequireFields<UserConsentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookEndpointResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  previousSecretExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookEndpointWithSecretResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['WebhookEndpointWithSecret'] = ResolversParentTypes['WebhookEndpointWithSecret']> = {
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ConsentContext> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessVerdict?: AccessVerdictResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentConnection?: ConsentConnectionResolvers<ContextType>;
  ConsentEdge?: ConsentEdgeResolvers<ContextType>;
  ConsentReceipt?: ConsentReceiptResolvers<ContextType>;
  ConsentRequest?: ConsentRequestResolvers<ContextType>;
  ConsentRequestConnection?: ConsentRequestConnectionResolvers<ContextType>;
  ConsentRequestEdge?: ConsentRequestEdgeResolvers<ContextType>;
  DataExport?: DataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ErasureStatus?: ErasureStatusResolvers<ContextType>;
  ErasureStep?: ErasureStepResolvers<ContextType>;
  FieldAccess?: FieldAccessResolvers<ContextType>;
  FileFreeze?: FileFreezeResolvers<ContextType>;
  FurnishingPermits?: FurnishingPermitsResolvers<ContextType>;
  IdempotencyClaim?: IdempotencyClaimResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointWithSecret?: WebhookEndpointWithSecretResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ConsentContext> = {
  requiresViewer?: RequiresViewerDirectiveResolver<any, any, ContextType>;
};
