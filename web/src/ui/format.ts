/** Dates, percentages and amounts in the reader's own locale. */
const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const SHORT_DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const PERCENT = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export const formatDate = (iso: string) => DATE.format(new Date(iso));
export const formatShortDate = (iso: string) => SHORT_DATE.format(new Date(iso));
export const formatDateTime = (iso: string) => DATE_TIME.format(new Date(iso));
export const formatPercent = (fraction: number) => PERCENT.format(fraction);
/** The German Credit data set's amounts are in Deutsche Mark. */
export const formatAmount = (amount: number) => `${WHOLE.format(amount)} DM`;

/** 0.09 → "about 1 in 11": a probability people can picture. */
export function oneIn(probability: number): string {
  return probability > 0 ? `about 1 in ${WHOLE.format(Math.round(1 / probability))}` : 'almost none';
}

/** +12 or −5, with a real minus sign for screen readers and print alike. */
export const signed = (change: number) => (change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '±0');

/** Whole cents in their currency, e.g. 1234 DEM → "DEM 12.34" (the data set's Deutsche Mark, as the reader's locale writes it). */
export function formatCents(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

/** An ISO date (YYYY-MM-DD) as the reader's locale writes it, read as a calendar day wherever the reader is. */
export const formatDay = (day: string) => DATE.format(new Date(`${day}T12:00:00`));
