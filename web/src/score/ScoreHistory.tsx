import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { BAND_WORDS } from '../ui/words';
import { formatDateTime, formatShortDate } from '../ui/format';
import { Section } from '../ui/Section';
import type { ScoreScale } from './ScoreScale';

export const ScoreHistoryFragment = graphql(`
  fragment ScoreHistory on CreditScore {
    history(limit: 12) {
      value
      band
      computedAt
    }
  }
`);

const WIDTH = 100;
const HEIGHT = 100;

/** Five grid lines, evenly from the top of the scale to its bottom. */
const gridOf = ({ min, max }: ScoreScale) => [0, 1, 2, 3, 4].map((step) => Math.round(max - (step * (max - min)) / 4));

/** A score's height on the whole scale, so a change looks as big as it is. */
const heightOn =
  ({ min, max }: ScoreScale) =>
  (value: number) =>
    HEIGHT * (1 - (value - min) / (max - min));

/** x by time (one score sits in the middle), y by yOf. */
function plot(history: { value: number; computedAt: string }[], yOf: (value: number) => number) {
  const times = history.map((h) => Date.parse(h.computedAt));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  return history.map((h, i) => ({
    x: last > first ? (WIDTH * (times[i] - first)) / (last - first) : WIDTH / 2,
    y: yOf(h.value),
  }));
}

/**
 * The score over time as a line chart (SVG, no text inside it so it stays legible at
 * any zoom: the labels are HTML), with a sentence and a table saying the same in words.
 */
export function ScoreHistory({
  score,
  scale,
}: {
  score: FragmentType<typeof ScoreHistoryFragment>;
  scale: ScoreScale;
}) {
  const { history } = getFragmentData(ScoreHistoryFragment, score);
  const yOf = heightOn(scale);
  const grid = gridOf(scale);
  if (!history || history.length === 0) {
    return (
      <Section id="history" title="Your score over time" wide>
        <p>No earlier scores yet.</p>
      </Section>
    );
  }
  const oldestFirst = [...history].reverse();
  const points = plot(oldestFirst, yOf);
  const [first, latest] = [oldestFirst[0], oldestFirst[oldestFirst.length - 1]];
  // Scores a day apart are told apart by date; scores of one day by time too.
  const when =
    formatShortDate(first.computedAt) === formatShortDate(latest.computedAt) ? formatDateTime : formatShortDate;
  const summary =
    oldestFirst.length === 1
      ? `One score so far: ${latest.value} on ${when(latest.computedAt)}.`
      : `${oldestFirst.length} scores, from ${first.value} on ${when(first.computedAt)} to ${latest.value} on ${when(latest.computedAt)}.`;
  return (
    <Section id="history" title="Your score over time" wide>
      <p id="history-summary">{summary} A new score is kept whenever your credit file or the scorecard changes.</p>
      <div className="history-chart">
        <div className="history-axis" aria-hidden="true">
          {grid.map((value) => (
            <span key={value}>{value}</span>
          ))}
        </div>
        <svg
          className="history-plot"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-labelledby="history-summary"
        >
          {grid.map((value) => (
            <line
              key={value}
              className="history-grid"
              x1="0"
              x2={WIDTH}
              y1={yOf(value)}
              y2={yOf(value)}
              vectorEffect="non-scaling-stroke"
            />
          ))}
          <polyline
            className="history-line"
            points={points.map((p) => `${p.x},${p.y}`).join(' ')}
            vectorEffect="non-scaling-stroke"
          />
          {/* A zero-length stroke with round caps: a dot that stays round however the chart is stretched. */}
          {points.map((p, i) => (
            <path key={i} className="history-point" d={`M${p.x} ${p.y}h0`} vectorEffect="non-scaling-stroke" />
          ))}
        </svg>
        <div className="history-dates" aria-hidden="true">
          <span>{when(first.computedAt)}</span>
          {oldestFirst.length > 1 && <span>{when(latest.computedAt)}</span>}
        </div>
      </div>
      <details>
        <summary>Show the scores as a table</summary>
        <table className="history-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Score</th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.computedAt}>
                <td>{when(h.computedAt)}</td>
                <td>{h.value}</td>
                <td>{BAND_WORDS[h.band]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Section>
  );
}
