import { useId, useLayoutEffect, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatDate } from '../ui/format';
import { ScopeWords } from './ScopeWords';
import { useConfirmStep } from '../ui/use-confirm-step';

export const ConsentCardFragment = graphql(`
  fragment ConsentCard on Consent {
    id
    partner {
      id
      name
    }
    scopesInPlainWords
    purpose
    expiresAt
    revokedAt
    status
  }
`);

export const RevokeConsentMutation = graphql(`
  mutation RevokeConsent($id: ID!) {
    revokeConsent(id: $id) {
      id
      status
      revokedAt
    }
  }
`);

/**
 * One consent: the partner, what it may see in plain words, until when, and while it is
 * active a revoke button that asks first: revoking cannot be undone (the consumer would
 * have to grant a new consent), so the second step names the partner and the
 * consequence, and "Keep access" leaves everything as it was.
 */
export function ConsentCard({ consent }: { consent: FragmentType<typeof ConsentCardFragment> }) {
  const { id, partner, scopesInPlainWords, purpose, expiresAt, revokedAt, status } = getFragmentData(
    ConsentCardFragment,
    consent,
  );
  const headingId = useId();
  const statusLine = useRef<HTMLParagraphElement>(null);
  // The answer updates the cached Consent by its id, so this card re-renders as revoked.
  const [revoke, { loading, error }] = useMutation(RevokeConsentMutation, { variables: { id } });

  const step = useConfirmStep();

  const revokedHere = useRef(false);
  // The button is gone once revoked: once the card shows it, keep the keyboard where the news is.
  useLayoutEffect(() => {
    if (status !== 'REVOKED' || !revokedHere.current) return;
    revokedHere.current = false;
    statusLine.current?.focus();
  }, [status]);

  function revokeHere() {
    revokedHere.current = true;
    step.done();
    revoke().catch(() => {
      revokedHere.current = false;
    });
  }

  return (
    <li className={`consent consent-${status.toLowerCase()}`} aria-labelledby={headingId} data-consent={id}>
      <h3 id={headingId}>{partner.name}</h3>
      <p className="consent-status" ref={statusLine} tabIndex={-1} data-testid="consent-status">
        {status === 'ACTIVE' && <>Active until {formatDate(expiresAt)}</>}
        {status === 'EXPIRED' && <>Expired on {formatDate(expiresAt)}</>}
        {status === 'REVOKED' && <>Revoked{revokedAt ? ` on ${formatDate(revokedAt)}` : ''}</>}
      </p>
      <p>
        For: <q>{purpose}</q>
      </p>
      <p className="consent-scopes-intro">{status === 'ACTIVE' ? 'They may see:' : 'They could see:'}</p>
      <ScopeWords words={scopesInPlainWords} />
      {status === 'ACTIVE' && !step.confirming && (
        <button
          type="button"
          className="revoke"
          ref={step.trigger}
          onClick={step.ask}
          disabled={loading}
          aria-label={`Revoke access for ${partner.name}`}
        >
          {loading ? 'Revoking…' : 'Revoke access'}
        </button>
      )}
      {status === 'ACTIVE' && step.confirming && (
        <div className="confirm" role="group" aria-label={`Revoke access for ${partner.name}?`}>
          <p>
            From its next request, {partner.name} will see none of this. To let it see your data again you would have to
            give a new consent.
          </p>
          <div className="request-actions">
            <button type="button" className="revoke" ref={step.answer} onClick={revokeHere}>
              Yes, revoke access for {partner.name}
            </button>
            <button type="button" onClick={step.cancel}>
              Keep access
            </button>
          </div>
        </div>
      )}
      {error && <p role="alert">Revoking failed: {error.message}</p>}
    </li>
  );
}
