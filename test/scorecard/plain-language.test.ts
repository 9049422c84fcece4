import { loadGermanCredit, type ScoringCharacteristics } from '../../shared/data/german-credit';
import { CATEGORY_EXPLANATIONS, loadScorecard, scoreCharacteristics, type CharacteristicName } from '../../scorecard';
import { CATEGORICAL_DOMAINS } from '../../scorecard/format/characteristics';
import { REASON_TEXT } from '../../scorecard/score/reason-sentences';
import { simulateScore, type ScoreScenario } from '../../subgraphs/scores/simulation/score-simulation';

/**
 * Reasons and the what-if speak of the consumer's situation in today's terms: no
 * Deutsche Mark, no "the loan" (the consumer may not have applied for one), and none
 * of the data set's codes or classes.
 */
const OUT_OF_PLACE = [/\bDM\b/, /Deutsche Mark/i, /\b(the|this) loan\b/i, /\b[A-Z]{2,}_[A-Z0-9_]+\b/, /\bclass \d/i];

function expectPlain(sentence: string): void {
  for (const pattern of OUT_OF_PLACE) if (pattern.test(sentence)) throw new Error(`"${sentence}" matches ${pattern}`);
}

const applicants = loadGermanCredit();
const models = ['scorecard-v1', 'scorecard-v2'].map((version) => loadScorecard(version));

describe('the words a consumer reads', () => {
  test('the check catches a sentence in the data set’s terms', () => {
    for (const sentence of [
      'Your savings are below 100 DM.',
      'The loan is for 5000 Deutsche Mark.',
      'Your checking status is BELOW_200.',
      'You are in residence class 2.',
    ]) {
      expect(() => expectPlain(sentence)).toThrow(/matches/);
    }
  });

  test('every situation, action and outlook, for every applicant and every answer a bin can lead to', () => {
    let checked = 0;
    for (const model of models) {
      for (const c of model.characteristics.filter((k) => k.name !== 'otherDebtors')) {
        const text = REASON_TEXT[c.name as Exclude<CharacteristicName, 'otherDebtors'>];
        for (const { characteristics } of applicants) {
          expectPlain(text.situation(characteristics));
          checked++;
        }
        const someone = applicants[0].characteristics;
        for (const bin of c.bins) {
          for (const value of bin.values ?? [undefined]) {
            if (text.action)
              expectPlain(text.action({ label: bin.label, value }, { ...someone, [c.name]: value ?? someone[c.name] }));
          }
        }
        if (text.outlook) expectPlain(text.outlook);
      }
    }
    for (const explanation of Object.values(CATEGORY_EXPLANATIONS)) expectPlain(explanation);
    expect(checked).toBeGreaterThan(30_000);
  });

  test.each(models.map((m) => [m.version, m] as const))(
    'every reason %s gives an applicant of the data set, as they are and in every what-if of one answer',
    (_, model) => {
      let reasons = 0;
      for (const { characteristics } of applicants.slice(0, 250)) {
        for (const reason of scoreCharacteristics(model, characteristics).reasons) {
          expectPlain(reason.sentence);
          reasons++;
        }
        for (const [name, domain] of Object.entries(CATEGORICAL_DOMAINS) as [
          keyof ScoringCharacteristics,
          readonly unknown[],
        ][]) {
          if (name === 'otherDebtors') continue;
          for (const value of domain) {
            const scenario = { [name]: value } as ScoreScenario;
            for (const reason of simulateScore(model, characteristics, scenario).reasons) {
              expectPlain(reason.sentence);
              reasons++;
            }
          }
        }
      }
      expect(reasons).toBeGreaterThan(10_000);
    },
  );
});
