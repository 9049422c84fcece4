/**
 * Weight of evidence of a class: ln(share of all goods in it / share of all bads in
 * it). The smoothing constant keeps a class without bads (or goods) finite instead
 * of infinite, which would otherwise dominate the regression.
 */

export const WOE_SMOOTHING = 0.5;
/** stored and used rounded, so anyone can recompute the points from the artefact */
export const WOE_DECIMALS = 6;

export interface ClassCounts {
  applicants: number;
  bads: number;
}

export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function weightsOfEvidence(classes: readonly ClassCounts[]): number[] {
  const k = classes.length;
  const bads = classes.reduce((s, c) => s + c.bads, 0);
  const goods = classes.reduce((s, c) => s + c.applicants - c.bads, 0);
  return classes.map((c) => {
    const goodShare = (c.applicants - c.bads + WOE_SMOOTHING) / (goods + k * WOE_SMOOTHING);
    const badShare = (c.bads + WOE_SMOOTHING) / (bads + k * WOE_SMOOTHING);
    return roundTo(Math.log(goodShare / badShare), WOE_DECIMALS);
  });
}

/** Below this information value a characteristic is conventionally "not predictive" (Siddiqi). */
export const MIN_INFORMATION_VALUE = 0.02;

/** Sum over classes of (share of goods - share of bads) x weight of evidence. */
export function informationValue(classes: readonly (ClassCounts & { woe: number })[]): number {
  const bads = classes.reduce((s, c) => s + c.bads, 0);
  const goods = classes.reduce((s, c) => s + c.applicants - c.bads, 0);
  return classes.reduce((s, c) => s + ((c.applicants - c.bads) / goods - c.bads / bads) * c.woe, 0);
}
