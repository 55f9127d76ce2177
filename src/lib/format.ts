/**
 * Display helpers for decimal strings. Amounts are never converted to numbers for
 * display: the digits are printed exactly as stored, only grouped by string manipulation.
 */

const DECIMAL = /^(-?)(\d+)(\.\d+)?$/;

/**
 * Group the integer digits of a decimal string in threes: "14101.87" → "14,101.87".
 * `null` (a blank cell) becomes the empty string; "0.00" stays "0.00"; anything that is
 * not a plain decimal string (text cells, "-", "合计") is returned unchanged.
 */
export function formatAmount(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const match = DECIMAL.exec(value);
  if (!match) return value;
  const [, sign = '', digits = '', fraction = ''] = match;
  let grouped = '';
  for (let i = digits.length; i > 0; i -= 3) {
    const part = digits.slice(Math.max(0, i - 3), i);
    grouped = grouped === '' ? part : `${part},${grouped}`;
  }
  return sign + grouped + fraction;
}

/** Remove grouping separators again: the inverse of formatAmount for decimal strings. */
export function unformatAmount(value: string): string {
  return DECIMAL.test(value.replace(/,/g, '')) ? value.replace(/,/g, '') : value;
}

/** "2283.49" → "2,283.49 万元"; null → null. */
export function formatWan(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return `${formatAmount(value)} 万元`;
}

/** Chinese inclusive line range: [60, 102] → "第60–102行", [5, 5] → "第5行". */
export function formatLines([from, to]: readonly [number, number]): string {
  return from === to ? `第${from}行` : `第${from}–${to}行`;
}

/** True for a decimal string that is zero ("0", "0.00", "-0.0"). */
export function isZero(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && /^-?0+(\.0+)?$/.test(value);
}
