import { FormEvent, useLayoutEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { Field } from '../ui/Field';

export const AddDisputeInformationMutation = graphql(`
  mutation AddDisputeInformation($input: AddDisputeInformationInput!) {
    addDisputeInformation(input: $input) {
      id
      deadline
      deadlineExtendedAt
    }
  }
`);

const INFORMATION_MAX = 2000;

/**
 * Adding information to an undecided dispute, in the consumer's own words. The first
 * addition within 30 days of filing gives whoever decides 45 days instead of 30 (FCRA
 * §611), which the page shows once it is refetched.
 */
export function DisputeInformationForm({ disputeId, onDone }: { disputeId: string; onDone(): void }) {
  const [information, setInformation] = useState('');
  const [add, { loading, error }] = useMutation(AddDisputeInformationMutation, {
    refetchQueries: ['ConsumerPage'],
    awaitRefetchQueries: true,
  });
  const first = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);

  function send(event: FormEvent) {
    event.preventDefault();
    if (!information.trim()) return;
    add({ variables: { input: { id: disputeId, information: information.trim() } } })
      .then(onDone)
      .catch(() => undefined);
  }

  return (
    <form className="dispute-form" onSubmit={send} aria-label="Add information to this dispute">
      <Field
        label="What you want to add"
        hint={`A fact, a document's content, something that changed (3 to ${INFORMATION_MAX} characters). Adding it within 30 days of filing gives whoever decides 45 days instead of 30.`}
      >
        <textarea
          ref={first}
          required
          minLength={3}
          maxLength={INFORMATION_MAX}
          rows={3}
          value={information}
          onChange={(e) => setInformation(e.target.value)}
        />
      </Field>
      <div className="request-actions">
        <button type="submit" disabled={loading}>
          {loading ? 'Sending…' : 'Send information'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error && <p role="alert">Your information was not sent: {error.message}</p>}
    </form>
  );
}
