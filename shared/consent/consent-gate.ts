import DataLoader from 'dataloader';
import { callSubgraph, SubgraphUrls } from '../trust/internal-client';
import { Viewer } from '../trust/viewer';
import type { ConsentScope } from './consent-scopes';

export interface AccessRequest {
  subjectId: string;
  /** null for a staff read no consent scope guards (a case, a work queue): the decision and log still apply */
  scope: ConsentScope | null;
  /** schema coordinate of the guarded field, e.g. CreditScore.value: what the access log shows */
  field: string;
  /** the field's arguments as JSON, when it has any (e.g. the threshold asked about) */
  detail: string | null;
  /** what the field is in the consumer's words, where its scope's words would not do (see the directive) */
  noun: string | null;
}

export type DenialCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONSENT_REQUIRED'
  | 'PARTNER_SUSPENDED'
  | 'SUBJECT_FROZEN'
  | 'THRESHOLD_LIMIT_REACHED';

export interface AccessDecision {
  allowed: boolean;
  code: DenialCode | null;
  message: string | null;
}

const DECIDE = `mutation Decide($requests: [AccessRequestInput!]!) {
  decideAccess(requests: $requests) { allowed code message }
}`;

export type ConsentGate = DataLoader<AccessRequest, AccessDecision, string>;

/**
 * Asks the consent subgraph, once per request and tick, whether this viewer may read
 * each guarded field it reached. The consent subgraph decides and writes the access
 * log in the same step, so no allowed read goes unlogged. Per request only: a revoked
 * consent is seen by the very next request.
 */
export function createConsentGate(
  peers: SubgraphUrls,
  caller: string,
  viewer: Viewer,
  requestId?: string,
): ConsentGate {
  return new DataLoader<AccessRequest, AccessDecision, string>(
    async (requests) => {
      const data = await callSubgraph<{ decideAccess: AccessDecision[] }>(
        peers,
        'consent',
        caller,
        viewer,
        DECIDE,
        {
          requests: requests.map(({ subjectId, scope, field, detail, noun }) => ({
            subjectId,
            scope,
            field,
            detail,
            noun,
          })),
        },
        { requestId },
      );
      return data.decideAccess;
    },
    { cacheKeyFn: (request) => `${request.subjectId}|${request.scope}|${request.field}|${request.detail}` },
  );
}
