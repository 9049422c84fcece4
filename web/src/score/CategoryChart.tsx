import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { CATEGORY_WORDS } from '../ui/words';
import { Section } from '../ui/Section';

export const CategoryChartFragment = graphql(`
  fragment CategoryChart on CreditScore {
    categories {
      category
      points
      maxPoints
      scored
      explanation
    }
  }
`);

/**
 * The five categories as bars: points earned against the most each can give. The bars
 * are drawn in SVG and hidden from screen readers; the words beside them say the same.
 * Relationships are shown at zero with the reason they are never scored.
 */
export function CategoryChart({ score }: { score: FragmentType<typeof CategoryChartFragment> }) {
  const { categories } = getFragmentData(CategoryChartFragment, score);
  return (
    <Section id="categories" title="What makes up your score">
      {categories ? (
        <>
          <p>Each bar shows the points a category earns you against the most it can give.</p>
          <ul className="category-list">
            {categories.map((c) => (
              <li key={c.category} className="category" data-category={c.category}>
                <span className="category-name">{CATEGORY_WORDS[c.category]}</span>
                <span className="category-points">
                  {c.scored ? `${c.points} of ${c.maxPoints} points` : 'never scored: 0 points'}
                </span>
                <Bar points={c.points} maxPoints={c.maxPoints} />
                <p className="category-explanation">{c.explanation}</p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>The categories are not available right now.</p>
      )}
    </Section>
  );
}

function Bar({ points, maxPoints }: { points: number; maxPoints: number }) {
  const share = maxPoints > 0 ? Math.min(Math.max(points / maxPoints, 0), 1) : 0;
  return (
    <svg
      className="category-bar"
      data-testid="category-bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="bar-track" x="0" y="0" width="100" height="10" />
      <rect className="bar-fill" x="0" y="0" width={100 * share} height="10" />
    </svg>
  );
}
