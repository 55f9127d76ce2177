/**
 * The part of pagefind.js (the browser bundle written into `<out dir>/pagefind/` by
 * scripts/index-search.ts) that the search page uses. Types only.
 */

export type Filters = Record<string, string | string[]>;

export interface RankingOptions {
  termFrequency?: number;
  termSimilarity?: number;
  termSaturation?: number;
  pageLength?: number;
  metaWeights?: Record<string, number>;
}

export interface PagefindOptions {
  baseUrl?: string;
  excerptLength?: number;
  /** Search on the main thread instead of in a web worker. */
  noWorker?: boolean;
  ranking?: RankingOptions;
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface ResultData {
  url: string;
  /** HTML: text with entities escaped and matches in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
}

export interface SearchResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
  unfilteredResultCount: number;
}

export interface PagefindModule {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** Adds another bundle (a shard of the index) to every later search, also after init() and searches; its URL ends with a slash. */
  mergeIndex(indexPath: string, options?: PagefindOptions): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<SearchResponse | null>;
  preload(term: string, options?: { filters?: Filters }): Promise<void>;
}
