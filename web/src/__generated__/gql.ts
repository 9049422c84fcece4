/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsumerPage($linkedRequest: ID!, $hasLinkedRequest: Boolean!) {\n    ...ConsentRequests\n    ...Alerts\n    ...FileFreeze\n    me {\n      id\n      displayName\n      creditScore {\n        ...ScoreSummary\n        ...CategoryChart\n        ...ScoreReasons\n        ...ScoreHistory\n      }\n      ...WhatIfStartingPoint\n      ...ConsentList\n      ...AccessLog\n    }\n  }\n": typeof types.ConsumerPageDocument,
    "\n  fragment AlertFeed on NotificationConnection {\n    unreadCount\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        occurredAt\n        read\n        message\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AlertFeedFragmentDoc,
    "\n  query OlderAlerts($after: String!) {\n    myNotifications(first: 10, after: $after) {\n      ...AlertFeed\n    }\n  }\n": typeof types.OlderAlertsDocument,
    "\n  fragment Alerts on Query {\n    myNotifications(first: 10) {\n      ...AlertFeed\n    }\n  }\n": typeof types.AlertsFragmentDoc,
    "\n  mutation MarkAllAlertsRead {\n    markNotificationsRead\n  }\n": typeof types.MarkAllAlertsReadDocument,
    "\n  fragment FileFreeze on Query {\n    myFileFreeze {\n      frozen\n      since\n    }\n  }\n": typeof types.FileFreezeFragmentDoc,
    "\n  mutation FreezeMyFile {\n    freezeMyFile {\n      frozen\n      since\n    }\n  }\n": typeof types.FreezeMyFileDocument,
    "\n  mutation UnfreezeMyFile {\n    unfreezeMyFile {\n      frozen\n      since\n    }\n  }\n": typeof types.UnfreezeMyFileDocument,
    "\n  fragment AccessLog on User {\n    accessLog(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          outcome\n          purpose\n          summary\n        }\n      }\n    }\n  }\n": typeof types.AccessLogFragmentDoc,
    "\n  fragment ConsentCard on Consent {\n    id\n    partner {\n      id\n      name\n    }\n    scopesInPlainWords\n    purpose\n    expiresAt\n    revokedAt\n    status\n  }\n": typeof types.ConsentCardFragmentDoc,
    "\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": typeof types.RevokeConsentDocument,
    "\n  fragment ConsentList on User {\n    consents(first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentCard\n        }\n      }\n    }\n  }\n": typeof types.ConsentListFragmentDoc,
    "\n  fragment ConsentRequestCard on ConsentRequest {\n    id\n    status\n    partner {\n      id\n      name\n    }\n    scopesInPlainWords\n    purpose\n    durationDays\n    expiresAt\n    answeredAt\n  }\n": typeof types.ConsentRequestCardFragmentDoc,
    "\n  mutation ApproveConsentRequest($id: ID!) {\n    approveConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n": typeof types.ApproveConsentRequestDocument,
    "\n  mutation DeclineConsentRequest($id: ID!) {\n    declineConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n": typeof types.DeclineConsentRequestDocument,
    "\n  fragment ConsentRequests on Query {\n    myConsentRequests(status: AWAITING_AUTHORISATION, first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentRequestCard\n        }\n      }\n    }\n    linkedRequest: consentRequest(id: $linkedRequest) @include(if: $hasLinkedRequest) {\n      id\n      ...ConsentRequestCard\n    }\n  }\n": typeof types.ConsentRequestsFragmentDoc,
    "\n  fragment CategoryChart on CreditScore {\n    categories {\n      category\n      points\n      maxPoints\n      scored\n      explanation\n    }\n  }\n": typeof types.CategoryChartFragmentDoc,
    "\n  fragment ProjectedScore on ScoreSimulation {\n    currentValue\n    projectedValue\n    change\n    projectedBand\n    projectedProbabilityOfDefault\n    changed\n  }\n": typeof types.ProjectedScoreFragmentDoc,
    "\n  fragment ScoreHistory on CreditScore {\n    history(limit: 12) {\n      value\n      band\n      computedAt\n    }\n  }\n": typeof types.ScoreHistoryFragmentDoc,
    "\n  fragment ScoreReasons on CreditScore {\n    reasons {\n      code\n      sentence\n    }\n  }\n": typeof types.ScoreReasonsFragmentDoc,
    "\n  fragment ScoreSummary on CreditScore {\n    value\n    band\n    probabilityOfDefault\n    modelVersion\n    computedAt\n  }\n": typeof types.ScoreSummaryFragmentDoc,
    "\n  fragment WhatIfStartingPoint on User {\n    creditFile {\n      checkingStatus\n      savingsStatus\n    }\n    creditAccounts(first: 20) {\n      edges {\n        node {\n          id\n          isCurrentLoan\n          amount\n          durationMonths\n        }\n      }\n    }\n  }\n": typeof types.WhatIfStartingPointFragmentDoc,
    "\n  query WhatIf($scenario: ScoreScenario!) {\n    me {\n      id\n      scoreSimulation(scenario: $scenario) {\n        ...ProjectedScore\n      }\n    }\n  }\n": typeof types.WhatIfDocument,
};
const documents: Documents = {
    "\n  query ConsumerPage($linkedRequest: ID!, $hasLinkedRequest: Boolean!) {\n    ...ConsentRequests\n    ...Alerts\n    ...FileFreeze\n    me {\n      id\n      displayName\n      creditScore {\n        ...ScoreSummary\n        ...CategoryChart\n        ...ScoreReasons\n        ...ScoreHistory\n      }\n      ...WhatIfStartingPoint\n      ...ConsentList\n      ...AccessLog\n    }\n  }\n": types.ConsumerPageDocument,
    "\n  fragment AlertFeed on NotificationConnection {\n    unreadCount\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        occurredAt\n        read\n        message\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AlertFeedFragmentDoc,
    "\n  query OlderAlerts($after: String!) {\n    myNotifications(first: 10, after: $after) {\n      ...AlertFeed\n    }\n  }\n": types.OlderAlertsDocument,
    "\n  fragment Alerts on Query {\n    myNotifications(first: 10) {\n      ...AlertFeed\n    }\n  }\n": types.AlertsFragmentDoc,
    "\n  mutation MarkAllAlertsRead {\n    markNotificationsRead\n  }\n": types.MarkAllAlertsReadDocument,
    "\n  fragment FileFreeze on Query {\n    myFileFreeze {\n      frozen\n      since\n    }\n  }\n": types.FileFreezeFragmentDoc,
    "\n  mutation FreezeMyFile {\n    freezeMyFile {\n      frozen\n      since\n    }\n  }\n": types.FreezeMyFileDocument,
    "\n  mutation UnfreezeMyFile {\n    unfreezeMyFile {\n      frozen\n      since\n    }\n  }\n": types.UnfreezeMyFileDocument,
    "\n  fragment AccessLog on User {\n    accessLog(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          outcome\n          purpose\n          summary\n        }\n      }\n    }\n  }\n": types.AccessLogFragmentDoc,
    "\n  fragment ConsentCard on Consent {\n    id\n    partner {\n      id\n      name\n    }\n    scopesInPlainWords\n    purpose\n    expiresAt\n    revokedAt\n    status\n  }\n": types.ConsentCardFragmentDoc,
    "\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": types.RevokeConsentDocument,
    "\n  fragment ConsentList on User {\n    consents(first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentCard\n        }\n      }\n    }\n  }\n": types.ConsentListFragmentDoc,
    "\n  fragment ConsentRequestCard on ConsentRequest {\n    id\n    status\n    partner {\n      id\n      name\n    }\n    scopesInPlainWords\n    purpose\n    durationDays\n    expiresAt\n    answeredAt\n  }\n": types.ConsentRequestCardFragmentDoc,
    "\n  mutation ApproveConsentRequest($id: ID!) {\n    approveConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n": types.ApproveConsentRequestDocument,
    "\n  mutation DeclineConsentRequest($id: ID!) {\n    declineConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n": types.DeclineConsentRequestDocument,
    "\n  fragment ConsentRequests on Query {\n    myConsentRequests(status: AWAITING_AUTHORISATION, first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentRequestCard\n        }\n      }\n    }\n    linkedRequest: consentRequest(id: $linkedRequest) @include(if: $hasLinkedRequest) {\n      id\n      ...ConsentRequestCard\n    }\n  }\n": types.ConsentRequestsFragmentDoc,
    "\n  fragment CategoryChart on CreditScore {\n    categories {\n      category\n      points\n      maxPoints\n      scored\n      explanation\n    }\n  }\n": types.CategoryChartFragmentDoc,
    "\n  fragment ProjectedScore on ScoreSimulation {\n    currentValue\n    projectedValue\n    change\n    projectedBand\n    projectedProbabilityOfDefault\n    changed\n  }\n": types.ProjectedScoreFragmentDoc,
    "\n  fragment ScoreHistory on CreditScore {\n    history(limit: 12) {\n      value\n      band\n      computedAt\n    }\n  }\n": types.ScoreHistoryFragmentDoc,
    "\n  fragment ScoreReasons on CreditScore {\n    reasons {\n      code\n      sentence\n    }\n  }\n": types.ScoreReasonsFragmentDoc,
    "\n  fragment ScoreSummary on CreditScore {\n    value\n    band\n    probabilityOfDefault\n    modelVersion\n    computedAt\n  }\n": types.ScoreSummaryFragmentDoc,
    "\n  fragment WhatIfStartingPoint on User {\n    creditFile {\n      checkingStatus\n      savingsStatus\n    }\n    creditAccounts(first: 20) {\n      edges {\n        node {\n          id\n          isCurrentLoan\n          amount\n          durationMonths\n        }\n      }\n    }\n  }\n": types.WhatIfStartingPointFragmentDoc,
    "\n  query WhatIf($scenario: ScoreScenario!) {\n    me {\n      id\n      scoreSimulation(scenario: $scenario) {\n        ...ProjectedScore\n      }\n    }\n  }\n": types.WhatIfDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsumerPage($linkedRequest: ID!, $hasLinkedRequest: Boolean!) {\n    ...ConsentRequests\n    ...Alerts\n    ...FileFreeze\n    me {\n      id\n      displayName\n      creditScore {\n        ...ScoreSummary\n        ...CategoryChart\n        ...ScoreReasons\n        ...ScoreHistory\n      }\n      ...WhatIfStartingPoint\n      ...ConsentList\n      ...AccessLog\n    }\n  }\n"): (typeof documents)["\n  query ConsumerPage($linkedRequest: ID!, $hasLinkedRequest: Boolean!) {\n    ...ConsentRequests\n    ...Alerts\n    ...FileFreeze\n    me {\n      id\n      displayName\n      creditScore {\n        ...ScoreSummary\n        ...CategoryChart\n        ...ScoreReasons\n        ...ScoreHistory\n      }\n      ...WhatIfStartingPoint\n      ...ConsentList\n      ...AccessLog\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertFeed on NotificationConnection {\n    unreadCount\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        occurredAt\n        read\n        message\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment AlertFeed on NotificationConnection {\n    unreadCount\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        occurredAt\n        read\n        message\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderAlerts($after: String!) {\n    myNotifications(first: 10, after: $after) {\n      ...AlertFeed\n    }\n  }\n"): (typeof documents)["\n  query OlderAlerts($after: String!) {\n    myNotifications(first: 10, after: $after) {\n      ...AlertFeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Alerts on Query {\n    myNotifications(first: 10) {\n      ...AlertFeed\n    }\n  }\n"): (typeof documents)["\n  fragment Alerts on Query {\n    myNotifications(first: 10) {\n      ...AlertFeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllAlertsRead {\n    markNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllAlertsRead {\n    markNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FileFreeze on Query {\n    myFileFreeze {\n      frozen\n      since\n    }\n  }\n"): (typeof documents)["\n  fragment FileFreeze on Query {\n    myFileFreeze {\n      frozen\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreezeMyFile {\n    freezeMyFile {\n      frozen\n      since\n    }\n  }\n"): (typeof documents)["\n  mutation FreezeMyFile {\n    freezeMyFile {\n      frozen\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfreezeMyFile {\n    unfreezeMyFile {\n      frozen\n      since\n    }\n  }\n"): (typeof documents)["\n  mutation UnfreezeMyFile {\n    unfreezeMyFile {\n      frozen\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessLog on User {\n    accessLog(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          outcome\n          purpose\n          summary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AccessLog on User {\n    accessLog(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          outcome\n          purpose\n          summary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentCard on Consent {\n    id\n    partner {\n      id\n      name\n    }\n    scopesInPlainWords\n    purpose\n    expiresAt\n    revokedAt\n    status\n  }\n"): (typeof documents)["\n  fragment ConsentCard on Consent {\n    id\n    partner {\n      id\n      name\n    }\n    scopesInPlainWords\n    purpose\n    expiresAt\n    revokedAt\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentList on User {\n    consents(first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConsentList on User {\n    consents(first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentRequestCard on ConsentRequest {\n    id\n    status\n    partner {\n      id\n      name\n    }\n    scopesInPlainWords\n    purpose\n    durationDays\n    expiresAt\n    answeredAt\n  }\n"): (typeof documents)["\n  fragment ConsentRequestCard on ConsentRequest {\n    id\n    status\n    partner {\n      id\n      name\n    }\n    scopesInPlainWords\n    purpose\n    durationDays\n    expiresAt\n    answeredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveConsentRequest($id: ID!) {\n    approveConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveConsentRequest($id: ID!) {\n    approveConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineConsentRequest($id: ID!) {\n    declineConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineConsentRequest($id: ID!) {\n    declineConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentRequests on Query {\n    myConsentRequests(status: AWAITING_AUTHORISATION, first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentRequestCard\n        }\n      }\n    }\n    linkedRequest: consentRequest(id: $linkedRequest) @include(if: $hasLinkedRequest) {\n      id\n      ...ConsentRequestCard\n    }\n  }\n"): (typeof documents)["\n  fragment ConsentRequests on Query {\n    myConsentRequests(status: AWAITING_AUTHORISATION, first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentRequestCard\n        }\n      }\n    }\n    linkedRequest: consentRequest(id: $linkedRequest) @include(if: $hasLinkedRequest) {\n      id\n      ...ConsentRequestCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryChart on CreditScore {\n    categories {\n      category\n      points\n      maxPoints\n      scored\n      explanation\n    }\n  }\n"): (typeof documents)["\n  fragment CategoryChart on CreditScore {\n    categories {\n      category\n      points\n      maxPoints\n      scored\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectedScore on ScoreSimulation {\n    currentValue\n    projectedValue\n    change\n    projectedBand\n    projectedProbabilityOfDefault\n    changed\n  }\n"): (typeof documents)["\n  fragment ProjectedScore on ScoreSimulation {\n    currentValue\n    projectedValue\n    change\n    projectedBand\n    projectedProbabilityOfDefault\n    changed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreHistory on CreditScore {\n    history(limit: 12) {\n      value\n      band\n      computedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ScoreHistory on CreditScore {\n    history(limit: 12) {\n      value\n      band\n      computedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreReasons on CreditScore {\n    reasons {\n      code\n      sentence\n    }\n  }\n"): (typeof documents)["\n  fragment ScoreReasons on CreditScore {\n    reasons {\n      code\n      sentence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreSummary on CreditScore {\n    value\n    band\n    probabilityOfDefault\n    modelVersion\n    computedAt\n  }\n"): (typeof documents)["\n  fragment ScoreSummary on CreditScore {\n    value\n    band\n    probabilityOfDefault\n    modelVersion\n    computedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WhatIfStartingPoint on User {\n    creditFile {\n      checkingStatus\n      savingsStatus\n    }\n    creditAccounts(first: 20) {\n      edges {\n        node {\n          id\n          isCurrentLoan\n          amount\n          durationMonths\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WhatIfStartingPoint on User {\n    creditFile {\n      checkingStatus\n      savingsStatus\n    }\n    creditAccounts(first: 20) {\n      edges {\n        node {\n          id\n          isCurrentLoan\n          amount\n          durationMonths\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIf($scenario: ScoreScenario!) {\n    me {\n      id\n      scoreSimulation(scenario: $scenario) {\n        ...ProjectedScore\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhatIf($scenario: ScoreScenario!) {\n    me {\n      id\n      scoreSimulation(scenario: $scenario) {\n        ...ProjectedScore\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;