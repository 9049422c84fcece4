import { useId, useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatCents, formatDay } from '../ui/format';
import { DISPUTE_STATUS_WORDS, paymentWords, RECORD_KIND_WORDS } from '../ui/words';
import { Section } from '../ui/Section';
import { DisputeForm } from './DisputeForm';

export const CreditRecordRowFragment = graphql(`
  fragment CreditRecordRow on CreditRecord {
    id
    kind
    amountCents
    currency
    dueOn
    paidOn
    status
    daysLate
    source
    account {
      id
      provider
    }
    dispute {
      id
      status
    }
  }
`);

/** One page of records; the page's query and "Show older records" select exactly this (relayStylePagination, graph-client.ts). */
export const CreditRecordPageFragment = graphql(`
  fragment CreditRecordPage on CreditRecordConnection {
    totalCount
    edges {
      node {
        id
        ...CreditRecordRow
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const CreditRecordsFragment = graphql(`
  fragment CreditRecords on User {
    creditRecords(first: 10) {
      ...CreditRecordPage
    }
  }
`);

export const OlderRecordsQuery = graphql(`
  query OlderRecords($after: String!) {
    me {
      id
      creditRecords(first: 10, after: $after) {
        ...CreditRecordPage
      }
    }
  }
`);

const UNDECIDED = ['OPEN', 'INVESTIGATING'];

/**
 * Every payment on file, newest due date first, as lenders reported it; any of them can
 * be disputed from its own line, unless a dispute of it is still undecided.
 */
export function CreditRecords({ user }: { user: FragmentType<typeof CreditRecordsFragment> }) {
  const { creditRecords } = getFragmentData(CreditRecordsFragment, user);
  const page = getFragmentData(CreditRecordPageFragment, creditRecords);
  const [loadOlder, older] = useLazyQuery(OlderRecordsQuery, { fetchPolicy: 'network-only' });
  return (
    <Section id="records" title="Your credit records" wide>
      {!page ? (
        <p>Your credit records are not available right now.</p>
      ) : page.totalCount === 0 ? (
        <p>Credence holds no payment records about you.</p>
      ) : (
        <>
          <p>
            The latest {page.edges.length} of {page.totalCount} payments lenders reported, newest first. If one is
            wrong, dispute it: staff answer within 30 days, and an upheld dispute corrects the record and your score.
          </p>
          <ul className="records">
            {page.edges.map(({ node }) => (
              <RecordLine key={node.id} record={node} />
            ))}
          </ul>
          {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
            <button
              type="button"
              disabled={older.loading}
              onClick={() => loadOlder({ variables: { after: page.pageInfo.endCursor! } }).catch(() => undefined)}
            >
              {older.loading ? 'Loading older records…' : 'Show older records'}
            </button>
          )}
          {older.error && <p role="alert">Older records could not be loaded: {older.error.message}</p>}
        </>
      )}
    </Section>
  );
}

function RecordLine({ record }: { record: FragmentType<typeof CreditRecordRowFragment> }) {
  const { id, kind, amountCents, currency, dueOn, status, daysLate, source, account, dispute } = getFragmentData(
    CreditRecordRowFragment,
    record,
  );
  const [disputing, setDisputing] = useState(false);
  const describedBy = useId();
  const undecided = dispute && UNDECIDED.includes(dispute.status);
  const description = `${RECORD_KIND_WORDS[kind]} to ${account.provider}, due ${formatDay(dueOn)}`;
  return (
    <li className={`record record-${status.toLowerCase()}`} data-record={id} aria-label={description}>
      <div className="record-line">
        <p id={describedBy}>
          <strong>{formatDay(dueOn)}</strong> · {RECORD_KIND_WORDS[kind]} · {account.provider}
          <br />
          {formatCents(amountCents, currency)}, {paymentWords(status, daysLate)}
          {source !== account.provider && <span className="muted"> (reported by {source})</span>}
        </p>
        {!undecided && !disputing && (
          <button type="button" className="small" onClick={() => setDisputing(true)} aria-describedby={describedBy}>
            Dispute this record
          </button>
        )}
      </div>
      {dispute && (
        <p className="record-dispute" data-testid="record-dispute">
          Your dispute: {DISPUTE_STATUS_WORDS[dispute.status]}.
        </p>
      )}
      {!undecided && disputing && (
        <DisputeForm recordId={id} description={description} onDone={() => setDisputing(false)} />
      )}
    </li>
  );
}
