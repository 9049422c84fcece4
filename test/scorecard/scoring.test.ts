import { readFileSync } from 'node:fs';
import {
  GERMAN_CREDIT_FILE,
  loadGermanCredit,
  parseGermanCreditLine,
  type ScoringCharacteristics,
} from '../../shared/data/german-credit';
import { ORDINAL_ORDERS } from '../../scorecard/format/characteristics';
import {
  MAX_REASONS,
  RELATIONSHIPS_POLICY,
  SCORECARD_IN_PRODUCTION,
  loadScorecard,
  scoreCharacteristics,
  type CharacteristicName,
  type ScorecardModel,
} from '../../scorecard';

const model = loadScorecard();
const applicants = loadGermanCredit();
const scored = applicants.map((a) => ({ applicant: a, result: scoreCharacteristics(model, a.characteristics) }));

/** An applicant whose every characteristic sits in its lowest- (or highest-) scoring bin. */
function extremeApplicant(m: ScorecardModel, pick: 'min' | 'max'): ScoringCharacteristics {
  const out: Record<string, unknown> = { ...applicants[0].characteristics };
  for (const c of m.characteristics) {
    const points = c.bins.map((b) => b.points);
    const bin = c.bins[points.indexOf(pick === 'min' ? Math.min(...points) : Math.max(...points))];
    out[c.name] = c.kind === 'categorical' ? (bin.values ?? [])[0] : bin.min;
  }
  return out as unknown as ScoringCharacteristics;
}

describe('a score is the sum of its points', () => {
  test('the category points add up to the score for every applicant in the data set', () => {
    for (const { result } of scored) {
      expect(result.categories.reduce((s, c) => s + c.points, 0)).toBe(result.value);
      expect(result.characteristics.reduce((s, c) => s + c.points, 0)).toBe(result.value);
    }
  });

  test('every category reports no more points than its maximum', () => {
    for (const { result } of scored)
      for (const c of result.categories) expect(c.points).toBeLessThanOrEqual(c.maxPoints);
  });

  test('the probability of default follows the scaling of the score', () => {
    for (const { result } of scored.slice(0, 50)) {
      const odds = Math.exp((result.value - model.scaling.offset) / model.scaling.factor);
      expect(result.probabilityOfDefault).toBeCloseTo(1 / (1 + odds), 12);
      expect(result.modelVersion).toBe(SCORECARD_IN_PRODUCTION);
    }
  });
});

describe('the scale', () => {
  test('every applicant in the data set scores inside 350..950', () => {
    for (const { result } of scored) {
      expect(result.value).toBeGreaterThanOrEqual(350);
      expect(result.value).toBeLessThanOrEqual(950);
    }
  });

  test.each(['min', 'max'] as const)('the %s achievable sum is recorded, reachable and inside 350..950', (pick) => {
    const extreme = scoreCharacteristics(model, extremeApplicant(model, pick)).value;
    expect(extreme).toBe(pick === 'min' ? model.scaling.achievableMin : model.scaling.achievableMax);
    expect(extreme).toBeGreaterThanOrEqual(model.scaling.scaleMin);
    expect(extreme).toBeLessThanOrEqual(model.scaling.scaleMax);
    expect([model.scaling.scaleMin, model.scaling.scaleMax]).toEqual([350, 950]);
  });

  test('the band of a score is the highest band whose lower cut it reaches', () => {
    const cuts = model.bands;
    for (const { result } of scored) {
      const expected = [...cuts].reverse().find((b) => result.value >= b.minScore);
      expect(result.band).toBe(expected?.band);
    }
  });
});

describe('relationships are never scored', () => {
  const relationships = model.characteristics.filter((c) => c.category === 'RELATIONSHIPS');

  test('the artefact gives every relationships bin zero points and no weight', () => {
    expect(relationships.map((c) => c.name)).toEqual(['otherDebtors']);
    for (const c of relationships) {
      expect(c.scored).toBe(false);
      expect(c.coefficient).toBe(0);
      for (const bin of c.bins) expect([bin.points, bin.woe, bin.bads]).toEqual([0, null, null]);
    }
    expect(model.policy.relationships).toBe(RELATIONSHIPS_POLICY);
    expect(RELATIONSHIPS_POLICY).toMatch(/never scores friends, guarantors, co-applicants or social data/);
  });

  test.each(['NONE', 'CO_APPLICANT', 'GUARANTOR'] as const)(
    'changing other debtors to %s changes nothing but the label',
    (otherDebtors) => {
      for (const { applicant, result } of scored.slice(0, 200)) {
        const changed = scoreCharacteristics(model, { ...applicant.characteristics, otherDebtors });
        expect(changed.value).toBe(result.value);
        expect(changed.reasons).toEqual(result.reasons);
        const category = changed.categories.find((c) => c.category === 'RELATIONSHIPS');
        expect(category).toMatchObject({ points: 0, maxPoints: 0, scored: false });
        expect(category?.explanation).toMatch(/never scores friends/);
      }
    },
  );

  test('no applicant ever gets a reason from relationships', () => {
    for (const { result } of scored) for (const r of result.reasons) expect(r.category).not.toBe('RELATIONSHIPS');
  });
});

/**
 * Losses a consumer can neither act on nor expect to change, so never a reason: the
 * top of a natural order scoring below an answer off it (having no checking account),
 * and credits repaid duly scoring below a critical account.
 */
const NOTHING_TO_ACT_ON: Partial<Record<CharacteristicName, readonly unknown[]>> = {
  checkingStatus: ['AT_LEAST_200'],
  creditHistory: ['EXISTING_PAID_DULY'],
};

/** What each reason must say the consumer can do, or what will change; a characteristic missing here must never be a reason. */
const ACTION_OR_OUTLOOK: Partial<Record<CharacteristicName, RegExp>> = {
  checkingStatus:
    /(Keeping a healthy balance in your checking account|Keeping your account out of overdraft) could add up to \d+ points?\.$/,
  savingsStatus: /Growing your savings to what we count as (small|moderate|substantial) could add up to \d+ points?\.$/,
  creditHistory:
    /(A record of repaying your credits on time|Repaying your credits on time from now on) could add up to \d+ points?\.$/,
  durationMonths: /A repayment period of .+ months could add up to \d+ points?\.$/,
  creditAmount: /Borrowing less could add up to \d+ points?\.$/,
  installmentRatePercent: /Repayments taking a smaller share of your income could add up to \d+ points?\.$/,
  existingCredits: /Having .+ credits open could add up to \d+ points?\.$/,
  otherInstallmentPlans: /Finishing your other instalment plans first could add up to \d+ points?\.$/,
  purpose: /It counts only for your current loan and does not follow you to loans for other purposes\.$/,
  employmentSince:
    /(As your time with your employer grows, reaching \d+ years?|Once you are in work, reaching \d+ years? with your employer|Being in work) could add up to \d+ points?\.$/,
  property: /Owning real estate could add up to \d+ points?\.$/,
  housing: /Owning your home could add up to \d+ points?\.$/,
  hasTelephone: /Registering a telephone in your name could add up to \d+ points?\.$/,
};

describe.each(['scorecard-v1', 'scorecard-v2'])('reasons from %s', (version) => {
  const model = loadScorecard(version);
  const scored = applicants.map((a) => ({ applicant: a, result: scoreCharacteristics(model, a.characteristics) }));
  const byLoss = (a: { name: string; lost: number }, b: { name: string; lost: number }) =>
    b.lost - a.lost || (a.name < b.name ? -1 : 1);

  test('are the largest point losses, at most four, largest first, ties by name, skipping only losses nobody could act on', () => {
    for (const { applicant, result } of scored) {
      const ranked = result.characteristics
        .filter((c) => c.category !== 'RELATIONSHIPS' && c.maxPoints > c.points)
        .map((c) => ({ name: c.name, lost: c.maxPoints - c.points }))
        .sort(byLoss);
      const given = result.reasons.map((r) => ({ name: r.characteristic as string, lost: r.pointsLost }));
      expect(given.length).toBeLessThanOrEqual(MAX_REASONS);
      expect(given).toEqual(ranked.filter((r) => given.some((g) => g.name === r.name)));
      const considered =
        given.length === MAX_REASONS
          ? ranked.slice(
              0,
              ranked.findIndex((r) => r.name === given[MAX_REASONS - 1].name),
            )
          : ranked;
      for (const skipped of considered.filter((r) => !given.some((g) => g.name === r.name))) {
        const name = skipped.name as CharacteristicName;
        expect([name, NOTHING_TO_ACT_ON[name]?.includes(applicant.characteristics[name])]).toEqual([name, true]);
      }
    }
  });

  test('never concern an ordinal characteristic whose answer is already at the top of its order', () => {
    const tops = Object.entries(ORDINAL_ORDERS).map(
      ([name, order]) => [name as CharacteristicName, order[order.length - 1]] as const,
    );
    expect(tops).toEqual([
      ['checkingStatus', 'AT_LEAST_200'],
      ['savingsStatus', 'AT_LEAST_1000'],
      ['employmentSince', 'AT_LEAST_7_YEARS'],
    ]);
    for (const { applicant, result } of scored) {
      for (const [name, top] of tops) {
        if (applicant.characteristics[name] === top)
          expect(result.reasons.map((r) => r.characteristic)).not.toContain(name);
      }
    }
  });

  test('each say what the consumer can do about it or what will change, for every applicant in the data set', () => {
    const seen = new Set<string>();
    for (const { result } of scored) {
      for (const r of result.reasons) {
        seen.add(r.characteristic);
        expect([r.characteristic, ACTION_OR_OUTLOOK[r.characteristic]?.test(r.sentence)]).toEqual([
          r.characteristic,
          true,
        ]);
      }
    }
    // every scored characteristic appears as a reason somewhere in the data set, so each pattern above is exercised
    expect([...seen].sort()).toEqual(model.characteristics.filter((c) => c.scored).map((c) => c.name));
  });

  test('carry a stable code, the category and a sentence that states the points', () => {
    const codes = new Map<string, string>();
    for (const { result } of scored) {
      for (const r of result.reasons) {
        expect(r.code).toMatch(/^[A-Z]{3}\d{2}$/);
        expect(codes.get(r.code) ?? r.characteristic).toBe(r.characteristic);
        codes.set(r.code, r.characteristic);
        expect(r.sentence).toMatch(new RegExp(`\\b${r.pointsLost} points?\\b`));
        expect(r.sentence.endsWith('.')).toBe(true);
      }
    }
  });

  const pointsOf = (name: CharacteristicName, value: unknown) =>
    model.characteristics.find((c) => c.name === name)?.bins.find((b) => b.values?.includes(value as string))?.points ??
    NaN;

  test('tell an overdrawn applicant that a positive balance would help and by how much', () => {
    const overdrawn = scored.find(({ applicant }) => applicant.characteristics.checkingStatus === 'NEGATIVE_BALANCE');
    const reason = overdrawn?.result.reasons.find((r) => r.characteristic === 'checkingStatus');
    const gain = pointsOf('checkingStatus', 'AT_LEAST_200') - pointsOf('checkingStatus', 'NEGATIVE_BALANCE');
    expect(reason?.sentence).toBe(
      `Your checking account is overdrawn. This costs you ${reason?.pointsLost} points against the best-scoring answer. ` +
        `Keeping a healthy balance in your checking account could add up to ${gain} points.`,
    );
  });

  test('tell someone 1 to 4 years into a job that tenure grows, and point at the lowest tenure that scores best', () => {
    const employed = scored.find(({ result }) =>
      result.reasons.some((r) => r.characteristic === 'employmentSince' && /1 to 4 years/.test(r.sentence)),
    );
    const reason = employed?.result.reasons.find((r) => r.characteristic === 'employmentSince');
    const gain = pointsOf('employmentSince', 'FOUR_TO_7_YEARS') - pointsOf('employmentSince', 'ONE_TO_4_YEARS');
    expect(pointsOf('employmentSince', 'AT_LEAST_7_YEARS')).toBe(pointsOf('employmentSince', 'FOUR_TO_7_YEARS'));
    expect(reason?.sentence).toBe(
      `You have been with your employer for 1 to 4 years. As your time with your employer grows, reaching 4 years could add up to ${gain} point${gain === 1 ? '' : 's'}.`,
    );
  });
});

describe('protected characteristics cannot move a score', () => {
  const lines = readFileSync(GERMAN_CREDIT_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 100);
  const rewrite = (line: string, attribute: number, value: string) =>
    line
      .trim()
      .split(/\s+/)
      .map((v, i) => (i === attribute - 1 ? value : v))
      .join(' ');

  test.each([
    ['9 (personal status and sex)', 9, ['A91', 'A92', 'A93', 'A94', 'A95']],
    ['13 (age)', 13, ['19', '45', '75']],
    ['20 (foreign worker)', 20, ['A201', 'A202']],
  ] as const)('rewriting attribute %s leaves score and reasons unchanged', (_, attribute, values) => {
    lines.forEach((line, i) => {
      const original = parseGermanCreditLine(line, i + 1);
      const before = scoreCharacteristics(model, original.characteristics);
      const seen = new Set<string>();
      for (const value of values) {
        const changed = parseGermanCreditLine(rewrite(line, attribute, value), i + 1);
        seen.add(JSON.stringify(changed.protectedCharacteristics));
        const after = scoreCharacteristics(model, changed.characteristics);
        expect(after.value).toBe(before.value);
        expect(after.reasons).toEqual(before.reasons);
      }
      expect(seen.size).toBeGreaterThan(1);
    });
  });
});

describe('inputs outside the scorecard', () => {
  const base = applicants[0].characteristics;

  test.each([
    [
      'an unknown checking status',
      { checkingStatus: 'OVERSEAS_ACCOUNT' },
      /checkingStatus = "OVERSEAS_ACCOUNT" falls outside every bin \(known values: .*NEGATIVE_BALANCE/,
    ],
    ['an unknown other-debtors value', { otherDebtors: 'FRIEND' }, /otherDebtors = "FRIEND" falls outside every bin/],
    ['a negative credit amount', { creditAmount: -100 }, /creditAmount = -100 falls outside every bin/],
    ['a duration that is not a number', { durationMonths: Number.NaN }, /durationMonths = NaN falls outside every bin/],
  ])('reject %s with a clear error', (_, change, message) => {
    expect(() => scoreCharacteristics(model, { ...base, ...change } as unknown as ScoringCharacteristics)).toThrow(
      message,
    );
  });

  test('a purpose no applicant in the data had (vacation) is still scored', () => {
    expect(applicants.some((a) => a.characteristics.purpose === 'VACATION')).toBe(false);
    expect(() => scoreCharacteristics(model, { ...base, purpose: 'VACATION' })).not.toThrow();
  });
});
