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
    const right =
      smallest < classes.length - 1 ? Math.abs(smoothedBadRate(classes[smallest + 1], popRate) - rate) : Infinity;
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

/** direction: +1 risk rises with the value, -1 it falls; absent, the data decide. */
export function coarseClassNumeric(values: number[], isBad: boolean[], direction?: 1 | -1): CoarseClass[] {
  const sorted = [...values].sort((a, b) => a - b);
  const bounds = [NUMERIC_LOWER_BOUND, ...fineCuts(sorted), null];
  const classes: CoarseClass[] = bounds
    .slice(0, -1)
    .map((min, i) => ({ min: min as number, max: bounds[i + 1], applicants: 0, bads: 0 }));
  values.forEach((v, i) => {
    const c = classes.find((k) => v >= (k.min as number) && (k.max === null || v < (k.max as number)));
    if (!c) throw new Error(`binning: ${v} is below ${NUMERIC_LOWER_BOUND}`);
    c.applicants += 1;
    c.bads += Number(isBad[i]);
  });
  const popRate = isBad.filter(Boolean).length / isBad.length;
  mergeSmallNumeric(classes, MIN_CLASS_SHARE * values.length, popRate);
  mergeUntilMonotone(classes, direction ?? riskDirection(values, isBad), popRate);
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
  const onOrder = values
    .map((v) => order.indexOf(v))
    .map((r, i) => ({ r, bad: isBad[i] }))
    .filter(({ r }) => r >= 0);
  mergeSmallNumeric(ordered, minimum, popRate);
  const classes = [...ordered];
  mergeSmallUnordered(classes, offOrder, minimum, popRate);
  // an off-order level merged into an ordered class changes its bad rate, so monotonicity is restored last
  const chain = classes.filter((c) => c.values?.some((v) => order.includes(v)));
  mergeUntilMonotone(
    chain,
    riskDirection(
      onOrder.map(({ r }) => r),
      onOrder.map(({ bad }) => bad),
    ),
    popRate,
  );
  return [...chain, ...classes.filter((c) => !c.values?.some((v) => order.includes(v)))];
}

export function coarseClassCategorical(
  domain: readonly CategoricalValue[],
  values: CategoricalValue[],
  isBad: boolean[],
): CoarseClass[] {
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

type Tiers = readonly (readonly CategoricalValue[])[];

/** The tiers a class's levels sit in (empty for a class wholly off the order). */
function tiersOf(c: CoarseClass, tiers: Tiers): number[] {
  return (c.values ?? []).map((v) => tiers.findIndex((t) => t.includes(v))).filter((t) => t >= 0);
}

/** Merges the pair of classes that may be merged whose bad rates are closest. */
function mergeClosestPair(
  classes: CoarseClass[],
  mayMerge: (a: CoarseClass, b: CoarseClass) => boolean,
  popRate: number,
): boolean {
  let best: [number, number] | null = null;
  let bestGap = Infinity;
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) {
      if (!mayMerge(classes[i], classes[j])) continue;
      const gap = Math.abs(smoothedBadRate(classes[i], popRate) - smoothedBadRate(classes[j], popRate));
      if (gap < bestGap) [best, bestGap] = [[i, j], gap];
    }
  }
  if (!best) return false;
  const [i, j] = best;
  classes[i] = mergeTwo(classes[i], classes[j]);
  classes.splice(j, 1);
  return true;
}

/**
 * Merges classes until risk falls along the tiers whatever the data say: a class
 * holding an answer of an earlier (worse) tier than some answer of another class must
 * have at least that class's bad rate. Of the violating pairs, the closest in bad rate
 * is merged first, as mergeUntilMonotone does along a line.
 */
function mergeUntilTiersHold(classes: CoarseClass[], tiers: Tiers, popRate: number): void {
  for (;;) {
    let worst: [number, number] | null = null;
    let worstGap = Infinity;
    for (let i = 0; i < classes.length; i++) {
      for (let j = 0; j < classes.length; j++) {
        const [ta, tb] = [tiersOf(classes[i], tiers), tiersOf(classes[j], tiers)];
        if (i === j || ta.length === 0 || tb.length === 0 || !(Math.min(...ta) < Math.max(...tb))) continue;
        // classes[i] holds an answer worse than one of classes[j]: it must not be the less risky
        const gap = smoothedBadRate(classes[j], popRate) - smoothedBadRate(classes[i], popRate);
        if (gap > 0 && gap < worstGap) [worst, worstGap] = [[Math.min(i, j), Math.max(i, j)], gap];
      }
    }
    if (!worst) return;
    const [i, j] = worst;
    classes[i] = mergeTwo(classes[i], classes[j]);
    classes.splice(j, 1);
  }
}

const tierDistance = (a: CoarseClass, b: CoarseClass, tiers: Tiers) =>
  Math.min(...tiersOf(a, tiers).flatMap((x) => tiersOf(b, tiers).map((y) => Math.abs(x - y))));

/**
 * Domain-monotone classing of a categorical characteristic along tiers (worst first,
 * see DOMAIN_ORDERS). Small answers on the order join the class in their own or a
 * neighbouring tier with the closest bad rate; answers off the order keep a class of
 * their own, or join the closest class when small; then classes are merged until the
 * bad rate falls along the tiers. Returns the classes on the order worst first, then
 * the ones off it.
 */
export function coarseClassTiered(
  domain: readonly CategoricalValue[],
  tiers: Tiers,
  values: CategoricalValue[],
  isBad: boolean[],
): CoarseClass[] {
  const levels = countLevels(domain, values, isBad);
  const popRate = isBad.filter(Boolean).length / isBad.length;
  const minimum = MIN_CLASS_SHARE * values.length;
  const classes = levels.filter((c) => tiersOf(c, tiers).length > 0);
  for (;;) {
    const small = classes.filter((c) => c.applicants < minimum).sort((a, b) => a.applicants - b.applicants)[0];
    if (
      !small ||
      !mergeClosestPair(classes, (a, b) => (a === small || b === small) && tierDistance(a, b, tiers) <= 1, popRate)
    )
      break;
  }
  mergeSmallUnordered(
    classes,
    levels.filter((c) => tiersOf(c, tiers).length === 0),
    minimum,
    popRate,
  );
  mergeUntilTiersHold(classes, tiers, popRate);
  return sortByTier(classes, tiers);
}

function sortByTier(classes: CoarseClass[], tiers: Tiers): CoarseClass[] {
  const rank = (c: CoarseClass) => (tiersOf(c, tiers).length ? Math.min(...tiersOf(c, tiers)) : tiers.length);
  return [...classes].sort((a, b) => rank(a) - rank(b));
}

/**
 * Coarser classing of a characteristic the search suspects of standing in for a
 * protected group: the closest classes in bad rate are merged until at most `max`
 * remain. Numeric classes merge only with a neighbour; classes on tiers only within a
 * tier of each other, after which the tiers are enforced again.
 */
export function coarsen(classes: CoarseClass[], max: number, tiers: Tiers | undefined): CoarseClass[] {
  const out = [...classes];
  const applicants = out.reduce((s, c) => s + c.applicants, 0);
  const popRate = out.reduce((s, c) => s + c.bads, 0) / applicants;
  const numeric = out[0]?.values === undefined;
  const mayMerge = (a: CoarseClass, b: CoarseClass): boolean => {
    if (numeric) return a.max === b.min || b.max === a.min;
    if (!tiers || tiersOf(a, tiers).length === 0 || tiersOf(b, tiers).length === 0) return true;
    return tierDistance(a, b, tiers) <= 1;
  };
  while (out.length > max && mergeClosestPair(out, mayMerge, popRate));
  if (numeric) return out.sort((a, b) => (a.min as number) - (b.min as number));
  if (!tiers) return out;
  mergeUntilTiersHold(out, tiers, popRate);
  return sortByTier(out, tiers);
}
