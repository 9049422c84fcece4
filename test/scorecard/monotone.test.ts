import { demoUsers } from '../../shared/demo/demo-population';
import { loadGermanCredit, type ScoringCharacteristics } from '../../shared/data/german-credit';
import { coarseClassNumeric, coarseClassTiered, coarsen } from '../../scorecard/fit/binning';
import {
  DOMAIN_ORDERS,
  NUMERIC_RISK_DIRECTIONS,
  ORDINAL_ORDERS,
  type CategoricalValue,
} from '../../scorecard/format/characteristics';
import { domainOrderViolations } from '../../scorecard/format/model';
import {
  findBin,
  loadScorecard,
  validateScorecard,
  type CharacteristicName,
  type ScorecardModel,
} from '../../scorecard';
import { simulateScore } from '../../subgraphs/scores/simulation/score-simulation';

const v1 = loadScorecard('scorecard-v1');
const v2 = loadScorecard('scorecard-v2');
const characteristic = (m: ScorecardModel, name: CharacteristicName) => m.characteristics.find((c) => c.name === name)!;
const points = (m: ScorecardModel, name: CharacteristicName, value: unknown) =>
  findBin(characteristic(m, name), value).points;

/** Worse answer first: every pair a consumer would order, payment history written out as the issue states it. */
const WORSE_BETTER: [CharacteristicName, CategoricalValue, CategoricalValue][] = [
  ['creditHistory', 'CRITICAL_ACCOUNT', 'PAST_DELAYS'],
  ['creditHistory', 'PAST_DELAYS', 'EXISTING_PAID_DULY'],
  ['creditHistory', 'PAST_DELAYS', 'ALL_PAID_AT_THIS_BANK'],
  ['creditHistory', 'PAST_DELAYS', 'NO_CREDITS_OR_ALL_PAID'],
  ['creditHistory', 'CRITICAL_ACCOUNT', 'EXISTING_PAID_DULY'],
  ...(Object.entries(ORDINAL_ORDERS) as [CharacteristicName, readonly CategoricalValue[]][]).flatMap(([name, order]) =>
    order
      .slice(1)
      .map((better, i): [CharacteristicName, CategoricalValue, CategoricalValue] => [name, order[i], better]),
  ),
];

describe('scorecard-v2 is domain-monotone', () => {
  test.each(WORSE_BETTER)('%s: %s never scores above %s', (name, worse, better) => {
    expect(points(v2, name, worse)).toBeLessThanOrEqual(points(v2, name, better));
  });

  test.each(Object.keys(NUMERIC_RISK_DIRECTIONS) as CharacteristicName[])(
    '%s: a larger value never scores more, from 1 to 20,000',
    (name) => {
      let previous = Infinity;
      for (let value = 1; value <= 20_000; value += value < 200 ? 1 : 97) {
        const now = points(v2, name, value);
        expect([value, now <= previous]).toEqual([value, true]);
        previous = now;
      }
    },
  );

  test('every ordered characteristic of v2 keeps its order, while v1 is shown to break payment history', () => {
    for (const c of v2.characteristics) expect([c.name, domainOrderViolations(c)]).toEqual([c.name, []]);
    expect(domainOrderViolations(characteristic(v1, 'creditHistory'))).toContain(
      'creditHistory gives CRITICAL_ACCOUNT (88) more points than PAST_DELAYS (55)',
    );
  });

  test('validation refuses a domain-monotone artefact that gives a critical account more points than past delays', () => {
    const tampered = JSON.parse(JSON.stringify(v2)) as ScorecardModel;
    const history = characteristic(tampered, 'creditHistory');
    history.scored = true;
    history.bins = [
      { ...history.bins[0], label: 'CRITICAL_ACCOUNT', values: ['CRITICAL_ACCOUNT'], points: 10 },
      {
        ...history.bins[0],
        label: 'rest',
        values: ['NO_CREDITS_OR_ALL_PAID', 'ALL_PAID_AT_THIS_BANK', 'EXISTING_PAID_DULY', 'PAST_DELAYS'],
        points: 0,
      },
    ];
    tampered.scaling.achievableMax += 10;
    expect(() => validateScorecard(tampered)).toThrow(
      /creditHistory gives CRITICAL_ACCOUNT \(10\) more points than PAST_DELAYS \(0\)/,
    );
  });

  test('validation refuses a domain-monotone artefact whose longer repayment period gains points', () => {
    const tampered = JSON.parse(JSON.stringify(v2)) as ScorecardModel;
    const bins = characteristic(tampered, 'durationMonths').bins;
    bins[bins.length - 1].points = bins[0].points + 1;
    tampered.scaling.achievableMax += 1;
    expect(() => validateScorecard(tampered)).toThrow(/durationMonths gives 36 or more \(\d+\) more points than 18–35/);
  });
});

describe('the what-if over every demo consumer never gains points for a worse answer', () => {
  const consumers = demoUsers().map((u) => u.applicant.characteristics);
  const tiers = DOMAIN_ORDERS.creditHistory!;

  test('a worse payment history never projects a higher score, for each of the 1,000 demo consumers', () => {
    expect(consumers).toHaveLength(1000);
    for (const current of consumers) {
      const projected = (creditHistory: ScoringCharacteristics['creditHistory']) =>
        simulateScore(v2, current, { creditHistory }).projectedValue;
      tiers.forEach((tier, i) => {
        for (const later of tiers.slice(i + 1)) {
          for (const worse of tier) {
            for (const better of later) {
              const [w, b] = [projected(worse as never), projected(better as never)];
              if (w > b) throw new Error(`consumer scored ${w} with ${String(worse)} but ${b} with ${String(better)}`);
            }
          }
        }
      });
    }
  });

  test.each(Object.keys(ORDINAL_ORDERS) as CharacteristicName[])(
    'moving %s down its order never projects a higher score',
    (name) => {
      const order = ORDINAL_ORDERS[name]!;
      for (const current of consumers) {
        const values = order.map((value) => simulateScore(v2, current, { [name]: value }).projectedValue);
        expect(values).toEqual([...values].sort((a, b) => a - b));
      }
    },
  );

  test('upholding a dispute of a late payment (past delays to paid duly) never lowers a demo consumer’s score', () => {
    for (const current of consumers.filter((c) => c.creditHistory === 'PAST_DELAYS')) {
      expect(simulateScore(v2, current, { creditHistory: 'EXISTING_PAID_DULY' }).change).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('domain-monotone binning', () => {
  const HISTORY_DOMAIN = [
    'NO_CREDITS_OR_ALL_PAID',
    'ALL_PAID_AT_THIS_BANK',
    'EXISTING_PAID_DULY',
    'PAST_DELAYS',
    'CRITICAL_ACCOUNT',
  ];
  const sample = (counts: Record<string, [number, number]>) => {
    const values: string[] = [];
    const isBad: boolean[] = [];
    for (const [value, [goods, bads]] of Object.entries(counts)) {
      for (let i = 0; i < goods; i++) {
        values.push(value);
        isBad.push(false);
      }
      for (let i = 0; i < bads; i++) {
        values.push(value);
        isBad.push(true);
      }
    }
    return { values, isBad };
  };

  test('merges payment-history answers whose data run backwards, whatever the data say', () => {
    // the German Credit pattern: a critical account looks safest, no credit looks riskiest
    const { values, isBad } = sample({
      CRITICAL_ACCOUNT: [240, 50],
      PAST_DELAYS: [60, 28],
      EXISTING_PAID_DULY: [360, 170],
      ALL_PAID_AT_THIS_BANK: [20, 28],
      NO_CREDITS_OR_ALL_PAID: [15, 25],
    });
    expect(coarseClassTiered(HISTORY_DOMAIN, DOMAIN_ORDERS.creditHistory!, values, isBad)).toHaveLength(1);
  });

  test('keeps payment-history answers apart when the data run the way a consumer expects', () => {
    const { values, isBad } = sample({
      CRITICAL_ACCOUNT: [100, 100],
      PAST_DELAYS: [150, 70],
      EXISTING_PAID_DULY: [400, 60],
      ALL_PAID_AT_THIS_BANK: [80, 10],
      NO_CREDITS_OR_ALL_PAID: [70, 12],
    });
    const classes = coarseClassTiered(HISTORY_DOMAIN, DOMAIN_ORDERS.creditHistory!, values, isBad);
    expect(classes.map((c) => c.values)).toEqual([
      ['CRITICAL_ACCOUNT'],
      ['PAST_DELAYS'],
      ['NO_CREDITS_OR_ALL_PAID'],
      ['ALL_PAID_AT_THIS_BANK'],
      ['EXISTING_PAID_DULY'],
    ]);
  });

  test('classes a numeric characteristic in the declared direction even when the data run the other way', () => {
    const values = Array.from({ length: 400 }, (_, i) => 1 + (i % 40));
    const isBad = values.map((v, i) => (v < 20 ? i % 2 === 0 : i % 5 === 0)); // longer looks safer here
    expect(coarseClassNumeric(values, isBad)).not.toHaveLength(1);
    expect(coarseClassNumeric(values, isBad, 1)).toHaveLength(1);
  });

  test('coarser classing of a proxy leaves at most the classes asked for, neighbours only, still monotone', () => {
    const applicants = loadGermanCredit();
    const values = applicants.map((a) => a.characteristics.durationMonths);
    const isBad = applicants.map((a) => a.isBad);
    const fine = coarseClassNumeric(values, isBad, 1);
    const coarse = coarsen(fine, 2, undefined);
    expect(fine.length).toBeGreaterThan(2);
    expect(coarse).toHaveLength(2);
    expect(coarse[0].max).toBe(coarse[1].min);
    expect(coarse[0].bads / coarse[0].applicants).toBeLessThan(coarse[1].bads / coarse[1].applicants);
  });
});
