import { useState } from 'react';
import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatDate, formatDay } from '../ui/format';
import { DISPUTE_REASON_WORDS, DISPUTE_STATUS_WORDS, paymentWords, RECORD_KIND_WORDS } from '../ui/words';
import { Section } from '../ui/Section';
import { DisputeInformationForm } from './DisputeInformationForm';

export const DisputesFragment = graphql(`
  fragment Disputes on User {
    disputes(first: 100) {
      edges {
        node {
          id
          status
          reason
          details
          filedAt
          deadline
          deadlineExtendedAt
          addedInformation {
            information
            addedAt
            extendedDeadline
          }
          overdue
          resolvedAt
          resolutionNote
          record {
            id
            kind
            dueOn
            account {
              id
              provider
            }
          }
          correction {
            previousStatus
            previousDaysLate
            status
            daysLate
          }
        }
      }
    }
  }
`);

/** The consumer's disputes, most recently filed first: where each stands, by when it must be decided, and the answer. */
export function Disputes({ user }: { user: FragmentType<typeof DisputesFragment> }) {
  const disputes = getFragmentData(DisputesFragment, user).disputes?.edges.map((edge) => edge.node);
  const [adding, setAdding] = useState<string | null>(null);
  return (
    <Section id="disputes" title="Your disputes" wide>
      {!disputes ? (
        <p>Your disputes are not available right now.</p>
      ) : disputes.length === 0 ? (
        <p>You have not disputed any record. Use “Dispute this record” beside a record that is wrong.</p>
      ) : (
        <ul className="disputes">
          {disputes.map((d) => (
            <li key={d.id} className={`dispute dispute-${d.status.toLowerCase()}`} data-dispute={d.id}>
              <h3>
                {RECORD_KIND_WORDS[d.record.kind]} to {d.record.account.provider}, due {formatDay(d.record.dueOn)}
              </h3>
              <p className="consent-status" data-testid="dispute-status">
                {DISPUTE_STATUS_WORDS[d.status]}
              </p>
              <p>
                {DISPUTE_REASON_WORDS[d.reason]}
                {d.details && (
                  <>
                    : <q>{d.details}</q>
                  </>
                )}
              </p>
              <p className="muted">
                Filed on {formatDate(d.filedAt)}.{' '}
                {d.resolvedAt
                  ? `Decided on ${formatDate(d.resolvedAt)}.`
                  : d.overdue
                    ? `It should have been decided by ${formatDate(d.deadline)}: it is overdue.`
                    : `To be decided by ${formatDate(d.deadline)}.`}
                {d.deadlineExtendedAt && ' You added information within 30 days, so they have 45 days instead of 30.'}
              </p>
              {d.addedInformation?.map((added) => (
                <p key={added.addedAt} data-testid="dispute-addition">
                  You added on {formatDate(added.addedAt)}: <q>{added.information}</q>
                </p>
              ))}
              {(d.status === 'OPEN' || d.status === 'INVESTIGATING') &&
                (adding === d.id ? (
                  <DisputeInformationForm disputeId={d.id} onDone={() => setAdding(null)} />
                ) : (
                  <button type="button" onClick={() => setAdding(d.id)}>
                    Add information
                  </button>
                ))}
              {d.resolutionNote && <p data-testid="dispute-note">Staff’s answer: “{d.resolutionNote}”</p>}
              {d.correction && (
                <p>
                  The record now says {paymentWords(d.correction.status, d.correction.daysLate)} (it said{' '}
                  {paymentWords(d.correction.previousStatus, d.correction.previousDaysLate)}).
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
