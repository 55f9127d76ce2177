import { describe, expect, it } from 'vitest';
import type { Filters, PagefindModule, SearchResponse } from './pagefind-api';
import {
  countRefinements,
  namedDepartment,
  parseState,
  runSearch,
  scopeOf,
  splitDepartment,
  stateToParams,
  type SearchState,
} from './query';
import { segmentWords } from './text';

const DEPARTMENTS = [
  { name: '山西转型综合改革示范区晋中开发区行政审批局', shortName: '行政审批局' },
  { name: '晋城经济技术开发区经济发展与安全监管部', shortName: '经济发展与安全监管部' },
];

describe('parseState / stateToParams', () => {
  it('reads the query, the known filters and the sort from the address', () => {
    const state = parseState(new URLSearchParams('q=三公&type=预算表&year=2024&department=&sort=amount&x=1'));
    expect(state).toEqual({ q: '三公', filters: { type: '预算表', year: '2024' }, sort: 'amount', allYears: false });
  });

  it('defaults to relevance and leaves defaults out of the address', () => {
    const state = parseState(new URLSearchParams('q=%20公务用车%20&sort=nonsense'));
    expect(state.sort).toBe('relevance');
    expect(stateToParams(state).toString()).toBe(`q=${encodeURIComponent('公务用车')}`);
    expect(
      stateToParams({ q: '', filters: { region: '晋城经济技术开发区' }, sort: 'amount', allYears: false }).toString(),
    ).toBe(`region=${encodeURIComponent('晋城经济技术开发区')}&sort=amount`);
  });
});

describe('every year (?year=all) and scopeOf', () => {
  it('reads year=all as the choice of every year, not as a year filter, and writes it back', () => {
    const state = parseState(new URLSearchParams('q=三公&year=all'));
    expect(state).toMatchObject({ filters: {}, allYears: true });
    expect(stateToParams(state).toString()).toBe(`q=${encodeURIComponent('三公')}&year=all`);
    expect(countRefinements(state)).toBe(1);
  });

  it('searches the year filtered on, every year when chosen, else the recent years', () => {
    expect(scopeOf(parseState(new URLSearchParams('q=三公&year=2019')))).toEqual({ kind: 'year', year: 2019 });
    expect(scopeOf(parseState(new URLSearchParams('q=三公&year=all')))).toEqual({ kind: 'all' });
    expect(scopeOf(parseState(new URLSearchParams('q=三公')))).toEqual({ kind: 'recent' });
  });
});

describe('countRefinements', () => {
  it('counts the filters set and a sort other than relevance', () => {
    expect(countRefinements(parseState(new URLSearchParams('q=三公')))).toBe(0);
    expect(countRefinements(parseState(new URLSearchParams('q=三公&type=预算表&year=2024')))).toBe(2);
    expect(countRefinements(parseState(new URLSearchParams('type=预算表&sort=amount')))).toBe(2);
    expect(countRefinements(parseState(new URLSearchParams('sort=relevance&region=')))).toBe(0);
  });
});

describe('namedDepartment', () => {
  it('finds the department whose full or short name is the whole query', () => {
    expect(namedDepartment('行政审批局', DEPARTMENTS)).toBe(DEPARTMENTS[0]);
    expect(namedDepartment('晋城经济技术开发区经济发展与安全监管部', DEPARTMENTS)).toBe(DEPARTMENTS[1]);
    expect(namedDepartment('行政审批', DEPARTMENTS)).toBeNull();
  });
});

describe('splitDepartment', () => {
  it('takes a department named in the query as the scope of the rest', () => {
    expect(splitDepartment('行政审批局 三公', DEPARTMENTS)).toEqual({ department: DEPARTMENTS[0], rest: '三公' });
    expect(splitDepartment('三公行政审批局', DEPARTMENTS)?.rest).toBe('三公');
  });

  it('leaves a query that is only a department name (full or short) alone', () => {
    expect(splitDepartment('行政审批局', DEPARTMENTS)).toBeNull();
    expect(splitDepartment('晋城经济技术开发区经济发展与安全监管部', DEPARTMENTS)).toBeNull();
    expect(splitDepartment('公务用车', DEPARTMENTS)).toBeNull();
  });
});

/** A fake index: pages with words; a query matches pages holding every query word. */
function fakePagefind(pages: Record<string, string[]>): PagefindModule & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    mergeIndex: () => Promise.resolve(),
    preload: () => Promise.resolve(),
    search(term: string | null, options?: { filters?: Filters }): Promise<SearchResponse> {
      calls.push(`${term ?? '∅'}${options?.filters?.department ? ` @${String(options.filters.department)}` : ''}`);
      const words = term === null ? [] : term.split(' ').flatMap(segmentWords);
      const hits = Object.entries(pages).filter(([url, pageWords]) => {
        if (options?.filters?.department && !url.startsWith(String(options.filters.department))) return false;
        if (options?.filters?.type && url.split('|')[1] !== options.filters.type) return false;
        // Like Pagefind, a word that no page contains is left out of the query.
        const known = words.filter((w) => Object.values(pages).some((ws) => ws.some((p) => p.startsWith(w))));
        return (words.length === 0 || known.length > 0) && known.every((w) => pageWords.some((p) => p.startsWith(w)));
      });
      return Promise.resolve({
        unfilteredResultCount: hits.length,
        results: hits.map(([url]) => ({
          id: url,
          score: 1,
          data: () => Promise.resolve({ url, excerpt: '', meta: {}, filters: {}, sub_results: [] }),
        })),
      });
    },
  };
}

const state = (q: string): SearchState => ({ q, filters: {}, sort: 'relevance', allYears: false });

describe('runSearch', () => {
  it('searches the normalised query', async () => {
    const pf = fakePagefind({ a: ['因公', '出国', '境', '费'] });
    const outcome = await runSearch(pf, state(' 因公出国（境）费 '));
    expect(pf.calls).toEqual(['因公出国 境 费']);
    expect(outcome?.results.map((r) => r.id)).toEqual(['a']);
  });

  it('returns null for an empty query without filters', async () => {
    expect(await runSearch(fakePagefind({}), state(' （） '))).toBeNull();
  });

  it('searches filters alone when the query is empty', async () => {
    const pf = fakePagefind({ a: ['三公'] });
    await runSearch(pf, { q: '', filters: { department: 'a' }, sort: 'amount', allYears: false });
    expect(pf.calls).toEqual(['∅ @a']);
  });

  it('searches within a department the query names, and falls back when that finds nothing', async () => {
    const full = DEPARTMENTS[0]!.name;
    const pf = fakePagefind({ [`${full}/three-public`]: ['三公', '行政', '审批', '局'], other: ['三公'] });
    const within = await runSearch(pf, state('行政审批局 三公'), DEPARTMENTS);
    expect(within?.within).toBe('行政审批局');
    expect(within?.results.map((r) => r.id)).toEqual([`${full}/three-public`]);

    const none = await runSearch(
      fakePagefind({ other: ['行政', '审批', '局', '火箭'] }),
      state('行政审批局 火箭'),
      DEPARTMENTS,
    );
    expect(none?.within).toBeUndefined();
    expect(none?.results.map((r) => r.id)).toEqual(['other']);
  });

  it('lists the pages of a department named by the whole query, reports first, without a word search', async () => {
    const full = DEPARTMENTS[1]!.name;
    const pf = fakePagefind({
      [`${full}|预算表|summary`]: [],
      [`${full}|项目绩效目标|p1`]: [],
      [`${full}|预算文件|report`]: [],
      [`other|预算文件|report`]: [],
    });
    const outcome = await runSearch(pf, state('经济发展与安全监管部'), DEPARTMENTS);
    expect(outcome?.listed).toBe('经济发展与安全监管部');
    expect(outcome?.results.map((r) => r.id)).toEqual([
      `${full}|预算文件|report`,
      `${full}|预算表|summary`,
      `${full}|项目绩效目标|p1`,
    ]);
    expect(pf.calls.every((c) => c.startsWith('∅ @'))).toBe(true);
  });
});
