import { describeScoreChange, type CategoryPoints, type ScoreCategory } from '../../scorecard';

const categories = (points: Partial<Record<ScoreCategory, number>>): CategoryPoints[] =>
  (['PAYMENT_HISTORY', 'CAPACITY', 'ACCOUNT_BEHAVIOUR', 'IDENTITY_STABILITY', 'RELATIONSHIPS'] as const).map(
    (category) => ({ category, points: points[category] ?? 0, maxPoints: 100, scored: true, explanation: '' }),
  );

describe('the sentence telling a consumer why their score changed', () => {
  test('names the cause and every category that moved, largest move first, with the right sign and number', () => {
    expect(
      describeScoreChange({
        cause: 'CREDIT_FILE',
        before: {
          value: 712,
          modelVersion: 'scorecard-v2',
          categories: categories({ CAPACITY: 80, ACCOUNT_BEHAVIOUR: 60 }),
        },
        after: {
          value: 684,
          modelVersion: 'scorecard-v2',
          categories: categories({ CAPACITY: 51, ACCOUNT_BEHAVIOUR: 61 }),
        },
      }),
    ).toBe(
      'Your score fell from 712 to 684 because your credit file changed: your current loan and other commitments −29 points, your account balances +1 point.',
    );
  });

  test('a profile change and a new model say so; a model that kept the value says that too', () => {
    const same = categories({ IDENTITY_STABILITY: 70 });
    expect(
      describeScoreChange({
        cause: 'PROFILE',
        before: { value: 600, modelVersion: 'm', categories: same },
        after: { value: 610, modelVersion: 'm', categories: categories({ IDENTITY_STABILITY: 80 }) },
      }),
    ).toBe(
      'Your score rose from 600 to 610 because the facts in your profile changed: your work and home situation +10 points.',
    );
    expect(
      describeScoreChange({
        cause: 'MODEL_UPGRADE',
        before: { value: 600, modelVersion: 'scorecard-v1', categories: same },
        after: { value: 600, modelVersion: 'scorecard-v2', categories: same },
      }),
    ).toBe(
      'Credence now scores with a fairer scorecard, in which a better repayment record never earns fewer points and ' +
        'people of every age and origin are treated more evenly; your score stayed at 600.',
    );
  });
});
