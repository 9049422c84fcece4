import { badUserInput } from '../../../shared/errors';
import { ScoringCharacteristics } from '../../../shared/data/german-credit';
import { ScorecardModel, scoreCharacteristics } from '../../../scorecard';

/** What a what-if changes; a characteristic absent or null keeps its current value. */
export type ScoreScenario = {
  [K in keyof Omit<ScoringCharacteristics, 'otherDebtors'>]?: ScoringCharacteristics[K] | null;
};

/** Plausible ranges, so a what-if answers questions about real situations only. */
const NUMERIC_RANGES: Partial<Record<keyof ScoreScenario, [number, number]>> = {
  durationMonths: [1, 120],
  creditAmount: [1, 1_000_000],
  installmentRatePercent: [1, 4],
  existingCredits: [0, 10],
  residenceYears: [1, 4],
  dependents: [0, 10],
};

function validate(scenario: ScoreScenario): void {
  for (const [name, [min, max]] of Object.entries(NUMERIC_RANGES) as [keyof ScoreScenario, [number, number]][]) {
    const value = scenario[name];
    if (
      value !== undefined &&
      value !== null &&
      (!Number.isInteger(value) || (value as number) < min || (value as number) > max)
    ) {
      throw badUserInput(`scenario.${name} must be a whole number from ${min} to ${max}.`, `scenario.${name}`);
    }
  }
}

/** Scores the consumer as they are and as the scenario would make them. */
export function simulateScore(model: ScorecardModel, current: ScoringCharacteristics, scenario: ScoreScenario) {
  validate(scenario);
  const changes = Object.fromEntries(
    Object.entries(scenario).filter(([, value]) => value !== undefined && value !== null),
  );
  const projected = { ...current, ...changes } as ScoringCharacteristics;
  const before = scoreCharacteristics(model, current);
  const after = scoreCharacteristics(model, projected);
  return {
    currentValue: before.value,
    projectedValue: after.value,
    change: after.value - before.value,
    projectedBand: after.band,
    projectedProbabilityOfDefault: after.probabilityOfDefault,
    categories: after.categories,
    reasons: after.reasons,
    changed: Object.keys(changes)
      .filter((name) => changes[name] !== current[name as keyof ScoringCharacteristics])
      .sort(),
  };
}
