import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatDate } from '../ui/format';
import { Field } from '../ui/Field';
import { Section } from '../ui/Section';
import { BAND_WORDS, REVIEW_OUTCOME_WORDS } from '../ui/words';

export const ScoreReviewsFragment = graphql(`
  fragment ScoreReviews on User {
    scoreReviews(first: 100) {
      edges {
        node {
          id
          status
          statement
          requestedAt
          deadline
          overdue
          outcome
          note
          resolvedAt
          reviewedScore {
            value
            band
          }
        }
      }
    }
  }
`);

export const RequestScoreReviewMutation = graphql(`
  mutation RequestScoreReview($statement: String!) {
    requestScoreReview(statement: $statement) {
      id
      status
    }
  }
`);

const STATEMENT = { min: 3, max: 2000 };

/**
 * The consumer's right to a person's review of their automated score (GDPR Art. 22):
 * ask, with their view in their own words, while no review is open; every review with
 * the score it is about, its deadline and, once answered, the outcome and the note.
 */
export function ScoreReview({ user }: { user: FragmentType<typeof ScoreReviewsFragment> }) {
  const scoreReviews = getFragmentData(ScoreReviewsFragment, user).scoreReviews?.edges.map((edge) => edge.node);
  const [statement, setStatement] = useState('');
  const [ask, { loading, error }] = useMutation(RequestScoreReviewMutation, {
    refetchQueries: ['ConsumerPage'],
    awaitRefetchQueries: true,
  });
  const open = scoreReviews?.some((review) => review.status === 'OPEN');

  function send(event: FormEvent) {
    event.preventDefault();
    if (statement.trim().length < STATEMENT.min) return;
    ask({ variables: { statement: statement.trim() } })
      .then(() => setStatement(''))
      .catch(() => undefined);
  }

  return (
    <Section id="score-review" title="Ask a person to review your score">
      {!scoreReviews ? (
        <p>Your score reviews are not available right now.</p>
      ) : (
        <>
          <p>
            Your score is worked out by a computer. You may ask a person at Credence to check it against your data and
            your own view of it; they answer within 30 days.
          </p>
          {!open && (
            <form className="review-form" onSubmit={send}>
              <Field
                label="What does your score get wrong about you?"
                hint={`${STATEMENT.min} to ${STATEMENT.max} characters.`}
              >
                <textarea
                  required
                  minLength={STATEMENT.min}
                  maxLength={STATEMENT.max}
                  rows={3}
                  value={statement}
                  onChange={(e) => setStatement(e.target.value)}
                />
              </Field>
              <button type="submit" disabled={loading}>
                {loading ? 'Sending…' : 'Ask for a review'}
              </button>
            </form>
          )}
          {error && <p role="alert">Your request was not sent: {error.message}</p>}
          {scoreReviews.length > 0 && (
            <ul className="reviews">
              {scoreReviews.map((review) => (
                <li key={review.id} className="review" data-review={review.id}>
                  <p className="consent-status" data-testid="review-status">
                    {review.status === 'OPEN'
                      ? `Asked on ${formatDate(review.requestedAt)}: a person will answer by ${formatDate(review.deadline)}${review.overdue ? ' (overdue)' : ''}.`
                      : `Answered on ${formatDate(review.resolvedAt ?? review.requestedAt)}. ${review.outcome ? REVIEW_OUTCOME_WORDS[review.outcome] : ''}`}
                  </p>
                  {review.note && <p data-testid="review-note">The reviewer wrote: “{review.note}”</p>}
                  <p className="muted">
                    The score reviewed: {review.reviewedScore.value ?? '—'}
                    {review.reviewedScore.band && ` (${BAND_WORDS[review.reviewedScore.band]})`}. You wrote: “
                    {review.statement}”
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  );
}
