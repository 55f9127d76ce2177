import Decimal from 'decimal.js';

/**
 * Money units as tables print them, and the exact conversion to 万元 (the unit of every
 * derived figure and comparison). decimal.js, never floats; no rounding: 12,345.67 元 is
 * 1.234567 万元.
 */

const PER_WAN: Record<string, string> = { 元: '0.0001', 千元: '0.1', 万元: '1', 亿元: '10000' };

export const MONEY_UNITS = Object.keys(PER_WAN);

/** The exact 万元 value of an amount printed in `unit`; at least 2 decimals, as printed tables do. */
export function toWanYuan(value: string, unit: string): string {
  const factor = PER_WAN[unit];
  if (factor === undefined) throw new Error(`unknown money unit: "${unit}"`);
  if (unit === '万元') return value;
  const d = new Decimal(value).times(factor);
  return d.toFixed(Math.max(2, d.decimalPlaces()));
}

/** toWanYuan for a nullable cell: a blank stays blank. */
export function cellInWan(value: string | null, unit: string): string | null {
  return value === null ? null : toWanYuan(value, unit);
}
