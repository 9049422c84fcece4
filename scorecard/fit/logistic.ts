/**
 * L2-regularised logistic regression by Newton's method (IRLS). Deterministic: no
 * random start, no stochastic steps; the same data always give the same weights.
 * Models ln(odds good:bad), so a characteristic whose weight of evidence is
 * informative gets a positive coefficient.
 */

export const L2_PENALTY = 1;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-10;

export interface LogisticFit {
  intercept: number;
  coefficients: number[];
  iterations: number;
}

/** Solves A x = b for symmetric positive-definite A by Cholesky decomposition. */
export function solveSymmetric(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      if (i === j) {
        if (s <= 0) throw new Error('logistic: Hessian is not positive definite');
        l[i][i] = Math.sqrt(s);
      } else l[i][j] = s / l[j][j];
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * y[k];
    y[i] = s / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k][i] * x[k];
    x[i] = s / l[i][i];
  }
  return x;
}

export interface LogisticOptions {
  /** ridge penalty on every coefficient but the intercept */
  penalty?: number;
  /** one weight per row (reweighing); 1 each when absent */
  weights?: readonly number[];
  /**
   * Directions d (one entry per feature) whose linear predictor d·beta is penalised
   * as contrastPenalty x rows x (d·beta)^2: with d the gap between two groups' mean
   * feature rows, this shrinks the gap between the groups' mean log-odds.
   */
  contrasts?: readonly (readonly number[])[];
  contrastPenalty?: number;
}

/** rows: feature vectors; isGood: the outcome. The intercept is not penalised. */
export function fitLogistic(
  rows: readonly number[][],
  isGood: readonly boolean[],
  options: LogisticOptions = {},
): LogisticFit {
  const { penalty = L2_PENALTY, weights, contrasts = [], contrastPenalty = 0 } = options;
  const p = (rows[0]?.length ?? 0) + 1;
  const beta = new Array<number>(p).fill(0);
  // the contrasts' quadratic penalty, with a 0 for the intercept, added to the ridge in gradient and Hessian alike
  const spread = 2 * contrastPenalty * rows.length;
  const directions = contrasts.map((d) => [0, ...d]);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const gradient = beta.map((b, j) => (j === 0 ? 0 : -penalty * b));
    const hessian = beta.map((_, i) => beta.map((__, j) => (i === j && i > 0 ? penalty : 0)));
    for (const d of directions) {
      const gap = d.reduce((s, v, j) => s + v * beta[j], 0);
      for (let i = 0; i < p; i++) {
        gradient[i] -= spread * d[i] * gap;
        for (let j = 0; j <= i; j++) hessian[i][j] += spread * d[i] * d[j];
      }
    }
    rows.forEach((features, r) => {
      const x = [1, ...features];
      const eta = x.reduce((s, v, j) => s + v * beta[j], 0);
      const prob = 1 / (1 + Math.exp(-eta));
      const w = weights ? weights[r] : 1;
      const weight = w * prob * (1 - prob);
      const residual = w * (Number(isGood[r]) - prob);
      for (let i = 0; i < p; i++) {
        gradient[i] += x[i] * residual;
        for (let j = 0; j <= i; j++) hessian[i][j] += weight * x[i] * x[j];
      }
    });
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) hessian[i][j] = hessian[j][i];
    const step = solveSymmetric(hessian, gradient);
    step.forEach((s, j) => (beta[j] += s));
    if (Math.max(...step.map(Math.abs)) < TOLERANCE) {
      return { intercept: beta[0], coefficients: beta.slice(1), iterations: iteration };
    }
  }
  throw new Error(`logistic: no convergence in ${MAX_ITERATIONS} iterations`);
}
