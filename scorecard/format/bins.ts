import type { ScorecardBin, ScorecardCharacteristic } from './types';

export class UnscorableValueError extends Error {
  constructor(characteristic: string, value: unknown, detail: string) {
    super(
      `scorecard: ${characteristic} = ${typeof value === 'string' ? JSON.stringify(value) : String(value)} falls outside every bin (${detail})`,
    );
    this.name = 'UnscorableValueError';
  }
}

export function numericBinContains(bin: Pick<ScorecardBin, 'min' | 'max'>, value: number): boolean {
  return value >= (bin.min ?? -Infinity) && (bin.max === null || bin.max === undefined || value < bin.max);
}

function describeBins(characteristic: ScorecardCharacteristic): string {
  if (characteristic.kind === 'categorical') {
    return `known values: ${characteristic.bins.flatMap((b) => b.values ?? []).join(', ')}`;
  }
  const first = characteristic.bins[0];
  return `bins cover values from ${first.min} upward`;
}

/**
 * The bin an applicant's value falls in. A value no bin holds is an input error
 * (a new category, a negative amount), never something to score as zero.
 */
export function findBin(characteristic: ScorecardCharacteristic, value: unknown): ScorecardBin {
  const bin =
    characteristic.kind === 'categorical'
      ? characteristic.bins.find((b) => (b.values ?? []).includes(value as string | boolean))
      : typeof value === 'number' && Number.isFinite(value)
        ? characteristic.bins.find((b) => numericBinContains(b, value))
        : undefined;
  if (!bin) throw new UnscorableValueError(characteristic.name, value, describeBins(characteristic));
  return bin;
}

export function maxPoints(characteristic: ScorecardCharacteristic): number {
  return Math.max(...characteristic.bins.map((b) => b.points));
}

export function minPoints(characteristic: ScorecardCharacteristic): number {
  return Math.min(...characteristic.bins.map((b) => b.points));
}
