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
    "\n  query ConsumerPage($linkedRequest: ID!, $hasLinkedRequest: Boolean!) {\n    ...ConsentRequests\n    ...Alerts\n    ...FileFreeze\n    ...ScoreScale\n    me {\n      id\n      displayName\n      creditScore {\n        ...ScoreSummary\n        ...CategoryChart\n        ...ScoreReasons\n        ...ScoreHistory\n      }\n      ...WhatIfStartingPoint\n      ...ConsentList\n      ...AccessLog\n      ...CreditRecords\n      ...Disputes\n      ...ScoreReviews\n    }\n  }\n": typeof types.ConsumerPageDocument,
    "\n  mutation DeleteMyAccount {\n    deleteMyAccount {\n      requestedAt\n      completedAt\n      consentsRevoked\n      steps {\n        subgraph\n        status\n      }\n    }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query ExportMyData {\n    exportMyData {\n      subjectId\n      generatedAt\n      format\n      profile\n      creditHistory\n      scores\n      currentScore\n      scoreReviews\n      consents\n      consentReceipts\n      consentRequests\n      accessLog\n      fileFreeze\n      notifications\n    }\n  }\n": typeof types.ExportMyDataDocument,
    "\n  fragment ScoreReviews on User {\n    scoreReviews(first: 100) {\n      edges {\n        node {\n          id\n          status\n          statement\n          requestedAt\n          deadline\n          overdue\n          outcome\n          note\n          resolvedAt\n          reviewedScore {\n            value\n            band\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScoreReviewsFragmentDoc,
    "\n  mutation RequestScoreReview($statement: String!) {\n    requestScoreReview(statement: $statement) {\n      id\n      status\n    }\n  }\n": typeof types.RequestScoreReviewDocument,
    "\n  fragment AlertFeed on NotificationConnection {\n    unreadCount\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        occurredAt\n        read\n        message\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AlertFeedFragmentDoc,
    "\n  query OlderAlerts($after: String!) {\n    myNotifications(first: 10, after: $after, includePartnerReads: false) {\n      ...AlertFeed\n    }\n  }\n": typeof types.OlderAlertsDocument,
    "\n  fragment Alerts on Query {\n    myNotifications(first: 10, includePartnerReads: false) {\n      ...AlertFeed\n    }\n  }\n": typeof types.AlertsFragmentDoc,
    "\n  mutation MarkAllAlertsRead {\n    markNotificationsRead\n  }\n": typeof types.MarkAllAlertsReadDocument,
    "\n  fragment FileFreeze on Query {\n    myFileFreeze {\n      frozen\n      since\n    }\n  }\n": typeof types.FileFreezeFragmentDoc,
    "\n  mutation FreezeMyFile {\n    freezeMyFile {\n      frozen\n      since\n    }\n  }\n": typeof types.FreezeMyFileDocument,
    "\n  mutation UnfreezeMyFile {\n    unfreezeMyFile {\n      frozen\n      since\n    }\n  }\n": typeof types.UnfreezeMyFileDocument,
    "\n  fragment AccessLog on User {\n    accessLog(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          outcome\n          purpose\n          summary\n        }\n      }\n    }\n  }\n": typeof types.AccessLogFragmentDoc,
    "\n  fragment ConsentCard on Consent {\n    id\n    partner {\n      id\n      name\n    }\n    scopesInPlainWords\n    purpose\n    expiresAt\n    revokedAt\n    status\n  }\n": typeof types.ConsentCardFragmentDoc,
    "\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": typeof types.RevokeConsentDocument,
    "\n  fragment ConsentList on User {\n    consents(first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentCard\n        }\n      }\n    }\n  }\n": typeof types.ConsentListFragmentDoc,
    "\n  fragment ConsentRequestCard on ConsentRequest {\n    id\n    status\n    partner {\n      id\n      name\n    }\n    scopes\n    scopesInPlainWords\n    purpose\n    durationDays\n    expiresAt\n    answeredAt\n  }\n": typeof types.ConsentRequestCardFragmentDoc,
    "\n  mutation ApproveConsentRequest($id: ID!) {\n    approveConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n": typeof types.ApproveConsentRequestDocument,
    "\n  mutation DeclineConsentRequest($id: ID!) {\n    declineConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n": typeof types.DeclineConsentRequestDocument,
    "\n  fragment ConsentRequests on Query {\n    myConsentRequests(status: AWAITING_AUTHORISATION, first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentRequestCard\n        }\n      }\n    }\n    linkedRequest: consentRequest(id: $linkedRequest) @include(if: $hasLinkedRequest) {\n      id\n      ...ConsentRequestCard\n    }\n    me {\n      id\n      # what the consumer already lets each partner see, so a request for it is not asked again\n      activeConsents: consents(status: ACTIVE, first: 100) {\n        edges {\n          node {\n            id\n            partner {\n              id\n            }\n            scopes\n            expiresAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsentRequestsFragmentDoc,
    "\n  fragment CreditRecordRow on CreditRecord {\n    id\n    kind\n    amountCents\n    currency\n    dueOn\n    paidOn\n    status\n    daysLate\n    source\n    account {\n      id\n      provider\n    }\n    dispute {\n      id\n      status\n    }\n  }\n": typeof types.CreditRecordRowFragmentDoc,
    "\n  fragment CreditRecordPage on CreditRecordConnection {\n    totalCount\n    edges {\n      node {\n        id\n        ...CreditRecordRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.CreditRecordPageFragmentDoc,
    "\n  fragment CreditRecords on User {\n    creditRecords(first: 10) {\n      ...CreditRecordPage\n    }\n  }\n": typeof types.CreditRecordsFragmentDoc,
    "\n  query OlderRecords($after: String!) {\n    me {\n      id\n      creditRecords(first: 10, after: $after) {\n        ...CreditRecordPage\n      }\n    }\n  }\n": typeof types.OlderRecordsDocument,
    "\n  mutation DisputeCreditRecord($input: DisputeCreditRecordInput!) {\n    disputeCreditRecord(input: $input) {\n      id\n      status\n      deadline\n    }\n  }\n": typeof types.DisputeCreditRecordDocument,
    "\n  mutation AddDisputeInformation($input: AddDisputeInformationInput!) {\n    addDisputeInformation(input: $input) {\n      id\n      deadline\n      deadlineExtendedAt\n    }\n  }\n": typeof types.AddDisputeInformationDocument,
    "\n  fragment Disputes on User {\n    disputes(first: 100) {\n      edges {\n        node {\n          id\n          status\n          reason\n          details\n          filedAt\n          deadline\n          deadlineExtendedAt\n          addedInformation {\n            information\n            addedAt\n            extendedDeadline\n          }\n          overdue\n          resolvedAt\n          resolutionNote\n          record {\n            id\n            kind\n            dueOn\n            account {\n              id\n              provider\n            }\n          }\n          correction {\n            previousStatus\n            previousDaysLate\n            status\n            daysLate\n          }\n        }\n      }\n    }\n  }\n": typeof types.DisputesFragmentDoc,
    "\n  fragment CategoryChart on CreditScore {\n    categories {\n      category\n      points\n      maxPoints\n      scored\n      explanation\n    }\n  }\n": typeof types.CategoryChartFragmentDoc,
    "\n  fragment ProjectedScore on ScoreSimulation {\n    currentValue\n    projectedValue\n    change\n    projectedBand\n    projectedProbabilityOfDefault\n    changed\n  }\n": typeof types.ProjectedScoreFragmentDoc,
    "\n  fragment ScoreHistory on CreditScore {\n    history(limit: 12) {\n      value\n      band\n      computedAt\n    }\n  }\n": typeof types.ScoreHistoryFragmentDoc,
    "\n  fragment ScoreReasons on CreditScore {\n    reasons {\n      code\n      sentence\n    }\n  }\n": typeof types.ScoreReasonsFragmentDoc,
    "\n  fragment ScoreScale on Query {\n    scoreScale {\n      min\n      max\n      cutOff\n      cutOffProbabilityOfDefault\n      bands {\n        band\n        min\n        max\n      }\n    }\n  }\n": typeof types.ScoreScaleFragmentDoc,
    "\n  fragment ScoreSummary on CreditScore {\n    value\n    band\n    probabilityOfDefault\n    modelVersion\n    computedAt\n  }\n": typeof types.ScoreSummaryFragmentDoc,
    "\n  fragment WhatIfStartingPoint on User {\n    creditFile {\n      checkingStatus\n      savingsStatus\n    }\n    creditAccounts(first: 20) {\n      edges {\n        node {\n          id\n          isCurrentLoan\n          amount\n          durationMonths\n        }\n      }\n    }\n  }\n": typeof types.WhatIfStartingPointFragmentDoc,
    "\n  query WhatIf($scenario: ScoreScenario!) {\n    me {\n      id\n      scoreSimulation(scenario: $scenario) {\n        ...ProjectedScore\n      }\n    }\n  }\n": typeof types.WhatIfDocument,
};
const documents: Documents = {
    "\n  query ConsumerPage($linkedRequest: ID!, $hasLinkedRequest: Boolean!) {\n    ...ConsentRequests\n    ...Alerts\n    ...FileFreeze\n    ...ScoreScale\n    me {\n      id\n      displayName\n      creditScore {\n        ...ScoreSummary\n        ...CategoryChart\n        ...ScoreReasons\n        ...ScoreHistory\n      }\n      ...WhatIfStartingPoint\n      ...ConsentList\n      ...AccessLog\n      ...CreditRecords\n      ...Disputes\n      ...ScoreReviews\n    }\n  }\n": types.ConsumerPageDocument,
    "\n  mutation DeleteMyAccount {\n    deleteMyAccount {\n      requestedAt\n      completedAt\n      consentsRevoked\n      steps {\n        subgraph\n        status\n      }\n    }\n  }\n": types.DeleteMyAccountDocument,
    "\n  query ExportMyData {\n    exportMyData {\n      subjectId\n      generatedAt\n      format\n      profile\n      creditHistory\n      scores\n      currentScore\n      scoreReviews\n      consents\n      consentReceipts\n      consentRequests\n      accessLog\n      fileFreeze\n      notifications\n    }\n  }\n": types.ExportMyDataDocument,
    "\n  fragment ScoreReviews on User {\n    scoreReviews(first: 100) {\n      edges {\n        node {\n          id\n          status\n          statement\n          requestedAt\n          deadline\n          overdue\n          outcome\n          note\n          resolvedAt\n          reviewedScore {\n            value\n            band\n          }\n        }\n      }\n    }\n  }\n": types.ScoreReviewsFragmentDoc,
    "\n  mutation RequestScoreReview($statement: String!) {\n    requestScoreReview(statement: $statement) {\n      id\n      status\n    }\n  }\n": types.RequestScoreReviewDocument,
    "\n  fragment AlertFeed on NotificationConnection {\n    unreadCount\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        occurredAt\n        read\n        message\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AlertFeedFragmentDoc,
    "\n  query OlderAlerts($after: String!) {\n    myNotifications(first: 10, after: $after, includePartnerReads: false) {\n      ...AlertFeed\n    }\n  }\n": types.OlderAlertsDocument,
    "\n  fragment Alerts on Query {\n    myNotifications(first: 10, includePartnerReads: false) {\n      ...AlertFeed\n    }\n  }\n": types.AlertsFragmentDoc,
    "\n  mutation MarkAllAlertsRead {\n    markNotificationsRead\n  }\n": types.MarkAllAlertsReadDocument,
    "\n  fragment FileFreeze on Query {\n    myFileFreeze {\n      frozen\n      since\n    }\n  }\n": types.FileFreezeFragmentDoc,
    "\n  mutation FreezeMyFile {\n    freezeMyFile {\n      frozen\n      since\n    }\n  }\n": types.FreezeMyFileDocument,
    "\n  mutation UnfreezeMyFile {\n    unfreezeMyFile {\n      frozen\n      since\n    }\n  }\n": types.UnfreezeMyFileDocument,
    "\n  fragment AccessLog on User {\n    accessLog(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          outcome\n          purpose\n          summary\n        }\n      }\n    }\n  }\n": types.AccessLogFragmentDoc,
    "\n  fragment ConsentCard on Consent {\n    id\n    partner {\n      id\n      name\n    }\n    scopesInPlainWords\n    purpose\n    expiresAt\n    revokedAt\n    status\n  }\n": types.ConsentCardFragmentDoc,
    "\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": types.RevokeConsentDocument,
    "\n  fragment ConsentList on User {\n    consents(first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentCard\n        }\n      }\n    }\n  }\n": types.ConsentListFragmentDoc,
    "\n  fragment ConsentRequestCard on ConsentRequest {\n    id\n    status\n    partner {\n      id\n      name\n    }\n    scopes\n    scopesInPlainWords\n    purpose\n    durationDays\n    expiresAt\n    answeredAt\n  }\n": types.ConsentRequestCardFragmentDoc,
    "\n  mutation ApproveConsentRequest($id: ID!) {\n    approveConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n": types.ApproveConsentRequestDocument,
    "\n  mutation DeclineConsentRequest($id: ID!) {\n    declineConsentRequest(id: $id) {\n      id\n      status\n      answeredAt\n    }\n  }\n": types.DeclineConsentRequestDocument,
    "\n  fragment ConsentRequests on Query {\n    myConsentRequests(status: AWAITING_AUTHORISATION, first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentRequestCard\n        }\n      }\n    }\n    linkedRequest: consentRequest(id: $linkedRequest) @include(if: $hasLinkedRequest) {\n      id\n      ...ConsentRequestCard\n    }\n    me {\n      id\n      # what the consumer already lets each partner see, so a request for it is not asked again\n      activeConsents: consents(status: ACTIVE, first: 100) {\n        edges {\n          node {\n            id\n            partner {\n              id\n            }\n            scopes\n            expiresAt\n          }\n        }\n      }\n    }\n  }\n": types.ConsentRequestsFragmentDoc,
    "\n  fragment CreditRecordRow on CreditRecord {\n    id\n    kind\n    amountCents\n    currency\n    dueOn\n    paidOn\n    status\n    daysLate\n    source\n    account {\n      id\n      provider\n    }\n    dispute {\n      id\n      status\n    }\n  }\n": types.CreditRecordRowFragmentDoc,
    "\n  fragment CreditRecordPage on CreditRecordConnection {\n    totalCount\n    edges {\n      node {\n        id\n        ...CreditRecordRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.CreditRecordPageFragmentDoc,
    "\n  fragment CreditRecords on User {\n    creditRecords(first: 10) {\n      ...CreditRecordPage\n    }\n  }\n": types.CreditRecordsFragmentDoc,
    "\n  query OlderRecords($after: String!) {\n    me {\n      id\n      creditRecords(first: 10, after: $after) {\n        ...CreditRecordPage\n      }\n    }\n  }\n": types.OlderRecordsDocument,
    "\n  mutation DisputeCreditRecord($input: DisputeCreditRecordInput!) {\n    disputeCreditRecord(input: $input) {\n      id\n      status\n      deadline\n    }\n  }\n": types.DisputeCreditRecordDocument,
    "\n  mutation AddDisputeInformation($input: AddDisputeInformationInput!) {\n    addDisputeInformation(input: $input) {\n      id\n      deadline\n      deadlineExtendedAt\n    }\n  }\n": types.AddDisputeInformationDocument,
    "\n  fragment Disputes on User {\n    disputes(first: 100) {\n      edges {\n        node {\n          id\n          status\n          reason\n          details\n          filedAt\n          deadline\n          deadlineExtendedAt\n          addedInformation {\n            information\n            addedAt\n            extendedDeadline\n          }\n          overdue\n          resolvedAt\n          resolutionNote\n          record {\n            id\n            kind\n            dueOn\n            account {\n              id\n              provider\n            }\n          }\n          correction {\n            previousStatus\n            previousDaysLate\n            status\n            daysLate\n          }\n        }\n      }\n    }\n  }\n": types.DisputesFragmentDoc,
    "\n  fragment CategoryChart on CreditScore {\n    categories {\n      category\n      points\n      maxPoints\n      scored\n      explanation\n    }\n  }\n": types.CategoryChartFragmentDoc,
    "\n  fragment ProjectedScore on ScoreSimulation {\n    currentValue\n    projectedValue\n    change\n    projectedBand\n    projectedProbabilityOfDefault\n    changed\n  }\n": types.ProjectedScoreFragmentDoc,
    "\n  fragment ScoreHistory on CreditScore {\n    history(limit: 12) {\n      value\n      band\n      computedAt\n    }\n  }\n": types.ScoreHistoryFragmentDoc,
    "\n  fragment ScoreReasons on CreditScore {\n    reasons {\n      code\n      sentence\n    }\n  }\n": types.ScoreReasonsFragmentDoc,
    "\n  fragment ScoreScale on Query {\n    scoreScale {\n      min\n      max\n      cutOff\n      cutOffProbabilityOfDefault\n      bands {\n        band\n        min\n        max\n      }\n    }\n  }\n": types.ScoreScaleFragmentDoc,
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
export function graphql(source: "\n  query ConsumerPage($linkedRequest: ID!, $hasLinkedRequest: Boolean!) {\n    ...ConsentRequests\n    ...Alerts\n    ...FileFreeze\n    ...ScoreScale\n    me {\n      id\n      displayName\n      creditScore {\n        ...ScoreSummary\n        ...CategoryChart\n        ...ScoreReasons\n        ...ScoreHistory\n      }\n      ...WhatIfStartingPoint\n      ...ConsentList\n      ...AccessLog\n      ...CreditRecords\n      ...Disputes\n      ...ScoreReviews\n    }\n  }\n"): (typeof documents)["\n  query ConsumerPage($linkedRequest: ID!, $hasLinkedRequest: Boolean!) {\n    ...ConsentRequests\n    ...Alerts\n    ...FileFreeze\n    ...ScoreScale\n    me {\n      id\n      displayName\n      creditScore {\n        ...ScoreSummary\n        ...CategoryChart\n        ...ScoreReasons\n        ...ScoreHistory\n      }\n      ...WhatIfStartingPoint\n      ...ConsentList\n      ...AccessLog\n      ...CreditRecords\n      ...Disputes\n      ...ScoreReviews\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount {\n    deleteMyAccount {\n      requestedAt\n      completedAt\n      consentsRevoked\n      steps {\n        subgraph\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount {\n    deleteMyAccount {\n      requestedAt\n      completedAt\n      consentsRevoked\n      steps {\n        subgraph\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData {\n      subjectId\n      generatedAt\n      format\n      profile\n      creditHistory\n      scores\n      currentScore\n      scoreReviews\n      consents\n      consentReceipts\n      consentRequests\n      accessLog\n      fileFreeze\n      notifications\n    }\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData {\n      subjectId\n      generatedAt\n      format\n      profile\n      creditHistory\n      scores\n      currentScore\n      scoreReviews\n      consents\n      consentReceipts\n      consentRequests\n      accessLog\n      fileFreeze\n      notifications\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreReviews on User {\n    scoreReviews(first: 100) {\n      edges {\n        node {\n          id\n          status\n          statement\n          requestedAt\n          deadline\n          overdue\n          outcome\n          note\n          resolvedAt\n          reviewedScore {\n            value\n            band\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ScoreReviews on User {\n    scoreReviews(first: 100) {\n      edges {\n        node {\n          id\n          status\n          statement\n          requestedAt\n          deadline\n          overdue\n          outcome\n          note\n          resolvedAt\n          reviewedScore {\n            value\n            band\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestScoreReview($statement: String!) {\n    requestScoreReview(statement: $statement) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestScoreReview($statement: String!) {\n    requestScoreReview(statement: $statement) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertFeed on NotificationConnection {\n    unreadCount\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        occurredAt\n        read\n        message\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment AlertFeed on NotificationConnection {\n    unreadCount\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        occurredAt\n        read\n        message\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderAlerts($after: String!) {\n    myNotifications(first: 10, after: $after, includePartnerReads: false) {\n      ...AlertFeed\n    }\n  }\n"): (typeof documents)["\n  query OlderAlerts($after: String!) {\n    myNotifications(first: 10, after: $after, includePartnerReads: false) {\n      ...AlertFeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Alerts on Query {\n    myNotifications(first: 10, includePartnerReads: false) {\n      ...AlertFeed\n    }\n  }\n"): (typeof documents)["\n  fragment Alerts on Query {\n    myNotifications(first: 10, includePartnerReads: false) {\n      ...AlertFeed\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ConsentRequestCard on ConsentRequest {\n    id\n    status\n    partner {\n      id\n      name\n    }\n    scopes\n    scopesInPlainWords\n    purpose\n    durationDays\n    expiresAt\n    answeredAt\n  }\n"): (typeof documents)["\n  fragment ConsentRequestCard on ConsentRequest {\n    id\n    status\n    partner {\n      id\n      name\n    }\n    scopes\n    scopesInPlainWords\n    purpose\n    durationDays\n    expiresAt\n    answeredAt\n  }\n"];
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
export function graphql(source: "\n  fragment ConsentRequests on Query {\n    myConsentRequests(status: AWAITING_AUTHORISATION, first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentRequestCard\n        }\n      }\n    }\n    linkedRequest: consentRequest(id: $linkedRequest) @include(if: $hasLinkedRequest) {\n      id\n      ...ConsentRequestCard\n    }\n    me {\n      id\n      # what the consumer already lets each partner see, so a request for it is not asked again\n      activeConsents: consents(status: ACTIVE, first: 100) {\n        edges {\n          node {\n            id\n            partner {\n              id\n            }\n            scopes\n            expiresAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConsentRequests on Query {\n    myConsentRequests(status: AWAITING_AUTHORISATION, first: 100) {\n      edges {\n        node {\n          id\n          ...ConsentRequestCard\n        }\n      }\n    }\n    linkedRequest: consentRequest(id: $linkedRequest) @include(if: $hasLinkedRequest) {\n      id\n      ...ConsentRequestCard\n    }\n    me {\n      id\n      # what the consumer already lets each partner see, so a request for it is not asked again\n      activeConsents: consents(status: ACTIVE, first: 100) {\n        edges {\n          node {\n            id\n            partner {\n              id\n            }\n            scopes\n            expiresAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditRecordRow on CreditRecord {\n    id\n    kind\n    amountCents\n    currency\n    dueOn\n    paidOn\n    status\n    daysLate\n    source\n    account {\n      id\n      provider\n    }\n    dispute {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CreditRecordRow on CreditRecord {\n    id\n    kind\n    amountCents\n    currency\n    dueOn\n    paidOn\n    status\n    daysLate\n    source\n    account {\n      id\n      provider\n    }\n    dispute {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditRecordPage on CreditRecordConnection {\n    totalCount\n    edges {\n      node {\n        id\n        ...CreditRecordRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment CreditRecordPage on CreditRecordConnection {\n    totalCount\n    edges {\n      node {\n        id\n        ...CreditRecordRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditRecords on User {\n    creditRecords(first: 10) {\n      ...CreditRecordPage\n    }\n  }\n"): (typeof documents)["\n  fragment CreditRecords on User {\n    creditRecords(first: 10) {\n      ...CreditRecordPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderRecords($after: String!) {\n    me {\n      id\n      creditRecords(first: 10, after: $after) {\n        ...CreditRecordPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderRecords($after: String!) {\n    me {\n      id\n      creditRecords(first: 10, after: $after) {\n        ...CreditRecordPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisputeCreditRecord($input: DisputeCreditRecordInput!) {\n    disputeCreditRecord(input: $input) {\n      id\n      status\n      deadline\n    }\n  }\n"): (typeof documents)["\n  mutation DisputeCreditRecord($input: DisputeCreditRecordInput!) {\n    disputeCreditRecord(input: $input) {\n      id\n      status\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDisputeInformation($input: AddDisputeInformationInput!) {\n    addDisputeInformation(input: $input) {\n      id\n      deadline\n      deadlineExtendedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddDisputeInformation($input: AddDisputeInformationInput!) {\n    addDisputeInformation(input: $input) {\n      id\n      deadline\n      deadlineExtendedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Disputes on User {\n    disputes(first: 100) {\n      edges {\n        node {\n          id\n          status\n          reason\n          details\n          filedAt\n          deadline\n          deadlineExtendedAt\n          addedInformation {\n            information\n            addedAt\n            extendedDeadline\n          }\n          overdue\n          resolvedAt\n          resolutionNote\n          record {\n            id\n            kind\n            dueOn\n            account {\n              id\n              provider\n            }\n          }\n          correction {\n            previousStatus\n            previousDaysLate\n            status\n            daysLate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Disputes on User {\n    disputes(first: 100) {\n      edges {\n        node {\n          id\n          status\n          reason\n          details\n          filedAt\n          deadline\n          deadlineExtendedAt\n          addedInformation {\n            information\n            addedAt\n            extendedDeadline\n          }\n          overdue\n          resolvedAt\n          resolutionNote\n          record {\n            id\n            kind\n            dueOn\n            account {\n              id\n              provider\n            }\n          }\n          correction {\n            previousStatus\n            previousDaysLate\n            status\n            daysLate\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ScoreScale on Query {\n    scoreScale {\n      min\n      max\n      cutOff\n      cutOffProbabilityOfDefault\n      bands {\n        band\n        min\n        max\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ScoreScale on Query {\n    scoreScale {\n      min\n      max\n      cutOff\n      cutOffProbabilityOfDefault\n      bands {\n        band\n        min\n        max\n      }\n    }\n  }\n"];
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