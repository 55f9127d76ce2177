/**
 * How the search index is split, and which parts a search loads (pure, shared by
 * scripts/index-search.ts and the search page). Pagefind holds a whole index in memory
 * while it builds and writes it (about 0.29 MB a page here, measured: 5.4 GB for 20,622
 * pages), so a large site is indexed in shards of at most SHARD_PAGES pages, each by its own
 * Pagefind process, and the search page merges them at query time (Pagefind's mergeIndex).
 *
 * Shards follow the years of the documents (planYearShards): newest year first, a year
 * whole in one shard when it fits, so that a search of recent documents (the default scope,
 * see scopeBundles) loads the metadata of recent shards only — every merged shard costs a
 * first query its metadata (≈ 10 bytes a page) and one index chunk per query word.
 *
 * Layout: the first shard is the main bundle `pagefind/` (pagefind.js, WebAssembly, the
 * newest year); shard n ≥ 1 is `pagefind/s<n>/` (index files only); `pagefind/shards.json`
 * lists the others and the years of every bundle.
 */

/** Pages one Pagefind process indexes at most (≈ 1.5 GB of its memory when it writes the bundle). */
export const SHARD_PAGES = 5000;

export const SHARDS_FILE = 'shards.json';

/** Years the default scope covers: the site's newest years. */
export const RECENT_YEARS = 2;

/** A merged bundle: its path relative to `pagefind/` (e.g. `s1/`) and the years it holds, newest first. */
export interface ShardEntry {
  path: string;
  years: number[];
}

/** The content of `pagefind/shards.json`. */
export interface ShardList {
  /** Years the main bundle holds, newest first; left out when the index is one bundle. */
  years?: number[];
  shards: ShardEntry[];
}

export const shardDir = (n: number): string => `s${n}/`;

/** `items` in shards of at most `max`, in the order given; always at least one shard. */
export function planShards<T>(items: readonly T[], max = SHARD_PAGES): T[][] {
  if (!Number.isInteger(max) || max < 1) throw new Error(`shard size must be a positive integer: ${max}`);
  const count = Math.max(1, Math.ceil(items.length / max));
  // Even shards (not max, max, …, remainder): the same memory bound, smaller peaks.
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/**
 * The year of a document page from its site-relative path (`r/<region>/<dept>/<year>/…`,
 * `…/<year>-final/…` for final accounts, see reportStem), if any.
 */
export function yearOfPath(sitePath: string): number | undefined {
  const match = /^\/?r\/[^/]+\/[^/]+\/(\d{4})(?:-[a-z]+)?\//.exec(sitePath);
  return match ? Number(match[1]) : undefined;
}

export interface YearShard<T> {
  items: T[];
  /** Years of the items, newest first (empty when no item has a year). */
  years: number[];
}

/**
 * `items` (in path order) in shards of at most `max` by year: the newest year first, items
 * without a year (the glossary) with the newest; a year goes whole into the current shard
 * when it fits, else starts a new one, and a year over `max` is cut into even shards of its
 * own. So a year is never split unless it must be, and every shard holds whole years or a
 * part of one year. Each shard keeps the items in the order given; a site that fits one
 * shard gives exactly planShards' one shard.
 */
export function planYearShards<T>(
  items: readonly T[],
  yearOf: (item: T) => number | undefined,
  max = SHARD_PAGES,
): YearShard<T>[] {
  const order = new Map(items.map((item, i) => [item, i]));
  const byYear = new Map<number | undefined, T[]>();
  for (const item of items) {
    const year = yearOf(item);
    const group = byYear.get(year);
    if (group) group.push(item);
    else byYear.set(year, [item]);
  }
  const years = [...byYear.keys()].filter((y): y is number => y !== undefined).sort((a, b) => b - a);
  const groups = years.map((year) => ({ years: [year], items: byYear.get(year)! }));
  const yearless = byYear.get(undefined) ?? [];
  if (groups[0]) groups[0].items.push(...yearless);
  else groups.push({ years: [], items: yearless });

  const shards: YearShard<T>[] = [];
  let current: YearShard<T> | undefined;
  for (const group of groups) {
    if (current && current.items.length + group.items.length <= max) {
      current.items.push(...group.items);
      current.years.push(...group.years);
      continue;
    }
    const parts = planShards(group.items, max);
    shards.push(...parts.map((part) => ({ items: part, years: [...group.years] })));
    current = parts.length === 1 ? shards.at(-1) : undefined;
  }
  for (const shard of shards) shard.items.sort((a, b) => order.get(a)! - order.get(b)!);
  return shards;
}

/** What a search covers: the default (the site's newest years), one year, or every year. */
export type Scope = { kind: 'recent' } | { kind: 'year'; year: number } | { kind: 'all' };

/** The merged bundles a search in `scope` needs (the main bundle is always loaded). */
export function scopeBundles(list: ShardList, scope: Scope): ShardEntry[] {
  if (scope.kind === 'all') return list.shards;
  const wanted = scope.kind === 'year' ? [scope.year] : recentYears(list);
  // A bundle with no year (a site without dated pages) is always needed.
  return list.shards.filter((s) => s.years.length === 0 || s.years.some((y) => wanted.includes(y)));
}

/** Every year the index holds, newest first. */
export function allYears(list: ShardList): number[] {
  const years = new Set([...(list.years ?? []), ...list.shards.flatMap((s) => s.years)]);
  return [...years].sort((a, b) => b - a);
}

/** The years the default scope is meant to cover. */
export const recentYears = (list: ShardList): number[] => allYears(list).slice(0, RECENT_YEARS);

/**
 * The years searched when the main bundle and `merged` are loaded, newest first, or null
 * when that is every year (nothing is left out, so there is nothing to say).
 */
export function searchedYears(list: ShardList, merged: readonly ShardEntry[]): number[] | null {
  if (list.shards.every((s) => merged.includes(s))) return null;
  const years = new Set([...(list.years ?? []), ...merged.flatMap((s) => s.years)]);
  return [...years].sort((a, b) => b - a);
}

/**
 * `years` (newest first) as ranges of years that follow each other in `siteYears` (the
 * site's years, newest first), oldest first: `2024—2026`, or `2019、2024—2026` when the
 * years between are not among them.
 */
export function yearRanges(years: readonly number[], siteYears: readonly number[]): string {
  const ranges: number[][] = [];
  let previous = -1;
  for (const [i, year] of siteYears.entries()) {
    if (!years.includes(year)) continue;
    if (previous === i - 1 && ranges.length > 0) ranges.at(-1)!.push(year);
    else ranges.push([year]);
    previous = i;
  }
  return ranges
    .reverse()
    .map((r) => (r.length === 1 ? String(r[0]) : `${r.at(-1)}—${r[0]}`))
    .join('、');
}
