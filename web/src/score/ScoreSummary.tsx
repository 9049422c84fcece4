import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { BAND_WORDS } from '../ui/words';
import { formatDate, formatPercent, oneIn } from '../ui/format';
import { Section } from '../ui/Section';
import { ScoreBands, ScoreScale } from './ScoreScale';

export const ScoreSummaryFragment = graphql(`
  fragment ScoreSummary on CreditScore {
    value
    band
    probabilityOfDefault
    modelVersion
    computedAt
  }
`);

/** The score, its band and its probability of default, where it sits on the scale, and what the bands and cut-off mean. */
export function ScoreSummary({
  score,
  scale,
}: {
  score: FragmentType<typeof ScoreSummaryFragment>;
  scale: ScoreScale;
}) {
  const { value, band, probabilityOfDefault, modelVersion, computedAt } = getFragmentData(ScoreSummaryFragment, score);
  return (
    <Section id="score" title="Your score">
      <p className="score-line">
        <span className="score-value" data-testid="score-value">
          {value ?? '—'}
        </span>{' '}
        <span className="score-scale">
          on a scale from {scale.min} to {scale.max}
        </span>
      </p>
      {value !== null && <ScaleMarker value={value} scale={scale} />}
      <dl className="facts">
        <div>
          <dt>Band</dt>
          <dd data-testid="score-band">{band ? BAND_WORDS[band] : 'not available'}</dd>
        </div>
        {probabilityOfDefault !== null && (
          <div>
            <dt>Probability of default</dt>
            <dd data-testid="score-pd">
              {formatPercent(probabilityOfDefault)}: {oneIn(probabilityOfDefault)} people with this score do not repay
              as agreed
            </dd>
          </div>
        )}
      </dl>
      {computedAt !== null && modelVersion !== null && (
        <p className="muted">
          Worked out on {formatDate(computedAt)} with model {modelVersion}.
        </p>
      )}
      <ScoreBands scale={scale} value={value} band={band} />
    </Section>
  );
}

/** Decorative: the sentence above says the same in words. */
function ScaleMarker({ value, scale: { min, max } }: { value: number; scale: ScoreScale }) {
  const at = (100 * (Math.min(Math.max(value, min), max) - min)) / (max - min);
  return (
    <svg className="scale" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="scale-track" x="0" y="2" width="100" height="4" rx="2" />
      <rect className="scale-fill" x="0" y="2" width={at} height="4" rx="2" />
      <rect className="scale-marker" x={Math.max(0, at - 0.75)} y="0" width="1.5" height="8" />
    </svg>
  );
}
