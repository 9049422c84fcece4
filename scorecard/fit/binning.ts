import type { CategoricalValue } from '../format/characteristics';
import { WOE_SMOOTHING } from './woe';

/**
 * Coarse classing on training data only. Numeric characteristics: quantile fine
 * classes, small classes merged into their closest neighbour, then adjacent classes
 * merged until risk is monotone in the value (so "a shorter loan scores better" is
 * true everywhere, which reason sentences rely on). Ordinal categorical ones (see
 * ORDINAL_ORDERS) are classed like numeric ones along their natural order. Other
 * categorical ones: small levels merged into the level with the closest bad rate.
 */

export const FINE_CLASSES = 10;
export const MIN_CLASS_SHARE = 0.05;
/** numeric characteristics are counts, months and amounts: none can be negative */
export const NUMERIC_LOWER_BOUND = 0;

export interface CoarseClass {
  values?: CategoricalValue[];
  min?: number;
  max?: number | null;
  applicants: number;
  bads: number;
}

function smoothedBadRate(c: CoarseClass, populationBadRate: number): number {
  if (c.applicants === 0) return populationBadRate;
  return (c.bads + WOE_SMOOTHING) / (c.applicants + 2 * WOE_SMOOTHING);
}

function mergeTwo(a: CoarseClass, b: CoarseClass): CoarseClass {
  const merged: CoarseClass = { applicants: a.applicants + b.applicants, bads: a.bads + b.bads };
  if (a.values && b.values) merged.values = [...a.values, ...b.values];
  else {
    merged.min = a.min;
    merged.max = b.max;
  }
  return merged;
}

function fineCuts(sorted: number[]): number[] {
  const cuts: number[] = [];
  for (let i = 1; i < FINE_CLASSES; i++) {
    const q = sorted[Math.floor((i * sorted.length) / FINE_CLASSES)];
    if (q > sorted[0] && !cuts.includes(q)) cuts.push(q);
  }
  return cuts;
}

/** +1 when risk rises with the value, -1 when it falls (sign of the covariance). */
function riskDirection(values: number[], isBad: boolean[]): number {
  const meanX = values.reduce((s, v) => s + v, 0) / values.length;
  const meanY = isBad.filter(Boolean).length / isBad.length;
  const covariance = values.reduce((s, v, i) => s + (v - meanX) * (Number(isBad[i]) - meanY), 0);
  return covariance >= 0 ? 1 : -1;
}

function mergeSmallNumeric(classes: CoarseClass[], minimum: number, popRate: number): void {
  while (classes.length > 1) {
    let smallest = 0;
    classes.forEach((c, i) => (c.applicants < classes[smallest].applicants ? (smallest = i) : 0));
    if (classes[smallest].applicants >= minimum) return;
    const rate = smoothedBadRate(classes[smallest], popRate);
    const left = smallest > 0 ? Math.abs(smoothedBadRate(classes[smallest - 1], popRate) - rate) : Infinity;
    const right = smallest < classes.length - 1 ? Math.abs(smoothedBadRate(classes[smallest + 1], popRate) - rate) : Infinity;
    const at = left <= right ? smallest - 1 : smallest;
    classes.splice(at, 2, mergeTwo(classes[at], classes[at + 1]));
  }
}

function mergeUntilMonotone(classes: CoarseClass[], direction: number, popRate: number): void {
  for (;;) {
    let worst = -1;
    let worstGap = Infinity;
    for (let i = 0; i + 1 < classes.length; i++) {
      const step = smoothedBadRate(classes[i + 1], popRate) - smoothedBadRate(classes[i], popRate);
      if (step * direction <= 0 && Math.abs(step) < worstGap) {
        worst = i;
        worstGap = Math.abs(step);
      }
    }
    if (worst < 0) return;
    classes.splice(worst, 2, mergeTwo(classes[worst], classes[worst + 1]));
  }
}

export function coarseClassNumeric(values: number[], isBad: boolean[]): CoarseClass[] {
  const sorted = [...values].sort((a, b) => a - b);
  const bounds = [NUMERIC_LOWER_BOUND, ...fineCuts(sorted), null];
  const classes: CoarseClass[] = bounds.slice(0, -1).map((min, i) => ({ min: min as number, max: bounds[i + 1], applicants: 0, bads: 0 }));
  values.forEach((v, i) => {
    const c = classes.find((k) => v >= (k.min as number) && (k.max === null || v < (k.max as number)));
    if (!c) throw new Error(`binning: ${v} is below ${NUMERIC_LOWER_BOUND}`);
    c.applicants += 1;
    c.bads += Number(isBad[i]);
  });
  const popRate = isBad.filter(Boolean).length / isBad.length;
  mergeSmallNumeric(classes, MIN_CLASS_SHARE * values.length, popRate);
  mergeUntilMonotone(classes, riskDirection(values, isBad), popRate);
  return classes;
}

function countLevels(domain: readonly CategoricalValue[], values: CategoricalValue[], isBad: boolean[]): CoarseClass[] {
  const classes: CoarseClass[] = domain.map((level) => ({ values: [level], applicants: 0, bads: 0 }));
  values.forEach((v, i) => {
    const c = classes.find((k) => k.values?.includes(v));
    if (!c) throw new Error(`binning: ${String(v)} is not one of ${domain.join(', ')}`);
    c.applicants += 1;
    c.bads += Number(isBad[i]);
  });
  return classes;
}

/** Merges each level under the minimum into whichever class has the closest bad rate, order regardless. */
function mergeSmallUnordered(classes: CoarseClass[], small: CoarseClass[], minimum: number, popRate: number): void {
  for (const level of small) {
    if (level.applicants >= minimum || classes.length === 0) {
      classes.push(level);
      continue;
    }
    const rate = smoothedBadRate(level, popRate);
    let target = 0;
    classes.forEach((c, i) => {
      const gap = Math.abs(smoothedBadRate(c, popRate) - rate);
      const best = Math.abs(smoothedBadRate(classes[target], popRate) - rate);
      if (gap < best || (gap === best && c.applicants > classes[target].applicants)) target = i;
    });
    classes[target] = mergeTwo(classes[target], level);
  }
}

/**
 * A categorical characteristic with a natural order: levels on the order are merged
 * only with their neighbours, first the small ones, then until the bad rate is
 * monotone along the order (in the direction the data say overall). Levels off the
 * order keep a class of their own, or join the class with the closest bad rate when
 * small. Returns the ordered classes lowest first, then the off-order ones.
 */
export function coarseClassOrdinal(
  domain: readonly CategoricalValue[],
  order: readonly CategoricalValue[],
  values: CategoricalValue[],
  isBad: boolean[],
): CoarseClass[] {
  const levels = countLevels(domain, values, isBad);
  const rank = (c: CoarseClass) => order.indexOf((c.values as CategoricalValue[])[0]);
  const ordered = order.map((v) => levels.find((c) => c.values?.[0] === v) as CoarseClass);
  const offOrder = levels.filter((c) => rank(c) < 0);
  const popRate = isBad.filter(Boolean).length / isBad.length;
  const minimum = MIN_CLASS_SHARE * values.length;
  const onOrder = values.map((v) => order.indexOf(v)).map((r, i) => ({ r, bad: isBad[i] })).filter(({ r }) => r >= 0);
  mergeSmallNumeric(ordered, minimum, popRate);
  const classes = [...ordered];
  mergeSmallUnordered(classes, offOrder, minimum, popRate);
  // an off-order level merged into an ordered class changes its bad rate, so monotonicity is restored last
  const chain = classes.filter((c) => c.values?.some((v) => order.includes(v)));
  mergeUntilMonotone(chain, riskDirection(onOrder.map(({ r }) => r), onOrder.map(({ bad }) => bad)), popRate);
  return [...chain, ...classes.filter((c) => !c.values?.some((v) => order.includes(v)))];
}

export function coarseClassCategorical(domain: readonly CategoricalValue[], values: CategoricalValue[], isBad: boolean[]): CoarseClass[] {
  const classes = countLevels(domain, values, isBad);
  const popRate = isBad.filter(Boolean).length / isBad.length;
  const minimum = MIN_CLASS_SHARE * values.length;
  while (classes.length > 1) {
    let smallest = 0;
    classes.forEach((c, i) => (c.applicants < classes[smallest].applicants ? (smallest = i) : 0));
    if (classes[smallest].applicants >= minimum) break;
    const [small] = classes.splice(smallest, 1);
    const rate = smoothedBadRate(small, popRate);
    let target = 0;
    classes.forEach((c, i) => {
      const gap = Math.abs(smoothedBadRate(c, popRate) - rate);
      const best = Math.abs(smoothedBadRate(classes[target], popRate) - rate);
      if (gap < best || (gap === best && c.applicants > classes[target].applicants)) target = i;
    });
    classes[target] = mergeTwo(classes[target], small);
  }
  return classes;
}
