import { invalidFields, scenarioOf, UNCHANGED } from '../../web/src/score/what-if-scenario';

/** The reference page's what-if form: only what changes is sent, and only numbers the graph accepts. */
describe('the what-if form', () => {
  test('an untouched form sends nothing', () => {
    expect(scenarioOf(UNCHANGED)).toBeNull();
    expect(invalidFields(UNCHANGED)).toEqual([]);
  });

  test('sends the choices and numbers that change something, as the ScoreScenario input', () => {
    expect(
      scenarioOf({ savingsStatus: 'AT_LEAST_1000', checkingStatus: '', creditAmount: ' 15000 ', durationMonths: '24' }),
    ).toEqual({
      savingsStatus: 'AT_LEAST_1000',
      creditAmount: 15000,
      durationMonths: 24,
    });
  });

  test.each([
    ['0', 'creditAmount'],
    ['1000001', 'creditAmount'],
    ['12a', 'creditAmount'],
    ['-5', 'creditAmount'],
    ['2.5', 'durationMonths'],
    ['121', 'durationMonths'],
  ] as const)('holds back %s for %s and flags it, instead of asking the graph', (typed, field) => {
    const form = { ...UNCHANGED, [field]: typed };
    expect(scenarioOf(form)).toBeNull();
    expect(invalidFields(form)).toEqual([field]);
  });

  test.each([
    ['1', 'creditAmount'],
    ['1000000', 'creditAmount'],
    ['120', 'durationMonths'],
  ] as const)('accepts %s for %s, the edge of what the graph allows', (typed, field) => {
    expect(scenarioOf({ ...UNCHANGED, [field]: typed })).toEqual({ [field]: Number(typed) });
  });
});
