import type { CheckingStatus, SavingsStatus, ScoreScenario } from '../__generated__/graphql';

/** The what-if form as typed: '' means "as now". */
export interface WhatIfForm {
  savingsStatus: SavingsStatus | '';
  checkingStatus: CheckingStatus | '';
  creditAmount: string;
  durationMonths: string;
}

export const UNCHANGED: WhatIfForm = { savingsStatus: '', checkingStatus: '', creditAmount: '', durationMonths: '' };

/** The ranges the graph accepts (the scores subgraph's own limits), checked here so a typo gets a hint, not an error. */
export const RANGES = {
  creditAmount: [1, 1_000_000],
  durationMonths: [1, 120],
} as const;

function wholeNumberIn(text: string, [min, max]: readonly [number, number]): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** Which typed numbers cannot be sent, by field. */
export function invalidFields(form: WhatIfForm): (keyof typeof RANGES)[] {
  return (Object.keys(RANGES) as (keyof typeof RANGES)[]).filter(
    (name) => form[name].trim() !== '' && wholeNumberIn(form[name], RANGES[name]) === undefined,
  );
}

/** The scenario to send: only what the form changes, or null when it changes nothing (yet). */
export function scenarioOf(form: WhatIfForm): ScoreScenario | null {
  const scenario: ScoreScenario = {};
  if (form.savingsStatus) scenario.savingsStatus = form.savingsStatus;
  if (form.checkingStatus) scenario.checkingStatus = form.checkingStatus;
  const creditAmount = wholeNumberIn(form.creditAmount, RANGES.creditAmount);
  if (creditAmount !== undefined) scenario.creditAmount = creditAmount;
  const durationMonths = wholeNumberIn(form.durationMonths, RANGES.durationMonths);
  if (durationMonths !== undefined) scenario.durationMonths = durationMonths;
  return Object.keys(scenario).length > 0 ? scenario : null;
}
