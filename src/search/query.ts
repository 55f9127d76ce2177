/**
 * Search state and the search itself, without the DOM: shared by the search page's
 * script (src/scripts/search.ts) and its tests.
 */
import type { Filters, PagefindModule, PagefindOptions, SearchResult } from './pagefind-api';
import { PAGE_TYPE_LABELS, PAGE_TYPES } from './page-types';
import type { Scope } from './shards';
import { normalizeQuery } from './text';

/** The filter keys written by src/search/SearchMeta.astro, in display order. */
export const FILTER_KEYS = ['type', 'document', 'region', 'department', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORTS = ['relevance', 'amount'] as const;
export type Sort = (typeof SORTS)[number];

/** The value of `?year=` that searches every year (without it, a sharded index searches recent years). */
export const ALL_YEARS = 'all';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: Sort;
  /** `?year=all`: search the documents of every year, not only the recent ones (see scopeOf). */
  allYears: boolean;
}

/**
 * Ranking options. Pages carry two pre-segmented metadata fields (see text.ts and
 * entries.ts): `names`, what the page is (a table's title and the words readers use
 * for it, a project's name, a department's names on its report), and `terms`, what
 * it lists (row labels and codes, KPI indicator names). A query covered by a page's
 * names should put that page first; a match in its terms counts less. The automatic
 * `title` field is split only at spaces by Pagefind, so for Chinese it matches just a
 * query that starts a title; its default boost (5) is lowered to keep it from
 * outweighing `names`. Chosen by running tests/search-queries.json (docs/search.md).
 */
export const RANKING: NonNullable<PagefindOptions['ranking']> = {
  metaWeights: { names: 8, terms: 3, title: 1 },
};

/** Read the state from the page's query string (`?q=三公&type=预算表&sort=amount`, `&year=all`). */
export function parseState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const allYears = filters.year === ALL_YEARS;
  if (allYears) delete filters.year;
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    filters,
    sort: sort === 'amount' ? 'amount' : 'relevance',
    allYears,
  };
}

/** The query string for a state; empty values and the default sort are left out. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.allYears && !state.filters.year) params.set('year', ALL_YEARS);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** How many filters, non-default orders and year scopes the state sets (shown on the folded filters). */
export function countRefinements(state: SearchState): number {
  return Object.keys(state.filters).length + (state.sort === 'relevance' ? 0 : 1) + (state.allYears ? 1 : 0);
}

/**
 * The part of a sharded index a state searches (src/search/shards.ts): the year of the
 * year filter, every year for `?year=all`, else the recent years.
 */
export function scopeOf(state: SearchState): Scope {
  const year = Number(state.filters.year);
  if (state.filters.year && Number.isInteger(year)) return { kind: 'year', year };
  return state.allYears ? { kind: 'all' } : { kind: 'recent' };
}

export interface Outcome {
  /** The normalised query that was searched. */
  searched: string;
  results: SearchResult[];
  /** The department the query named, searched within (its short name), if any. */
  within?: string;
  /** The query was just a department's name: these are its pages, reports first. */
  listed?: string;
}

/** A department as the search page lists it: the filter value (full name) and the short name. */
export interface DepartmentName {
  name: string;
  shortName: string;
}

/**
 * A query that names a department and asks for something else ("行政审批局 三公") is
 * searched within that department: the name becomes the department filter and the
 * rest is the query. Without a rest (just "行政审批局") the query stays as it is, and
 * the department's report ranks first by its names.
 */
export function splitDepartment(
  query: string,
  departments: readonly DepartmentName[],
): { department: DepartmentName; rest: string } | null {
  // The longest name found in the query wins; if that is all the query says, there is
  // nothing to search within the department.
  let best: { department: DepartmentName; rest: string; length: number } | null = null;
  for (const department of departments) {
    for (const name of [department.name, department.shortName]) {
      const needle = normalizeQuery(name);
      if (needle.length < 2 || (best && needle.length <= best.length)) continue;
      const at = query.indexOf(needle);
      if (at === -1) continue;
      const rest = `${query.slice(0, at)} ${query.slice(at + needle.length)}`.replace(/\s+/g, ' ').trim();
      best = { department, rest, length: needle.length };
    }
  }
  return best?.rest ? { department: best.department, rest: best.rest } : null;
}

/** The department whose full or short name is the whole query, if any. */
export function namedDepartment(query: string, departments: readonly DepartmentName[]): DepartmentName | null {
  return departments.find((d) => normalizeQuery(d.name) === query || normalizeQuery(d.shortName) === query) ?? null;
}

/**
 * Search for a state. The query is normalised first (normalizeQuery). A query that is
 * a department's name lists that department's pages (listDepartment); a query naming
 * a department and something else is searched within that department first
 * (splitDepartment). Pagefind itself leaves out query words that no page contains, so
 * a typo next to a known word still finds the known word's pages.
 * Returns null when the query is empty and no filter is set.
 */
export async function runSearch(
  pagefind: PagefindModule,
  state: SearchState,
  departments: readonly DepartmentName[] = [],
): Promise<Outcome | null> {
  const query = normalizeQuery(state.q);
  if (query && !state.filters.department) {
    const named = namedDepartment(query, departments);
    if (named) return listDepartment(pagefind, state, query, named);
    const split = splitDepartment(query, departments);
    if (split) {
      const within = await runSearch(pagefind, {
        ...state,
        q: split.rest,
        filters: { ...state.filters, department: split.department.name },
      });
      if (within && within.results.length > 0) return { ...within, within: split.department.shortName };
    }
  }
  const filters: Filters = { ...state.filters };
  const options = {
    filters,
    ...(state.sort === 'amount' ? { sort: { amount: 'desc' as const } } : {}),
  };
  if (!query && Object.keys(filters).length === 0) return null;
  const response = await pagefind.search(query || null, options);
  return { searched: query, results: response?.results ?? [] };
}

/**
 * The pages of a department named by the whole query, by filters alone: its reports
 * first, then its tables and projects (or by amount, if that order was chosen). No
 * word index is loaded, which matters for long names: a name like
 * 晋城经济技术开发区经济发展与安全监管部 is a dozen words, each in its own index chunk.
 */
async function listDepartment(
  pagefind: PagefindModule,
  state: SearchState,
  query: string,
  department: DepartmentName,
): Promise<Outcome> {
  const filters: Filters = { ...state.filters, department: department.name };
  if (state.sort === 'amount') {
    const response = await pagefind.search(null, { filters, sort: { amount: 'desc' } });
    return { searched: query, results: response?.results ?? [], listed: department.shortName };
  }
  const types = state.filters.type ? [state.filters.type] : PAGE_TYPES.map((t) => PAGE_TYPE_LABELS[t]);
  const results: SearchResult[] = [];
  for (const type of types) {
    const response = await pagefind.search(null, { filters: { ...filters, type } });
    results.push(...(response?.results ?? []));
  }
  return { searched: query, results, listed: department.shortName };
}
