/**
 * Citations in the style of GB/T 7714—2015 for electronic resources ([EB/OL]):
 *
 *   主要责任者. 题名[EB/OL]. (发表日期)[引用日期]. 获取和访问路径.
 *
 * The access date is left as the placeholder "引用日期" for the reader to fill in: the
 * page is static and cannot know when it is read.
 */

export const ACCESS_DATE_PLACEHOLDER = '引用日期';

export interface CitationInput {
  /** Responsible party: the publishing department. */
  author: string;
  /** Title as printed (a table title, the document title, a project name …). */
  title: string;
  /** Publication date or year, e.g. 2024 or "2024-03-19". */
  published: string | number;
  /** Absolute URL of the page being cited. */
  url: string;
  /** Access date, e.g. "2025-01-31"; the placeholder when not given. */
  accessed?: string;
}

/** Trim and drop a trailing full stop so the separators are not doubled. */
function part(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.。]+$/, '');
}

export function citeGbt7714({ author, title, published, url, accessed }: CitationInput): string {
  const date = accessed?.trim() || ACCESS_DATE_PLACEHOLDER;
  return `${part(author)}. ${part(title)}[EB/OL]. (${String(published).trim()})[${date}]. ${url.trim()}.`;
}

export interface RowCitationInput extends CitationInput {
  row: {
    /** Row header as printed (科目名称, 指标名称 …). */
    label: string;
    /** Column the value is taken from, e.g. 合计; omitted when the table has one value column. */
    column?: string;
    /** The figure as shown; null or '' for a blank cell (a blank is not zero). */
    value: string | null;
    /** Unit of the figure ('万元'); omitted when the value carries its own. */
    unit?: string;
  };
}

/** The row of a table as its own reference: the table title with the row's label, column, value and unit. */
export function describeRow(row: RowCitationInput['row']): string {
  const value =
    row.value === null || row.value.trim() === '' ? '空白' : `${row.value.trim()}${row.unit ? ` ${row.unit}` : ''}`;
  return `${part(row.label)}${row.column ? `（${part(row.column)}）` : ''}：${value}`;
}

export function citeRow({ row, title, ...rest }: RowCitationInput): string {
  return citeGbt7714({ ...rest, title: `${part(title)}：${describeRow(row)}` });
}
