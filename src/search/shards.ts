/**
 * How the search index is split (pure, shared by scripts/index-search.ts and the search
 * page). Pagefind holds a whole index in memory while it builds and writes it (about
 * 0.29 MB a page here, measured: 5.4 GB for 20,622 pages), so a large site is indexed in
 * shards of at most SHARD_PAGES pages, each by its own Pagefind process, and the search page
 * merges them at query time (Pagefind's mergeIndex). Pages are taken in path order, so a
 * region's pages stay together. Each extra shard costs a first query about one index chunk
 * per query word (≈ 10–25 KB), so shards are as large as the memory budget allows.
 *
 * Layout: the first shard is the main bundle `pagefind/` (pagefind.js, WebAssembly); shard
 * n ≥ 1 is `pagefind/s<n>/` (index files only); `pagefind/shards.json` lists the others.
 */

/** Pages one Pagefind process indexes at most (≈ 1.5 GB of its memory when it writes the bundle). */
export const SHARD_PAGES = 5000;

export const SHARDS_FILE = 'shards.json';

export interface ShardList {
  /** Paths of the merged bundles, relative to `pagefind/`, e.g. `s1/`. */
  shards: string[];
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
