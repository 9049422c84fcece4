import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { BAND_WORDS } from '../ui/words';
import { formatPercent, signed } from '../ui/format';

export const ProjectedScoreFragment = graphql(`
  fragment ProjectedScore on ScoreSimulation {
    currentValue
    projectedValue
    change
    projectedBand
    projectedProbabilityOfDefault
    changed
  }
`);

/** The what-if's answer, announced politely to screen readers as it changes. */
export function ProjectedScore(props: {
  simulation: FragmentType<typeof ProjectedScoreFragment> | null | undefined;
  pending: boolean;
  failure: string | null;
}) {
  const simulation = getFragmentData(ProjectedScoreFragment, props.simulation);
  return (
    <output className="projected" aria-live="polite" aria-busy={props.pending} data-testid="projected-score">
      {props.failure ? (
        <span role="alert">The projection failed: {props.failure}</span>
      ) : !simulation ? (
        'Change something above to see your projected score.'
      ) : (
        <>
          <span className="projected-value" data-testid="projected-value">
            {simulation.projectedValue}
          </span>{' '}
          projected ({signed(simulation.change)} points from {simulation.currentValue}): band{' '}
          {BAND_WORDS[simulation.projectedBand]}, probability of default{' '}
          {formatPercent(simulation.projectedProbabilityOfDefault)}.
          {simulation.changed.length === 0 && ' That is the same as now.'}
        </>
      )}
    </output>
  );
}
