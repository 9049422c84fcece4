import type { Consent } from '../entities/Consent';
import { consentStatus } from '../consent-terms/consent-terms';

export const RECEIPT_EVENTS = ['GIVEN', 'AMENDED', 'WITHDRAWN', 'EXPIRED'] as const;
export type ReceiptEvent = (typeof RECEIPT_EVENTS)[number];
/** Kantara's collectionMethod: the consumer granted in their own app, or approved a partner's request. */
export type CollectionMethod = 'consumer grant' | 'partner request';

export type ReceiptConsent = Pick<
  Consent,
  'id' | 'subjectId' | 'partnerId' | 'scopes' | 'purpose' | 'grantedAt' | 'expiresAt' | 'revokedAt'
>;

/** Who stands behind the receipts: the controller's contact, postal address, phone and policy, set per installation. */
export interface ReceiptIssuer {
  issuer: string;
  contact: string;
  address: string;
  phone: string;
  policyUrl: string;
}

export function receiptIssuerFromEnv(env: NodeJS.ProcessEnv = process.env): ReceiptIssuer {
  return {
    issuer: 'credence',
    contact: env.CREDENCE_PRIVACY_CONTACT ?? 'privacy@credence.example',
    address: env.CREDENCE_PRIVACY_ADDRESS ?? 'Credence, Data Protection, 1 Example Street, 10115 Berlin, Germany',
    phone: env.CREDENCE_PRIVACY_PHONE ?? '+49 30 0000 0000',
    policyUrl: env.CREDENCE_PRIVACY_POLICY_URL ?? 'https://credence.example/privacy',
  };
}

const seconds = (at: Date) => Math.floor(at.getTime() / 1000);

/**
 * A receipt's claims: the Kantara Consent Receipt 1.1 fields, plus an event section in
 * the manner of ISO/IEC TS 27560 (what happened, when, and the consent's times after
 * it), so one receipt shows the consent as it stood at that event. A consent is one
 * service with one purpose: Credence sharing the named scopes with one partner.
 */
export function receiptClaims(
  consent: ReceiptConsent,
  receipt: { id: string; event: ReceiptEvent; issuedAt: Date; eventTime: Date; collectionMethod: CollectionMethod },
  issuer: ReceiptIssuer,
) {
  return {
    iss: issuer.issuer,
    sub: consent.subjectId,
    iat: seconds(receipt.issuedAt),
    jti: receipt.id,
    version: 'KI-CR-v1.1.0',
    jurisdiction: 'EU',
    consentTimestamp: seconds(receipt.eventTime),
    collectionMethod: receipt.collectionMethod,
    consentReceiptID: receipt.id,
    language: 'en',
    piiPrincipalId: consent.subjectId,
    // Kantara 1.1 asks each controller's contact, address, e-mail and phone
    piiControllers: [
      {
        piiController: 'Credence',
        contact: issuer.contact,
        address: issuer.address,
        email: issuer.contact,
        phone: issuer.phone,
        piiControllerUrl: issuer.policyUrl,
      },
    ],
    policyUrl: issuer.policyUrl,
    services: [
      {
        service: 'Credit data sharing',
        purposes: [
          {
            purpose: consent.purpose,
            purposeCategory: ['credit assessment'],
            consentType: 'EXPLICIT',
            piiCategory: [...consent.scopes],
            primaryPurpose: true,
            termination: consent.expiresAt.toISOString(),
            thirdPartyDisclosure: true,
            thirdPartyName: consent.partnerId,
          },
        ],
      },
    ],
    // GDPR Art. 9 special categories: credit data is none of them, and Credence stores none.
    sensitive: false,
    spiCat: [],
    consentEvent: {
      eventType: receipt.event.toLowerCase(),
      eventTime: receipt.eventTime.toISOString(),
      consentId: consent.id,
      consentStatus: consentStatus(consent, receipt.eventTime).toLowerCase(),
      grantedAt: consent.grantedAt.toISOString(),
      expiresAt: consent.expiresAt.toISOString(),
      revokedAt: consent.revokedAt?.toISOString() ?? null,
    },
  };
}
