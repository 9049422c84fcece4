/**
 * A setting that counts something: a positive whole number, or `fallback` when unset.
 * Any value given must be one, the empty string included; `unit` names what it counts
 * in the error (e.g. "days").
 */
export function wholeNumberFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, unit?: string): number {
  const text = env[name];
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      unit ? `${name} must be a whole number of ${unit}, at least 1.` : `${name} must be a positive whole number.`,
    );
  }
  return value;
}

/** The same, where an empty value also means the default (the query limits' and budgets' settings). */
export function positiveIntegerFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return env[name] === '' ? fallback : wholeNumberFromEnv(env, name, fallback);
}

/** A setting holding JSON: its value, or undefined when it is unset, empty or not JSON (the caller says what it must be). */
export function jsonFromEnv(env: NodeJS.ProcessEnv, name: string): unknown {
  const text = env[name];
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
