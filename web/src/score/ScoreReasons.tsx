import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { Section } from '../ui/Section';

export const ScoreReasonsFragment = graphql(`
  fragment ScoreReasons on CreditScore {
    reasons {
      code
      sentence
    }
  }
`);

/** At most four reasons, the largest point losses first, each a sentence the consumer can act on. */
export function ScoreReasons({ score }: { score: FragmentType<typeof ScoreReasonsFragment> }) {
  const { reasons } = getFragmentData(ScoreReasonsFragment, score);
  return (
    <Section id="reasons" title="What holds your score back">
      {!reasons ? (
        <p>The reasons are not available right now.</p>
      ) : reasons.length === 0 ? (
        <p>Nothing: every part of your score is at its best.</p>
      ) : (
        <ol className="reasons">
          {reasons.map((reason) => (
            <li key={reason.code}>{reason.sentence}</li>
          ))}
        </ol>
      )}
    </Section>
  );
}
