import { coarseClassNumeric, coarseClassOrdinal, MIN_CLASS_SHARE, type CoarseClass } from '../../scorecard/fit/binning';
import { CATEGORICAL_DOMAINS, ORDINAL_ORDERS } from '../../scorecard/format/characteristics';
import { stratifiedFolds } from '../../scorecard/fit/cross-validation';
import { mulberry32 } from '../../shared/random';
import { fitLogistic, solveSymmetric } from '../../scorecard/fit/logistic';
import { auc, fairness, ks, misclassificationCost, type Prediction } from '../../scorecard/fit/metrics';
import { informationValue, weightsOfEvidence } from '../../scorecard/fit/woe';
import { loadGermanCredit } from '../../shared/data/german-credit';

const T = true;
const F = false;

describe('AUC (probability a good outscores a bad, ties half)', () => {
  test.each([
    ['perfect separation', [1, 2, 3, 4], [T, T, F, F], 1],
    ['perfectly reversed', [1, 2, 3, 4], [F, F, T, T], 0],
    ['one tie between a good and a bad', [1, 2, 2, 3], [T, F, T, F], 3.5 / 4],
    ['all scores equal', [5, 5, 5], [T, F, F], 0.5],
    ['one of six pairs misordered', [1, 2, 4, 3, 5], [T, T, T, F, F], 5 / 6],
  ])('%s', (_, scores, isBad, expected) => {
    expect(auc(scores, isBad)).toBeCloseTo(expected, 12);
  });
});

describe('KS (largest gap between the cumulative score distributions)', () => {
  test.each([
    ['perfect separation', [1, 2, 3, 4], [T, T, F, F], 1],
    ['alternating outcomes', [1, 2, 3, 4], [T, F, T, F], 0.5],
    ['ties are cut only between distinct scores', [1, 1, 2, 2], [T, F, T, F], 0],
    ['two of three bads below every good', [1, 2, 3, 4, 5], [T, T, F, T, F], 2 / 3],
  ])('%s', (_, scores, isBad, expected) => {
    expect(ks(scores, isBad)).toBeCloseTo(expected, 12);
  });
});

const person = (sex: 'MALE' | 'FEMALE', age = 30, foreignWorker = true) => ({ sex, age, foreignWorker });
const predict = (score: number, isBad: boolean, sex: 'MALE' | 'FEMALE' = 'MALE', age = 30): Prediction => ({
  score,
  probabilityOfDefault: 0.2,
  isBad,
  protectedCharacteristics: person(sex, age),
});

describe('cost and fairness at a cut-off', () => {
  const predictions = [
    predict(700, T),
    predict(700, F),
    predict(600, F),
    predict(600, T),
    predict(650, F, 'FEMALE', 22),
  ];

  test('charges 5 per bad approved and 1 per good rejected', () => {
    expect(misclassificationCost(predictions, 650)).toEqual({ badApproved: 1, goodRejected: 1, approved: 3, total: 6 });
  });

  test('compares approval rates as lower over higher and flags the four-fifths rule', () => {
    const [sex, , age] = fairness(predictions, 700, 1);
    expect(sex.groups).toEqual([
      { group: 'FEMALE', applicants: 1, approvalRate: 0 },
      { group: 'MALE', applicants: 4, approvalRate: 0.5 },
    ]);
    expect(sex.approvalRateRatio).toBe(0);
    expect(sex.passesFourFifthsRule).toBe(false);
    expect(fairness(predictions, 600, 1)[0]).toMatchObject({ approvalRateRatio: 1, passesFourFifthsRule: true });
    expect(age.groups.map((g) => g.group)).toEqual(['25_AND_OVER', 'UNDER_25']);
  });
});

describe('weight of evidence and information value', () => {
  test('a class with the population bad rate has weight zero; smoothing keeps an all-good class finite', () => {
    const woe = weightsOfEvidence([
      { applicants: 10, bads: 5 },
      { applicants: 10, bads: 5 },
    ]);
    expect(woe).toEqual([0, 0]);
    const [pure] = weightsOfEvidence([
      { applicants: 10, bads: 0 },
      { applicants: 10, bads: 10 },
    ]);
    expect(pure).toBeCloseTo(Math.log(10.5 / 11 / (0.5 / 11)), 6);
    expect(
      informationValue([
        { applicants: 10, bads: 5, woe: 0 },
        { applicants: 10, bads: 5, woe: 0 },
      ]),
    ).toBe(0);
  });
});

describe('coarse classing of numeric characteristics', () => {
  const applicants = loadGermanCredit();
  test.each(['durationMonths', 'creditAmount', 'installmentRatePercent'] as const)(
    '%s ends with classes of at least 5%% and a monotone bad rate',
    (name) => {
      const classes = coarseClassNumeric(
        applicants.map((a) => a.characteristics[name]),
        applicants.map((a) => a.isBad),
      );
      const rates = classes.map((c) => c.bads / c.applicants);
      for (const c of classes) expect(c.applicants).toBeGreaterThanOrEqual(MIN_CLASS_SHARE * applicants.length);
      const steps = rates.slice(1).map((r, i) => Math.sign(r - rates[i]));
      expect(new Set(steps).size).toBe(1);
    },
  );
});

describe('coarse classing of ordinal characteristics', () => {
  const applicants = loadGermanCredit();
  const rate = (c: CoarseClass) => c.bads / c.applicants;
  const outcomes = (table: [string, number, number][]) => {
    const values: string[] = [];
    const isBad: boolean[] = [];
    for (const [value, goods, bads] of table) {
      for (let i = 0; i < goods; i++) {
        values.push(value);
        isBad.push(false);
      }
      for (let i = 0; i < bads; i++) {
        values.push(value);
        isBad.push(true);
      }
    }
    return [values, isBad] as const;
  };

  test('merges the neighbours that break the order and keeps a level off the order apart', () => {
    // A < B < C < D with risk falling, except that D is riskier than C; X is not on the order
    const [values, isBad] = outcomes([
      ['A', 60, 40],
      ['B', 70, 30],
      ['C', 85, 15],
      ['D', 80, 20],
      ['X', 90, 10],
    ]);
    const classes = coarseClassOrdinal(['A', 'B', 'C', 'D', 'X'], ['A', 'B', 'C', 'D'], values, isBad);
    expect(classes.map((c) => c.values)).toEqual([['A'], ['B'], ['C', 'D'], ['X']]);
  });

  test('merges a small level into a neighbour on the order, and a small level off the order by closest bad rate', () => {
    const [values, isBad] = outcomes([
      ['A', 100, 100],
      ['B', 3, 1],
      ['C', 170, 30],
      ['X', 4, 1],
    ]);
    const classes = coarseClassOrdinal(['A', 'B', 'C', 'X'], ['A', 'B', 'C'], values, isBad);
    expect(classes.map((c) => c.values)).toEqual([['A'], ['B', 'C', 'X']]);
  });

  test.each(Object.keys(ORDINAL_ORDERS) as (keyof typeof ORDINAL_ORDERS)[])(
    '%s ends with runs of its order whose bad rate falls as the order rises',
    (name) => {
      const order = ORDINAL_ORDERS[name] ?? [];
      const values = applicants.map((a) => a.characteristics[name] as string);
      const classes = coarseClassOrdinal(
        CATEGORICAL_DOMAINS[name] ?? [],
        order,
        values,
        applicants.map((a) => a.isBad),
      );
      const chain = classes.filter((c) => c.values?.some((v) => order.includes(v)));
      expect(chain.flatMap((c) => c.values)).toEqual(order);
      const rates = chain.map(rate);
      rates.slice(1).forEach((r, i) => expect(r).toBeLessThan(rates[i]));
    },
  );
});

describe('logistic regression', () => {
  test('solves a symmetric positive-definite system exactly', () => {
    expect(
      solveSymmetric(
        [
          [4, 2],
          [2, 3],
        ],
        [2, 5],
      ).map((x) => Number(x.toFixed(12))),
    ).toEqual([-0.5, 2]);
  });

  test('recovers the log-odds of a one-feature table and shrinks them under the penalty', () => {
    // feature 0: 3 goods of 4 (log-odds ln 3); feature 1: 1 good of 4 (log-odds -ln 3)
    const rows = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const isGood = [T, T, T, F, T, F, F, F];
    const unpenalised = fitLogistic(rows, isGood, { penalty: 0 });
    expect(unpenalised.intercept).toBeCloseTo(Math.log(3), 8);
    expect(unpenalised.coefficients[0]).toBeCloseTo(-2 * Math.log(3), 8);
    expect(Math.abs(fitLogistic(rows, isGood, { penalty: 1 }).coefficients[0])).toBeLessThan(2 * Math.log(3));
  });
});

describe('stratified folds', () => {
  test('keep the bad rate in every fold and repeat exactly with the same seed', () => {
    const isBad = loadGermanCredit().map((a) => a.isBad);
    const folds = stratifiedFolds(isBad, 5, mulberry32(7));
    for (let k = 0; k < 5; k++) {
      const members = isBad.filter((_, i) => folds[i] === k);
      expect(members.length).toBe(200);
      expect(members.filter(Boolean).length).toBe(60);
    }
    expect(stratifiedFolds(isBad, 5, mulberry32(7))).toEqual(folds);
    expect(stratifiedFolds(isBad, 5, mulberry32(8))).not.toEqual(folds);
  });
});
