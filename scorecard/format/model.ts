import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../../shared/paths';
import { maxPoints, minPoints } from './bins';
import {
  CATEGORICAL_DOMAINS,
  CATEGORY_OF,
  CHARACTERISTIC_NAMES,
  DOMAIN_ORDERS,
  NUMERIC_RISK_DIRECTIONS,
  ORDINAL_ORDERS,
  UNSCORED_CATEGORY,
  isCategorical,
} from './characteristics';
import { BANDS, type FitSpec, type ScorecardCharacteristic, type ScorecardModel } from './types';

/** The scorecard the platform scores with unless told otherwise. */
export const SCORECARD_IN_PRODUCTION = 'scorecard-v2';

export function scorecardFile(version: string): string {
  if (!/^scorecard-v\d+$/.test(version)) throw new Error(`not a scorecard version: ${JSON.stringify(version)}`);
  return fromProjectRoot('subgraphs', 'scores', 'model', `${version}.json`);
}

export const SCORECARD_FILE = scorecardFile(SCORECARD_IN_PRODUCTION);

/** How scorecard-v1 was fitted; an artefact that records no fit was fitted this way. */
export const DATA_MONOTONE_FIT: FitSpec = {
  monotonicity: 'data',
  excluded: [],
  maxClasses: {},
  fairnessPenalty: 0,
  reweighing: false,
};

export function fitSpecOf(model: ScorecardModel): FitSpec {
  return model.method.fit ?? DATA_MONOTONE_FIT;
}

class InvalidScorecardError extends Error {
  constructor(problem: string) {
    super(`invalid scorecard artefact: ${problem}`);
    this.name = 'InvalidScorecardError';
  }
}

function check(condition: boolean, problem: string): void {
  if (!condition) throw new InvalidScorecardError(problem);
}

function validateBins(c: ScorecardCharacteristic, fit: FitSpec): void {
  check(c.bins.length > 0, `${c.name} has no bins`);
  for (const bin of c.bins) check(Number.isInteger(bin.points), `${c.name} bin ${bin.label} has non-integer points`);
  if (!c.scored)
    check(
      c.bins.every((b) => b.points === 0),
      `${c.name} is not scored but has points`,
    );
  if (c.kind === 'categorical') {
    const values = c.bins.flatMap((b) => b.values ?? []);
    const domain = CATEGORICAL_DOMAINS[c.name] ?? [];
    check(values.length === new Set(values).size, `${c.name} has a value in two bins`);
    for (const value of domain) check(values.includes(value), `${c.name} has no bin for ${String(value)}`);
    validateOrder(c);
  } else {
    c.bins.forEach((bin, i) => {
      const next = c.bins[i + 1];
      check(typeof bin.min === 'number', `${c.name} bin ${bin.label} has no lower bound`);
      if (next) check(bin.max === next.min, `${c.name} bins are not contiguous at ${bin.label}`);
      else check(bin.max === null, `${c.name} last bin must be open-ended`);
    });
  }
  // a domain-monotone model promises every consumer that a worse answer never scores better
  if (fit.monotonicity === 'domain') {
    const [violation] = domainOrderViolations(c);
    check(violation === undefined, violation);
  }
}

/**
 * Along a natural order (more tenure, more savings) points never fall: reasons rely
 * on it, so the top of an order is always in that order's best-scoring bin.
 */
function validateOrder(c: ScorecardCharacteristic): void {
  const order = ORDINAL_ORDERS[c.name];
  if (!order) return;
  const points = order.map((value) => c.bins.find((b) => (b.values ?? []).includes(value))?.points ?? NaN);
  points.forEach((p, i) =>
    check(i === 0 || p >= points[i - 1], `${c.name} loses points from ${String(order[i - 1])} to ${String(order[i])}`),
  );
}

const pointsOf = (c: ScorecardCharacteristic, value: unknown) =>
  c.bins.find((b) => (b.values ?? []).includes(value as string))?.points ?? NaN;

/**
 * Where a characteristic's points break the order a consumer would predict
 * (DOMAIN_ORDERS, NUMERIC_RISK_DIRECTIONS), in words; empty when they keep it or it
 * has no such order. Every answer of a later tier must score at least as well as
 * every answer of an earlier one; a numeric characteristic whose risk rises with the
 * value never gains points as the value rises.
 */
export function domainOrderViolations(c: ScorecardCharacteristic): string[] {
  const found: string[] = [];
  const tiers = DOMAIN_ORDERS[c.name] ?? [];
  tiers.forEach((tier, i) => {
    for (const later of tiers.slice(i + 1)) {
      for (const worse of tier) {
        for (const better of later) {
          const [w, b] = [pointsOf(c, worse), pointsOf(c, better)];
          if (!(w <= b))
            found.push(`${c.name} gives ${String(worse)} (${w}) more points than ${String(better)} (${b})`);
        }
      }
    }
  });
  const direction = c.kind === 'numeric' ? NUMERIC_RISK_DIRECTIONS[c.name] : undefined;
  if (direction) {
    c.bins.forEach((bin, i) => {
      const before = c.bins[i - 1];
      if (before && (bin.points - before.points) * direction > 0)
        found.push(`${c.name} gives ${bin.label} (${bin.points}) more points than ${before.label} (${before.points})`);
    });
  }
  return found;
}

/**
 * Checks every promise the scoring code relies on, so a hand-edited or stale
 * artefact fails at start-up rather than producing a wrong score later.
 */
export function validateScorecard(model: ScorecardModel): ScorecardModel {
  check(typeof model.version === 'string' && model.version !== '', 'missing version');
  const names = model.characteristics.map((c) => c.name);
  check(
    JSON.stringify(names) === JSON.stringify(CHARACTERISTIC_NAMES),
    `characteristics must be ${CHARACTERISTIC_NAMES.join(', ')}`,
  );
  for (const c of model.characteristics) {
    check(c.category === CATEGORY_OF[c.name], `${c.name} must be in ${CATEGORY_OF[c.name]}`);
    check(c.kind === (isCategorical(c.name) ? 'categorical' : 'numeric'), `${c.name} has the wrong kind`);
    if (c.category === UNSCORED_CATEGORY) check(!c.scored && c.coefficient === 0, `${c.name} must never be scored`);
    validateBins(c, fitSpecOf(model));
  }
  const { scaling } = model;
  const lowest = model.characteristics.reduce((sum, c) => sum + minPoints(c), 0);
  const highest = model.characteristics.reduce((sum, c) => sum + maxPoints(c), 0);
  check(
    lowest === scaling.achievableMin && highest === scaling.achievableMax,
    'achievable range does not match the points',
  );
  check(lowest >= scaling.scaleMin && highest <= scaling.scaleMax, 'achievable scores leave the scale');
  check(JSON.stringify(model.bands.map((b) => b.band)) === JSON.stringify(BANDS), 'bands must be ' + BANDS.join(', '));
  model.bands.forEach((b, i) => check(i === 0 || b.minScore > model.bands[i - 1].minScore, 'band cuts must ascend'));
  return model;
}

/** A checked-in scorecard by version (scorecard-v1, scorecard-v2, ...), validated. */
export function loadScorecard(version: string = SCORECARD_IN_PRODUCTION): ScorecardModel {
  const model = validateScorecard(JSON.parse(readFileSync(scorecardFile(version), 'utf8')) as ScorecardModel);
  check(model.version === version, `${scorecardFile(version)} holds ${model.version}`);
  return model;
}
