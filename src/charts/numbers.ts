import Decimal from 'decimal.js';

/**
 * Amounts arrive as decimal strings ("14101.87"). Printed labels always come from those
 * strings (with thousands separators inserted into the string); numbers are made only for
 * geometry. Derived amounts (last year = this year − stated change, shares) are computed
 * exactly with decimal.js and printed to a fixed number of places.
 */

const DECIMAL = /^-?\d+(\.\d+)?$/;

export function isDecimal(value: string | null | undefined): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

/** Labels group digits exactly as the pages do. */
export { formatAmount } from '../lib/format';

/** Geometry only: the value as a float, 0 for a blank cell. */
export function toNumber(value: string | null): number {
  return isDecimal(value) ? Number(value) : 0;
}

function places(value: string): number {
  return value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
}

/** a − b exactly, printed with as many decimal places as the more precise operand. */
export function minus(a: string, b: string): string {
  return new Decimal(a).minus(b).toFixed(Math.max(places(a), places(b)));
}

/** a + b exactly, printed like `minus`. */
export function plus(a: string, b: string): string {
  return new Decimal(a).plus(b).toFixed(Math.max(places(a), places(b)));
}

/** Sum of decimal strings, printed with the most decimal places among them. */
export function sum(values: string[]): string {
  return values.reduce((acc, v) => plus(acc, v), '0');
}

/** part / whole × 100, to `dp` places ("4.06"); null when the whole is zero. */
export function percent(part: string, whole: string, dp = 2): string | null {
  const w = new Decimal(whole);
  if (w.isZero()) return null;
  return new Decimal(part).div(w).times(100).toFixed(dp);
}

/** a / b to `dp` places; null when b is zero. */
export function divide(a: string, b: string | number, dp = 2): string | null {
  const d = new Decimal(b);
  if (d.isZero()) return null;
  return new Decimal(a).div(d).toFixed(dp);
}

/** Compare decimal strings (for sorting without float round-trips). */
export function compareDecimal(a: string, b: string): number {
  return new Decimal(a).comparedTo(b);
}

export function isZero(value: string | null): boolean {
  return !isDecimal(value) || new Decimal(value).isZero();
}
