import { ConsentScope } from '../../../shared/consent/consent-scopes';
import { DenialCode } from '../../../shared/consent/consent-gate';

// The decision's ground: what a batch asks and what it answers, shared by every step of it and by its callers.

/** One guarded read a batch decides: a field of one subject's data. */
export interface ReadRequest {
  subjectId: string;
  /** null for reads that no consent can open (staff reading consents or the access log) */
  scope: ConsentScope | null;
  field: string;
  detail?: string | null;
  /** the field in the consumer's words, where its scope's words would not do */
  noun?: string | null;
}

/** The answer to one ReadRequest. */
export interface Verdict {
  allowed: boolean;
  code: DenialCode | null;
  message: string | null;
  consentId: string | null;
  purpose: string | null;
}
