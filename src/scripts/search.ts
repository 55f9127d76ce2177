/**
 * The search page (/search/): reads ?q= and the filters from the address, searches the
 * Pagefind index with pagefind.js (loaded on the first search, from the site's own
 * base path), and lists results as links. Bundled by Astro as an external module
 * script, so it runs under a CSP without inline script (Pagefind's WebAssembly needs
 * 'wasm-unsafe-eval'; see docs/search.md).
 *
 * Only what a query needs is loaded: pagefind.js fetches the index chunks for the
 * query's words, and result data (title, excerpt, metadata) is fetched for the shown
 * results only. A large index is split into shards by year (src/search/shards.ts): a
 * query searches the recent years unless it filters on a year or asks for every year
 * (`?year=all`, «全部年份»), or finds nothing in the recent years; the shards a query needs
 * are merged into the same Pagefind instance when it first needs them (Pagefind searches
 * every merged index, also those merged after init()), and the status line says which
 * years were searched and links to the same search over every year.
 */
import type { PagefindModule, ResultData, SearchResult } from '../search/pagefind-api';
import {
  ALL_YEARS,
  countRefinements,
  FILTER_KEYS,
  parseState,
  RANKING,
  runSearch,
  scopeOf,
  stateToParams,
  type DepartmentName,
  type SearchState,
} from '../search/query';
import {
  allYears,
  scopeBundles,
  searchedYears,
  SHARDS_FILE,
  yearRanges,
  type ShardEntry,
  type ShardList,
} from '../search/shards';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

const base = import.meta.env.BASE_URL;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
}

const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-q');
const status = byId<HTMLElement>('search-status');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
const controls = byId<HTMLDetailsElement>('search-filters');
const refinements = byId<HTMLElement>('search-filter-count');
const noJs = byId<HTMLElement>('search-nojs');

/** Departments as listed in the filter: option value = full name, text = short name. */
const departments: DepartmentName[] = Array.from(
  form.querySelectorAll<HTMLOptionElement>('select[name="department"] option'),
)
  .filter((o) => o.value)
  .map((o) => ({ name: o.value, shortName: o.text.trim() }));

const bundle = `${base}pagefind/`;
// On the main thread: a worker would fetch a second copy of the search code (about
// 43 KB) before the first query.
const pagefindOptions = { baseUrl: base, excerptLength: 40, ranking: RANKING, noWorker: true };

/** The index's other bundles and their years (src/search/shards.ts); a few hundred bytes. */
const none: ShardList = { shards: [] };
const shardList: Promise<ShardList> = fetch(`${bundle}${SHARDS_FILE}`)
  .then((r) => (r.ok ? (r.json() as Promise<ShardList>) : none))
  .catch(() => none);

let pagefindPromise: Promise<PagefindModule> | undefined;

function loadPagefind(): Promise<PagefindModule> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    await pagefind.options(pagefindOptions);
    await pagefind.init();
    return pagefind;
  })();
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

/** Bundles merged into the Pagefind instance (or being merged), by path. */
const merges = new Map<string, Promise<void>>();

function merge(pagefind: PagefindModule, shard: ShardEntry): Promise<void> {
  let merging = merges.get(shard.path);
  if (!merging) {
    merging = pagefind.mergeIndex(`${bundle}${shard.path}`, pagefindOptions);
    merges.set(shard.path, merging);
    merging.catch(() => merges.delete(shard.path));
  }
  return merging;
}

/**
 * Pagefind with the bundles the state's scope needs merged in, and the years it searches
 * now when the state does not choose the years (null: every year, or a year filter).
 */
async function prepare(state: SearchState): Promise<{ pagefind: PagefindModule; years: string | null }> {
  const [pagefind, list] = await Promise.all([loadPagefind(), shardList]);
  const scope = scopeOf(state);
  await Promise.all(scopeBundles(list, scope).map((shard) => merge(pagefind, shard)));
  const covered = searchedYears(
    list,
    list.shards.filter((s) => merges.has(s.path)),
  );
  return { pagefind, years: scope.kind === 'recent' && covered ? yearRanges(covered, allYears(list)) : null };
}

function select(key: string): HTMLSelectElement | null {
  return form.elements.namedItem(key) as HTMLSelectElement | null;
}

function readForm(): SearchState {
  const data = new URLSearchParams();
  data.set('q', input.value);
  for (const key of [...FILTER_KEYS, 'sort']) {
    const value = select(key)?.value;
    if (value) data.set(key, value);
  }
  return parseState(data);
}

function writeForm(state: SearchState): void {
  input.value = state.q;
  for (const key of FILTER_KEYS) {
    const el = select(key);
    if (el) el.value = state.filters[key] ?? '';
  }
  const year = select('year');
  if (year && state.allYears) year.value = ALL_YEARS;
  const sort = select('sort');
  if (sort) sort.value = state.sort;
}

/** Copy the text and <mark> elements of an excerpt (Pagefind escapes the text). */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of Array.from(doc.body.firstChild?.childNodes ?? [])) {
    if (child.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(child.textContent ?? ''));
    }
  }
  return nodes;
}

function first(values: string[] | undefined): string | undefined {
  return values?.[0];
}

function renderResult(data: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';

  const type = first(data.filters.type);
  const department = first(data.filters.department);
  const year = first(data.filters.year);

  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);

  const facts = document.createElement('p');
  facts.className = 'search-result__facts';
  const parts = [type, department, year ? `${year}年` : undefined, data.meta.amount].filter((p): p is string =>
    Boolean(p),
  );
  facts.textContent = parts.join(' · ');

  li.append(heading, facts);
  if (data.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
    li.append(excerpt);
  }
  return li;
}

let generation = 0;
let current: SearchResult[] = [];
let shown = 0;
let label = '';
let query = '';
/** Where the search looked when not in every year («在 2024—2026 年的文件中»), else ''. */
let where = '';
/** A search over part of the years, offered over every year at the end of the status line. */
let partial: SearchState | undefined;

/**
 * The status line; `query` marks it as the final word on that query (tests wait for it).
 * After a search over part of the years, it ends with a link that searches them all.
 */
function setStatus(text: string, query?: string): void {
  status.replaceChildren(text);
  if (query !== undefined && partial) status.append(' ', allYearsLink(partial));
  if (query === undefined) delete status.dataset.query;
  else status.dataset.query = query;
}

/** «搜索全部年份»: a real link to the same search with `?year=all`, searched in place when clicked. */
function allYearsLink(state: SearchState): HTMLAnchorElement {
  const all: SearchState = { ...state, allYears: true };
  const link = document.createElement('a');
  link.href = `${location.pathname}?${stateToParams(all).toString()}`;
  link.textContent = '搜索全部年份';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    writeForm(all);
    void search(all, true);
    input.focus();
  });
  return link;
}

/** Results shown before the rest of a batch has arrived, so the first ones appear sooner. */
const FIRST_PART = 3;

async function showMore(): Promise<void> {
  const batch = current.slice(shown, shown + PAGE_SIZE);
  const mine = generation;
  const firstNew = shown;
  // Each result's data is its own small request; start them all, show the first few
  // as soon as they are in, then the rest.
  const pending = batch.map((r) => r.data());
  for (const part of [pending.slice(0, FIRST_PART), pending.slice(FIRST_PART)]) {
    if (part.length === 0) continue;
    const data = await Promise.all(part);
    if (mine !== generation) return;
    list.append(...data.map(renderResult));
    list.hidden = false;
  }
  shown += batch.length;
  more.hidden = shown >= current.length;
  setStatus(
    `${label}${where}找到 ${current.length} 个结果${shown < current.length ? `，显示前 ${shown} 个` : ''}。`,
    query,
  );
  if (firstNew > 0) list.querySelectorAll<HTMLAnchorElement>('.search-result__title a')[firstNew]?.focus();
}

async function search(state: SearchState, push: boolean): Promise<void> {
  const mine = ++generation;
  const params = stateToParams(state).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) {
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  const refined = countRefinements(state);
  refinements.textContent = refined > 0 ? `（已选 ${refined} 项）` : '';
  query = state.q.trim();
  label = query ? `“${query}”：` : '';
  where = '';
  partial = undefined;
  const hasFilter = Object.keys(state.filters).length > 0;
  if (!query && !hasFilter) {
    current = [];
    shown = 0;
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    setStatus('请输入要查找的词，例如部门名称、支出科目、项目名称或科目编码。', '');
    return;
  }

  setStatus('正在搜索…');
  try {
    const { pagefind, years } = await prepare(state);
    let outcome = await runSearch(pagefind, state, departments);
    if (mine !== generation) return;
    if (years && outcome?.results.length === 0) {
      // Nothing in the recent years: answer from every year rather than with nothing.
      const all: SearchState = { ...state, allYears: true };
      outcome = await runSearch((await prepare(all)).pagefind, all, departments);
      if (mine !== generation) return;
      if (outcome?.results.length) where = `${years} 年的文件中没有，在全部年份中`;
    } else if (years) {
      where = `在 ${years} 年的文件中`;
      partial = state;
    }
    current = outcome?.results ?? [];
    shown = 0;
    list.replaceChildren();
    if (outcome?.within) {
      label = `在“${outcome.within}”的页面中查找“${outcome.searched}”：`;
    } else if (outcome?.listed) {
      label = `“${query}”是部门名称，列出${outcome.listed}的全部页面，预算文件在前：`;
    }
    if (current.length === 0) {
      list.hidden = true;
      more.hidden = true;
      setStatus(
        `${label}${where}没有找到结果。${hasFilter ? '可以去掉筛选条件再试，' : ''}也可以换一个更短的词，或从首页按地区和部门查找。`,
        query,
      );
      return;
    }
    await showMore();
  } catch (error) {
    if (mine !== generation) return;
    console.error(error);
    list.hidden = true;
    more.hidden = true;
    setStatus('搜索暂时无法使用。请从首页按地区和部门查找。', query);
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;

function scheduleSearch(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void search(readForm(), false), DEBOUNCE_MS);
}

/** ↓ from the box moves to the first result; ↑/↓ move between results; Esc returns to the box. */
function onKeyDown(event: KeyboardEvent): void {
  const links = Array.from(list.querySelectorAll<HTMLAnchorElement>('.search-result__title a'));
  if (links.length === 0) return;
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  let target: HTMLElement | undefined;
  if (event.key === 'ArrowDown') target = event.target === input ? links[0] : links[index + 1];
  else if (event.key === 'ArrowUp' && index >= 0) target = index === 0 ? input : links[index - 1];
  else if (event.key === 'Escape' && index >= 0) target = input;
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

/**
 * On an index split by year, the year filter offers the years the default searches (its
 * first option) and «全部年份»; an index of one bundle keeps the filter as built.
 */
async function offerAllYears(state: SearchState): Promise<void> {
  const list = await shardList;
  const recent = searchedYears(list, scopeBundles(list, { kind: 'recent' }));
  const year = select('year');
  if (!recent || !year?.options[0]) return;
  year.options[0].text = `${yearRanges(recent, allYears(list))}年（默认）`;
  year.options[0].after(new Option('全部年份', ALL_YEARS));
  if (state.allYears) year.value = ALL_YEARS;
}

noJs.hidden = true;
controls.hidden = false;
const initial = parseState(new URLSearchParams(location.search));
writeForm(initial);
void offerAllYears(initial);
// Folded on narrow screens, where they would push the results below the first screen.
controls.open = countRefinements(initial) > 0 || matchMedia('(min-width: 48em)').matches;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void search(readForm(), true);
});
input.addEventListener('input', (event) => {
  // Wait while an input method is still composing the word.
  if (!event.isComposing) scheduleSearch();
});
input.addEventListener('focus', () => void prepare(readForm()).catch(() => undefined), { once: true });
controls.addEventListener('change', () => void search(readForm(), true));
more.addEventListener('click', () => void showMore());
input.addEventListener('keydown', onKeyDown);
list.addEventListener('keydown', onKeyDown);
window.addEventListener('popstate', () => {
  const state = parseState(new URLSearchParams(location.search));
  writeForm(state);
  void search(state, false);
});

void search(initial, false);
