import { FragmentType, getFragmentData, graphql } from '../__generated__';
import type { ScoreBand, ScoreScaleFragment as ScoreScaleData } from '../__generated__/graphql';
import { BAND_WORDS } from '../ui/words';
import { oneIn } from '../ui/format';

/** The scale every score is on, as the scorecard in use defines it: nothing here is a number of the page's own. */
export const ScoreScaleFragment = graphql(`
  fragment ScoreScale on Query {
    scoreScale {
      min
      max
      cutOff
      cutOffProbabilityOfDefault
      bands {
        band
        min
        max
      }
    }
  }
`);

export type ScoreScale = ScoreScaleData['scoreScale'];

export const scoreScaleOf = (query: FragmentType<typeof ScoreScaleFragment>): ScoreScale =>
  getFragmentData(ScoreScaleFragment, query).scoreScale;

/** "12 points above" / "30 points below" / "exactly at" the cut-off. */
function againstCutOff(value: number, cutOff: number): string {
  if (value === cutOff) return 'exactly at it';
  const gap = Math.abs(value - cutOff);
  return `${gap} ${gap === 1 ? 'point' : 'points'} ${value > cutOff ? 'above' : 'below'} it`;
}

/**
 * What the bands and the cut-off mean: each band with the scores it covers (the
 * consumer's own marked), and where lenders using Credence's cut-off draw the line.
 */
export function ScoreBands({
  scale,
  value,
  band,
}: {
  scale: ScoreScale;
  value: number | null;
  band: ScoreBand | null;
}) {
  const cutOffBand = scale.bands.find((b) => b.min === scale.cutOff)?.band;
  return (
    <div className="score-bands" data-testid="score-bands">
      <h3>What the bands mean</h3>
      <ul className="band-list">
        {scale.bands.map((b) => (
          <li key={b.band} className={b.band === band ? 'band band-yours' : 'band'} data-band={b.band}>
            <span className="band-name">{BAND_WORDS[b.band]}</span>{' '}
            <span className="band-range">
              {b.min} to {b.max}
            </span>
            {b.band === band && <strong className="band-yours-mark"> (your band)</strong>}
          </li>
        ))}
      </ul>
      <p data-testid="score-cut-off">
        The cut-off is {scale.cutOff}
        {cutOffBand ? `, where ${BAND_WORDS[cutOffBand]} starts` : ''}: at or above it,{' '}
        {oneIn(scale.cutOffProbabilityOfDefault)} people or fewer do not repay as agreed, and a lender using Credence’s
        scorecard approves.
        {value !== null && ` Your score is ${againstCutOff(value, scale.cutOff)}.`} Each lender decides for itself; the
        cut-off is the same for everyone.
      </p>
    </div>
  );
}
