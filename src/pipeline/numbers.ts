import Decimal from 'decimal.js';

/**
 * Reading amounts as printed. PDF extraction inserts spaces inside numbers
 * ("14, 101. 87") and keeps thousands separators; the value is returned as an exact
 * decimal string with the printed number of decimals, never a float.
 */

const AMOUNT = /^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+(\.\d+)?$/;

/** Remove spaces that PDF extraction put inside a number: "14, 101. 87" → "14,101.87". */
export function collapseSpacedDigits(text: string): string {
  return text.replace(/(\d)[ \u00a0]*([,.，．])[ \u00a0]*(?=\d)/g, '$1$2');
}

/** Parse a table cell. Empty → null. Returns undefined when the cell is not an amount. */
export function parseAmountCell(cell: string): string | null | undefined {
  const t = collapseSpacedDigits(cell.trim()).replace(/，/g, ',').replace(/．/g, '.');
  if (t === '') return null;
  if (!AMOUNT.test(t)) return undefined;
  return t.replace(/,/g, '');
}

/** Parse a number written in running text ("14,101.87", "415", "12746.74"). */
export function parseNumber(text: string): string {
  const t = collapseSpacedDigits(text).replace(/[,，]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) throw new Error(`not a number: "${text}"`);
  return t;
}

/** Exact conversion from 元 to 万元, keeping every significant digit. */
export function yuanToWan(yuan: string): string {
  const d = new Decimal(yuan).div(10000);
  const places = Math.max(2, d.decimalPlaces());
  return d.toFixed(places);
}
