/**
 * How the search index is split (pure, shared by scripts/index-search.ts and the search
 * page). Pagefind holds a whole index in memory while it builds it (about 0.3 MB a page
 * here), so a large site is indexed in shards of at most SHARD_PAGES pages, each by its own
 * Pagefind process, and the search page merges them at query time (Pagefind's mergeIndex).
 * A region's pages stay together in one shard unless the region alone is larger.
 *
 * Layout: the first shard is the main bundle `pagefind/` (pagefind.js, WebAssembly); shard
 * n ≥ 1 is `pagefind/s<n>/` (index files only); `pagefind/shards.json` lists the others.
 */

/** Pages one Pagefind process indexes at most (≈ 1.1 GB of its memory when it writes the bundle). */
export const SHARD_PAGES = 4000;

export const SHARDS_FILE = 'shards.json';

export interface ShardList {
  /** Paths of the merged bundles, relative to `pagefind/`, e.g. `s1/`. */
  shards: string[];
}

export const shardDir = (n: number): string => `s${n}/`;

/** The group of a page for sharding: its region (`r/<region>/…`), or '' for site-wide pages. */
export function shardGroup(sitePath: string): string {
  const m = /^r\/([^/]+)\//.exec(sitePath.split('\\').join('/'));
  return m?.[1] ?? '';
}

/**
 * Pages in shards of at most `max`, keeping the order given: consecutive groups share a
 * shard while they fit; a group larger than `max` is cut into shards of its own.
 */
export function planShards<T>(items: readonly T[], group: (item: T) => string, max = SHARD_PAGES): T[][] {
  if (!Number.isInteger(max) || max < 1) throw new Error(`shard size must be a positive integer: ${max}`);
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = group(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const shards: T[][] = [];
  let current: T[] = [];
  for (const list of groups.values()) {
    if (current.length > 0 && current.length + list.length > max) {
      shards.push(current);
      current = [];
    }
    for (let i = 0; i < list.length; i += max) {
      const part = list.slice(i, i + max);
      if (current.length + part.length > max) {
        shards.push(current);
        current = [];
      }
      current.push(...part);
    }
  }
  if (current.length > 0 || shards.length === 0) shards.push(current);
  return shards;
}
