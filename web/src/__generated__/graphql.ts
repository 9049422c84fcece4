/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccessOutcome =
  | 'ALLOWED'
  | 'DENIED';

export type CheckingStatus =
  | 'AT_LEAST_200'
  | 'BELOW_200'
  | 'NEGATIVE_BALANCE'
  | 'NO_ACCOUNT';

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

export type ConsentStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type CreditHistoryClass =
  | 'ALL_PAID_AT_THIS_BANK'
  | 'CRITICAL_ACCOUNT'
  | 'EXISTING_PAID_DULY'
  | 'NO_CREDITS_OR_ALL_PAID'
  | 'PAST_DELAYS';

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

export type NotificationKind =
  /** A consent ended at its expiry date. */
  | 'CONSENT_EXPIRED'
  /** A consent ends within CREDENCE_CONSENT_EXPIRY_WARNING_DAYS (7) days. */
  | 'CONSENT_EXPIRING'
  /** A partner asked the consumer for a consent. */
  | 'CONSENT_REQUEST_RECEIVED'
  /** A dispute of a credit record was received, taken up or decided. */
  | 'DISPUTE_UPDATED'
  | 'FILE_FROZEN'
  | 'FILE_UNFROZEN'
  /** A partner read the consumer's data, or tried to and was refused (one per request). */
  | 'PARTNER_READ';

export type OtherInstallmentPlans =
  | 'BANK'
  | 'NONE'
  | 'STORES';

export type PropertyKind =
  | 'CAR_OR_OTHER'
  | 'NONE_KNOWN'
  | 'REAL_ESTATE'
  | 'SAVINGS_AGREEMENT_OR_LIFE_INSURANCE';

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

export type ScoreCategory =
  | 'ACCOUNT_BEHAVIOUR'
  | 'CAPACITY'
  | 'IDENTITY_STABILITY'
  | 'PAYMENT_HISTORY'
  | 'RELATIONSHIPS';

/** Characteristics to change for a what-if; anything left out keeps its current value. Relationships cannot be set: they are never scored. */
export type ScoreScenario = {
  checkingStatus?: CheckingStatus | null | undefined;
  creditAmount?: number | null | undefined;
  creditHistory?: CreditHistoryClass | null | undefined;
  dependents?: number | null | undefined;
  durationMonths?: number | null | undefined;
  employmentSince?: EmploymentSince | null | undefined;
  existingCredits?: number | null | undefined;
  hasTelephone?: boolean | null | undefined;
  housing?: Housing | null | undefined;
  installmentRatePercent?: number | null | undefined;
  job?: Job | null | undefined;
  otherInstallmentPlans?: OtherInstallmentPlans | null | undefined;
  property?: PropertyKind | null | undefined;
  purpose?: LoanPurpose | null | undefined;
  residenceYears?: number | null | undefined;
  savingsStatus?: SavingsStatus | null | undefined;
};

export type ConsumerPageQueryVariables = Exact<{
  linkedRequest: string | number;
  hasLinkedRequest: boolean;
}>;


export type ConsumerPageQuery = (
  { me: (
    { __typename: 'User', id: string, displayName: string | null, creditScore: (
      { __typename: 'CreditScore' }
      & { ' $fragmentRefs'?: { 'ScoreSummaryFragment': ScoreSummaryFragment;'CategoryChartFragment': CategoryChartFragment;'ScoreReasonsFragment': ScoreReasonsFragment;'ScoreHistoryFragment': ScoreHistoryFragment } }
    ) | null }
    & { ' $fragmentRefs'?: { 'WhatIfStartingPointFragment': WhatIfStartingPointFragment;'ConsentListFragment': ConsentListFragment;'AccessLogFragment': AccessLogFragment } }
  ) | null }
  & { ' $fragmentRefs'?: { 'ConsentRequestsFragment': ConsentRequestsFragment;'AlertsFragment': AlertsFragment;'FileFreezeFragment': FileFreezeFragment } }
);

export type AlertFeedFragment = { __typename: 'NotificationConnection', unreadCount: number, totalCount: number, edges: Array<{ __typename: 'NotificationEdge', node: { __typename: 'Notification', id: string, kind: NotificationKind, occurredAt: string, read: boolean, message: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } & { ' $fragmentName'?: 'AlertFeedFragment' };

export type OlderAlertsQueryVariables = Exact<{
  after: string;
}>;


export type OlderAlertsQuery = { myNotifications: (
    { __typename: 'NotificationConnection' }
    & { ' $fragmentRefs'?: { 'AlertFeedFragment': AlertFeedFragment } }
  ) };

export type AlertsFragment = { myNotifications: (
    { __typename: 'NotificationConnection' }
    & { ' $fragmentRefs'?: { 'AlertFeedFragment': AlertFeedFragment } }
  ) } & { ' $fragmentName'?: 'AlertsFragment' };

export type MarkAllAlertsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllAlertsReadMutation = { markNotificationsRead: number };

export type FileFreezeFragment = { myFileFreeze: { __typename: 'FileFreeze', frozen: boolean, since: string | null } } & { ' $fragmentName'?: 'FileFreezeFragment' };

export type FreezeMyFileMutationVariables = Exact<{ [key: string]: never; }>;


export type FreezeMyFileMutation = { freezeMyFile: { __typename: 'FileFreeze', frozen: boolean, since: string | null } };

export type UnfreezeMyFileMutationVariables = Exact<{ [key: string]: never; }>;


export type UnfreezeMyFileMutation = { unfreezeMyFile: { __typename: 'FileFreeze', frozen: boolean, since: string | null } };

export type AccessLogFragment = { __typename: 'User', accessLog: { __typename: 'AccessLogConnection', totalCount: number, edges: Array<{ __typename: 'AccessLogEdge', node: { __typename: 'AccessLogEntry', id: string, occurredAt: string, outcome: AccessOutcome, purpose: string | null, summary: string } }> } | null } & { ' $fragmentName'?: 'AccessLogFragment' };

export type ConsentCardFragment = { __typename: 'Consent', id: string, scopesInPlainWords: Array<string>, purpose: string, expiresAt: string, revokedAt: string | null, status: ConsentStatus, partner: { __typename: 'Partner', id: string, name: string } } & { ' $fragmentName'?: 'ConsentCardFragment' };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeConsentMutation = { revokeConsent: { __typename: 'Consent', id: string, status: ConsentStatus, revokedAt: string | null } };

export type ConsentListFragment = { __typename: 'User', consents: Array<(
    { __typename: 'Consent', id: string }
    & { ' $fragmentRefs'?: { 'ConsentCardFragment': ConsentCardFragment } }
  )> | null } & { ' $fragmentName'?: 'ConsentListFragment' };

export type ConsentRequestCardFragment = { __typename: 'ConsentRequest', id: string, status: ConsentRequestStatus, scopesInPlainWords: Array<string>, purpose: string, durationDays: number, expiresAt: string, answeredAt: string | null, partner: { __typename: 'Partner', id: string, name: string } } & { ' $fragmentName'?: 'ConsentRequestCardFragment' };

export type ApproveConsentRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveConsentRequestMutation = { approveConsentRequest: { __typename: 'ConsentRequest', id: string, status: ConsentRequestStatus, answeredAt: string | null } };

export type DeclineConsentRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineConsentRequestMutation = { declineConsentRequest: { __typename: 'ConsentRequest', id: string, status: ConsentRequestStatus, answeredAt: string | null } };

export type ConsentRequestsFragment = { myConsentRequests: Array<(
    { __typename: 'ConsentRequest', id: string }
    & { ' $fragmentRefs'?: { 'ConsentRequestCardFragment': ConsentRequestCardFragment } }
  )>, linkedRequest?: (
    { __typename: 'ConsentRequest', id: string }
    & { ' $fragmentRefs'?: { 'ConsentRequestCardFragment': ConsentRequestCardFragment } }
  ) | null } & { ' $fragmentName'?: 'ConsentRequestsFragment' };

export type CategoryChartFragment = { __typename: 'CreditScore', categories: Array<{ __typename: 'ScoreCategoryPoints', category: ScoreCategory, points: number, maxPoints: number, scored: boolean, explanation: string }> | null } & { ' $fragmentName'?: 'CategoryChartFragment' };

export type ProjectedScoreFragment = { __typename: 'ScoreSimulation', currentValue: number, projectedValue: number, change: number, projectedBand: ScoreBand, projectedProbabilityOfDefault: number, changed: Array<string> } & { ' $fragmentName'?: 'ProjectedScoreFragment' };

export type ScoreHistoryFragment = { __typename: 'CreditScore', history: Array<{ __typename: 'ScoreSnapshot', value: number, band: ScoreBand, computedAt: string }> | null } & { ' $fragmentName'?: 'ScoreHistoryFragment' };

export type ScoreReasonsFragment = { __typename: 'CreditScore', reasons: Array<{ __typename: 'ScoreReason', code: string, sentence: string }> | null } & { ' $fragmentName'?: 'ScoreReasonsFragment' };

export type ScoreSummaryFragment = { __typename: 'CreditScore', value: number | null, band: ScoreBand | null, probabilityOfDefault: number | null, modelVersion: string | null, computedAt: string | null } & { ' $fragmentName'?: 'ScoreSummaryFragment' };

export type WhatIfStartingPointFragment = { __typename: 'User', creditFile: { __typename: 'CreditFile', checkingStatus: CheckingStatus, savingsStatus: SavingsStatus } | null, creditAccounts: { __typename: 'CreditAccountConnection', edges: Array<{ __typename: 'CreditAccountEdge', node: { __typename: 'CreditAccount', id: string, isCurrentLoan: boolean, amount: number | null, durationMonths: number | null } }> } | null } & { ' $fragmentName'?: 'WhatIfStartingPointFragment' };

export type WhatIfQueryVariables = Exact<{
  scenario: ScoreScenario;
}>;


export type WhatIfQuery = { me: { __typename: 'User', id: string, scoreSimulation: (
      { __typename: 'ScoreSimulation' }
      & { ' $fragmentRefs'?: { 'ProjectedScoreFragment': ProjectedScoreFragment } }
    ) | null } | null };

export const AlertFeedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AlertFeedFragment, unknown>;
export const AlertsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Alerts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFeed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AlertsFragment, unknown>;
export const FileFreezeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileFreeze"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFileFreeze"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<FileFreezeFragment, unknown>;
export const AccessLogFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLog"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogFragment, unknown>;
export const ConsentCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopesInPlainWords"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ConsentCardFragment, unknown>;
export const ConsentListFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopesInPlainWords"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ConsentListFragment, unknown>;
export const ConsentRequestCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequestCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopesInPlainWords"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]} as unknown as DocumentNode<ConsentRequestCardFragment, unknown>;
export const ConsentRequestsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequests"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConsentRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"AWAITING_AUTHORISATION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentRequestCard"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"linkedRequest"},"name":{"kind":"Name","value":"consentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkedRequest"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasLinkedRequest"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentRequestCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequestCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopesInPlainWords"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]} as unknown as DocumentNode<ConsentRequestsFragment, unknown>;
export const CategoryChartFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryChart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]} as unknown as DocumentNode<CategoryChartFragment, unknown>;
export const ProjectedScoreFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectedScore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSimulation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"projectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"projectedBand"}},{"kind":"Field","name":{"kind":"Name","value":"projectedProbabilityOfDefault"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]} as unknown as DocumentNode<ProjectedScoreFragment, unknown>;
export const ScoreHistoryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]}}]} as unknown as DocumentNode<ScoreHistoryFragment, unknown>;
export const ScoreReasonsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreReasons"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]} as unknown as DocumentNode<ScoreReasonsFragment, unknown>;
export const ScoreSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityOfDefault"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<ScoreSummaryFragment, unknown>;
export const WhatIfStartingPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatIfStartingPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"savingsStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrentLoan"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhatIfStartingPointFragment, unknown>;
export const ConsumerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsumerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkedRequest"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasLinkedRequest"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentRequests"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Alerts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileFreeze"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryChart"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreReasons"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreHistory"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatIfStartingPoint"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentList"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLog"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequestCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopesInPlainWords"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopesInPlainWords"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequests"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConsentRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"AWAITING_AUTHORISATION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentRequestCard"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"linkedRequest"},"name":{"kind":"Name","value":"consentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkedRequest"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasLinkedRequest"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentRequestCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Alerts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFeed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileFreeze"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFileFreeze"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityOfDefault"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryChart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreReasons"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatIfStartingPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"savingsStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrentLoan"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLog"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsumerPageQuery, ConsumerPageQueryVariables>;
export const OlderAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OlderAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFeed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<OlderAlertsQuery, OlderAlertsQueryVariables>;
export const MarkAllAlertsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllAlertsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllAlertsReadMutation, MarkAllAlertsReadMutationVariables>;
export const FreezeMyFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FreezeMyFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freezeMyFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<FreezeMyFileMutation, FreezeMyFileMutationVariables>;
export const UnfreezeMyFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnfreezeMyFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfreezeMyFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<UnfreezeMyFileMutation, UnfreezeMyFileMutationVariables>;
export const RevokeConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const ApproveConsentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveConsentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveConsentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<ApproveConsentRequestMutation, ApproveConsentRequestMutationVariables>;
export const DeclineConsentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineConsentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineConsentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<DeclineConsentRequestMutation, DeclineConsentRequestMutationVariables>;
export const WhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreScenario"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scoreSimulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectedScore"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectedScore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSimulation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"projectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"projectedBand"}},{"kind":"Field","name":{"kind":"Name","value":"projectedProbabilityOfDefault"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]} as unknown as DocumentNode<WhatIfQuery, WhatIfQueryVariables>;