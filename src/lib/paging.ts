/**
 * Paging of site-wide lists, so that no page grows with the content: a list is cut into
 * pages of a fixed size; page 1 lives at the list's own path, page n at `<path><n>/`.
 * Pure: pages pass the slices to their templates and `Pager.astro` links them.
 */

/** Rows a paged list shows on one page (a row is one line of a table or list). */
export const PAGE_SIZE = 100;

/**
 * Up to this many departments, the home page and /r/ list every department; past it they
 * list the regions only and leave departments to the region pages.
 */
export const ALL_DEPARTMENTS_MAX = 60;

/**
 * Up to this many reports, /data/ lists the files of every report and /about/ every source
 * document and correction; past it, each region's reports and sources are listed on
 * /data/<region>/ (paged), and /about/ gives their numbers and links there.
 */
export const DATA_ALL_MAX = 60;

/**
 * A glossary definition names at most this many of the reports that print it, then “等 n 份”:
 * the same definition is printed by most reports of a province.
 */
export const GLOSSARY_SOURCES_MAX = 5;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

/** `items` in pages of `size`; always at least one page (possibly empty). */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer: ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** Site-relative path of page `n` of the list at `first` (which ends with a slash). */
export function pagePath(first: string, n: number): string {
  return n <= 1 ? first : `${first}${n}/`;
}

/** Groups items by a key, keeping the first-seen order of the keys. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
