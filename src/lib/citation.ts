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
