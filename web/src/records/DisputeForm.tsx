import { FormEvent, useLayoutEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../__generated__';
import type { DisputeReason } from '../__generated__/graphql';
import { Field } from '../ui/Field';
import { DISPUTE_REASON_WORDS } from '../ui/words';

export const DisputeCreditRecordMutation = graphql(`
  mutation DisputeCreditRecord($input: DisputeCreditRecordInput!) {
    disputeCreditRecord(input: $input) {
      id
      status
      deadline
    }
  }
`);

const DETAILS_MAX = 2000;

/**
 * Disputing one record: why (the graph's reasons, in words) and what is wrong, in the
 * consumer's own words. Sent, the page is refetched: the record shows its dispute and the
 * dispute joins "Your disputes".
 */
export function DisputeForm({
  recordId,
  description,
  onDone,
}: {
  recordId: string;
  description: string;
  onDone(): void;
}) {
  const [reason, setReason] = useState<DisputeReason>('PAID_ON_TIME');
  const [details, setDetails] = useState('');
  const [dispute, { loading, error }] = useMutation(DisputeCreditRecordMutation, {
    refetchQueries: ['ConsumerPage'],
    awaitRefetchQueries: true,
  });
  const first = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);

  function send(event: FormEvent) {
    event.preventDefault();
    if (!details.trim()) return;
    dispute({ variables: { input: { recordId, reason, details: details.trim() } } })
      .then(onDone)
      .catch(() => undefined);
  }

  return (
    <form className="dispute-form" onSubmit={send} aria-label={`Dispute: ${description}`}>
      <Field label="What is wrong">
        <select ref={first} value={reason} onChange={(e) => setReason(e.target.value as DisputeReason)}>
          {(Object.keys(DISPUTE_REASON_WORDS) as DisputeReason[]).map((r) => (
            <option key={r} value={r}>
              {DISPUTE_REASON_WORDS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="In your words"
        hint={`What happened, and what the record should say (up to ${DETAILS_MAX} characters).`}
      >
        <textarea
          required
          maxLength={DETAILS_MAX}
          rows={3}
          value={details}
          onChange={(e) => setDetails(e.target.value)}
        />
      </Field>
      <div className="request-actions">
        <button type="submit" disabled={loading}>
          {loading ? 'Sending…' : 'Send dispute'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error && <p role="alert">Your dispute was not sent: {error.message}</p>}
    </form>
  );
}
