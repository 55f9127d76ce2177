/**
 * CSV for one disclosure table: UTF-8 with a byte-order mark (so Excel detects the
 * encoding and shows Chinese correctly), CRLF line ends, RFC 4180 quoting.
 *
 * Layout: a header row with the column paths joined by "/" ("本年收入/合计"), preceded by
 * "行号" (the row's anchor id on the report page, e.g. "2011308" for #expenditure-2011308);
 * then one line per row with the cells exactly as stored in the JSON (amounts as decimal
 * strings without grouping). A blank cell (null) is an empty field; an empty string, if a
 * source ever has one, is written as "" so that the two stay distinct when read back.
 */
import type { Table } from '../schemas';

export const BOM = '\uFEFF';
export const ROW_ID_HEADER = '行号';

/** Header names of the CSV columns, unique within the table. */
export function csvHeader(table: Pick<Table, 'columns'>): string[] {
  const seen = new Map<string, number>();
  return [ROW_ID_HEADER, ...table.columns.map((c) => c.path.join('/'))].map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}（${n}）`;
  });
}

/**
 * A text that a spreadsheet would run as a formula (= + - @, or a tab / CR first) gets a
 * leading apostrophe, so opening the download never runs what a source printed. Numbers
 * such as "-6.00" stay numbers.
 */
export function neutralizeFormula(value: string): string {
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quote a field when it needs it (comma, quote, line break, surrounding spaces, or empty string). */
export function csvField(raw: string | null): string {
  if (raw === null) return '';
  const value = neutralizeFormula(raw);
  if (value === '' || /[",\r\n]/.test(value) || /^\s|\s$/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function toCsv(rows: readonly (readonly (string | null)[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** The CSV text of a table (with BOM). */
export function tableToCsv(table: Pick<Table, 'columns' | 'rows'>): string {
  return toCsv([csvHeader(table), ...table.rows.map((row) => [row.id, ...row.cells])]);
}

export class CsvError extends Error {}

/**
 * Parse CSV text (with or without BOM) into rows of fields. An unquoted empty field is
 * `null`, a quoted empty field ("") is the empty string — the inverse of `toCsv`.
 */
export function parseCsv(text: string): (string | null)[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  const n = src.length;
  if (n === 0) return rows;
  for (;;) {
    // One field starts at i.
    let field: string | null;
    if (src[i] === '"') {
      let value = '';
      i += 1;
      for (;;) {
        const q = src.indexOf('"', i);
        if (q === -1) throw new CsvError(`unterminated quoted field at offset ${i}`);
        value += src.slice(i, q);
        if (src[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      field = value;
    } else {
      let j = i;
      while (j < n && src[j] !== ',' && src[j] !== '\r' && src[j] !== '\n') j += 1;
      const raw = src.slice(i, j);
      if (raw.includes('"')) throw new CsvError(`stray quote in unquoted field at offset ${i}`);
      field = raw === '' ? null : raw;
      i = j;
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    const c = src[i];
    if (c === ',') {
      i += 1;
    } else if (c === '\r' || c === '\n') {
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      rows.push(row);
      row = [];
      if (i >= n) return rows;
    } else {
      throw new CsvError(`unexpected character after quoted field at offset ${i}`);
    }
  }
}
