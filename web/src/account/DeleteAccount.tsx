import { useMutation } from '@apollo/client/react';
import { graphql } from '../__generated__';
import type { DeleteMyAccountMutation } from '../__generated__/graphql';
import { Section } from '../ui/Section';
import { useConfirmStep } from '../ui/use-confirm-step';

export const DeleteMyAccountMutationDocument = graphql(`
  mutation DeleteMyAccount {
    deleteMyAccount {
      requestedAt
      completedAt
      consentsRevoked
      steps {
        subgraph
        status
      }
    }
  }
`);

export type Erasure = DeleteMyAccountMutation['deleteMyAccount'];

/**
 * Deleting the account, in two steps: the first says what will happen and offers the
 * export; only "Yes, delete my account" deletes. There is no undo, so "Keep my account"
 * is as easy to press and comes with the focus.
 */
export function DeleteAccount({ onDeleted }: { onDeleted(erasure: Erasure): void }) {
  const step = useConfirmStep();
  const [remove, { loading, error }] = useMutation(DeleteMyAccountMutationDocument);

  function deleteNow() {
    remove()
      .then(({ data }) => data && onDeleted(data.deleteMyAccount))
      .catch(() => undefined);
  }

  return (
    <Section id="delete-account" title="Delete your account">
      <p>
        Deleting your account revokes every consent at once, so no partner can read your data any more, then erases your
        profile, credit records, scores, alerts and access log. It cannot be undone.
      </p>
      {!step.confirming ? (
        <button type="button" className="revoke" ref={step.trigger} onClick={step.ask}>
          Delete my account…
        </button>
      ) : (
        <div className="confirm" role="group" aria-label="Delete your account for good?">
          <p>
            <strong>Are you sure?</strong> Everything Credence holds about you will be erased. If you want a copy, use
            “Download my data” first.
          </p>
          <div className="request-actions">
            <button type="button" ref={step.answer} onClick={step.cancel} disabled={loading}>
              Keep my account
            </button>
            <button type="button" className="revoke" onClick={deleteNow} aria-disabled={loading}>
              {loading ? 'Deleting…' : 'Yes, delete my account'}
            </button>
          </div>
        </div>
      )}
      {error && <p role="alert">Your account was not deleted: {error.message}</p>}
    </Section>
  );
}

/** What the consumer sees once the account is deleted: what was done, and the way out. */
export function AccountDeleted({ erasure, onSignOut }: { erasure: Erasure; onSignOut(): void }) {
  const pending = erasure.steps.filter((step) => step.status !== 'DONE').length;
  return (
    <section className="card" aria-labelledby="deleted-heading" data-testid="account-deleted">
      <h2 id="deleted-heading">Your account is deleted</h2>
      <p role="status">
        {erasure.consentsRevoked === 0
          ? 'No partner held a consent.'
          : `${erasure.consentsRevoked} ${erasure.consentsRevoked === 1 ? 'consent was' : 'consents were'} revoked at once.`}{' '}
        {erasure.completedAt || pending === 0
          ? 'Your data has been erased.'
          : `Your data is being erased; ${pending} of ${erasure.steps.length} parts of Credence will finish shortly.`}
      </p>
      <button type="button" onClick={onSignOut}>
        Sign out
      </button>
    </section>
  );
}
