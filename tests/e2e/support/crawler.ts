/**
 * A fast link checker for the built site: fetches pages over HTTP from a local
 * static server and parses HTML and CSS in Node (no browser). Starting from
 * the given seeds it follows every same-origin href, src, srcset, form action
 * and CSS url(), and records:
 *
 * - broken links: any status other than 200 (a redirect counts as broken, since
 *   internal links must point at the final URL, trailing slash included);
 * - missing fragments: `#id` links whose target page has no element with that id; into a PDF
 *   only `#page=N` (the open parameter every common viewer reads, RFC 8118) with N one of
 *   its pages.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { openPdf } from '../../../src/pdf/load';

/** How many pages a served PDF has (null when it cannot be opened). */
async function pdfPages(bytes: Uint8Array): Promise<number | null> {
  try {
    const { doc, close } = await openPdf(bytes);
    const n = doc.numPages;
    await close();
    return n;
  } catch {
    return null;
  }
}

/** The problem with a fragment into a PDF of `pages` pages, or null. */
export function pdfFragmentProblem(fragment: string, pages: number | null): string | null {
  const page = /^page=(\d+)$/.exec(fragment);
  if (!page) return `#${fragment} points into a PDF (only #page=N opens a page)`;
  if (pages === null) return `#${fragment} points into a PDF that cannot be opened`;
  const n = Number(page[1]);
  return n >= 1 && n <= pages ? null : `#${fragment} points past the PDF's ${pages} pages`;
}

export interface Problem {
  /** The link as resolved (absolute URL). */
  url: string;
  /** The page or stylesheet the link was found on. */
  foundOn: string;
  reason: string;
}

export interface CrawlResult {
  /** Every URL fetched (without fragment or query), with its status. */
  fetched: Map<string, number>;
  /** HTML pages fetched with status 200. */
  pages: Set<string>;
  problems: Problem[];
}

export interface CrawlOptions {
  /** e.g. `http://127.0.0.1:4000` — only URLs on this origin are followed. */
  origin: string;
  /** Absolute URLs to start from. */
  seeds: string[];
  concurrency?: number;
}

interface Link {
  url: string;
  foundOn: string;
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g;
const CSS_IMPORT = /@import\s+(?:"([^"]*)"|'([^']*)')/g;

/** Attributes holding a single URL, by element (`*` = any element). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_match, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower] ?? '';
  });
}

export interface ParsedHtml {
  /** Raw URL references as written (entity-decoded). */
  refs: string[];
  /** Every element id. */
  ids: Set<string>;
  /** CSS from <style> elements and style attributes. */
  css: string[];
}

export function parseHtml(html: string): ParsedHtml {
  const refs: string[] = [];
  const ids = new Set<string>();
  const css: string[] = [];

  let text = html.replace(/<!--[\s\S]*?-->/g, '');
  text = text.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_m, open: string, body: string, close: string) => {
    css.push(body);
    return open + close;
  });
  text = text.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');

  for (const tag of text.matchAll(TAG)) {
    const name = (tag[1] ?? '').toLowerCase();
    const attributes = new Map<string, string>();
    for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
      const key = (attribute[1] ?? '').toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      attributes.set(key, decodeEntities(value));
    }
    const id = attributes.get('id');
    if (id !== undefined && id !== '') ids.add(id);
    const style = attributes.get('style');
    if (style) css.push(style);

    for (const key of URL_ATTRIBUTES[name] ?? []) {
      const value = attributes.get(key);
      if (value !== undefined) refs.push(value.trim());
    }
    const srcset = attributes.get('srcset');
    if (srcset) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) refs.push(url);
      }
    }
  }
  return { refs, ids, css };
}

export function parseCss(css: string): string[] {
  const refs: string[] = [];
  for (const match of css.matchAll(CSS_URL)) {
    const value = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (value !== '') refs.push(value);
  }
  for (const match of css.matchAll(CSS_IMPORT)) {
    const value = (match[1] ?? match[2] ?? '').trim();
    if (value !== '') refs.push(value);
  }
  return refs;
}

/** Absolute URLs of every HTML file in a built site, for use as crawl seeds. */
export async function htmlSeeds(dir: string, siteUrl: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const seeds: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const urlPath = relative === 'index.html' ? '' : relative.replace(/(^|\/)index\.html$/, '$1');
    seeds.push(new URL(urlPath, siteUrl).toString());
  }
  return seeds.sort();
}

function withoutHashAndQuery(url: URL): string {
  return url.origin + url.pathname;
}

export async function crawl(options: CrawlOptions): Promise<CrawlResult> {
  const concurrency = options.concurrency ?? 8;
  const fetched = new Map<string, number>();
  const pages = new Set<string>();
  const idsByPage = new Map<string, Set<string>>();
  const pdfPagesOf = new Map<string, number | null>();
  const problems: Problem[] = [];
  const fragmentLinks: Array<Link & { target: string; fragment: string }> = [];
  const linksTo = new Map<string, Link[]>();
  const queue: string[] = [];

  function enqueue(ref: string, foundOn: string | undefined): void {
    if (/^(?:mailto|tel|javascript|data|blob):/i.test(ref)) return;
    let url: URL;
    try {
      url = new URL(ref, foundOn ?? options.origin);
    } catch {
      problems.push({ url: ref, foundOn: foundOn ?? '(seed)', reason: 'invalid URL' });
      return;
    }
    if (url.origin !== options.origin) return;
    const key = withoutHashAndQuery(url);
    if (foundOn !== undefined) {
      const list = linksTo.get(key) ?? [];
      list.push({ url: url.toString(), foundOn });
      linksTo.set(key, list);
      if (url.hash.length > 1) {
        fragmentLinks.push({
          url: url.toString(),
          foundOn,
          target: key,
          fragment: decodeURIComponent(url.hash.slice(1)),
        });
      }
    }
    if (!fetched.has(key)) {
      fetched.set(key, 0);
      queue.push(key);
    }
  }

  async function visit(key: string): Promise<void> {
    let response: Response;
    try {
      response = await fetch(key, { redirect: 'manual' });
    } catch (error) {
      fetched.set(key, -1);
      problems.push({ url: key, foundOn: '', reason: `fetch failed: ${String(error)}` });
      return;
    }
    fetched.set(key, response.status);
    if (response.status !== 200) {
      await response.body?.cancel();
      return;
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.startsWith('text/html')) {
      const parsed = parseHtml(await response.text());
      pages.add(key);
      idsByPage.set(key, parsed.ids);
      for (const ref of parsed.refs) enqueue(ref, key);
      for (const css of parsed.css) for (const ref of parseCss(css)) enqueue(ref, key);
    } else if (type.startsWith('text/css')) {
      for (const ref of parseCss(await response.text())) enqueue(ref, key);
    } else if (type.startsWith('application/pdf')) {
      pdfPagesOf.set(key, await pdfPages(new Uint8Array(await response.arrayBuffer())));
    } else {
      await response.body?.cancel();
    }
  }

  for (const seed of options.seeds) enqueue(seed, undefined);

  const running = new Set<Promise<void>>();
  while (queue.length > 0 || running.size > 0) {
    while (queue.length > 0 && running.size < concurrency) {
      const key = queue.shift() as string;
      const task: Promise<void> = visit(key).finally(() => running.delete(task));
      running.add(task);
    }
    if (running.size > 0) await Promise.race(running);
  }

  for (const [key, status] of fetched) {
    if (status === 200 || status === -1) continue;
    const reason =
      status >= 300 && status < 400 ? `redirect ${status} (link must point at the final URL)` : `HTTP ${status}`;
    const sources = linksTo.get(key);
    if (sources === undefined) {
      problems.push({ url: key, foundOn: '(seed)', reason });
    } else {
      for (const link of sources) problems.push({ url: link.url, foundOn: link.foundOn, reason });
    }
  }

  for (const link of fragmentLinks) {
    if (fetched.get(link.target) !== 200) continue; // already reported as broken
    const ids = idsByPage.get(link.target);
    if (pdfPagesOf.has(link.target)) {
      const reason = pdfFragmentProblem(link.fragment, pdfPagesOf.get(link.target) ?? null);
      if (reason) problems.push({ ...link, reason });
    } else if (ids === undefined) {
      problems.push({ ...link, reason: `#${link.fragment} points into a non-HTML resource` });
    } else if (!ids.has(link.fragment) && link.fragment !== 'top') {
      problems.push({
        ...link,
        reason: `no element with id="${link.fragment}" on the target page`,
      });
    }
  }

  problems.sort((a, b) => a.foundOn.localeCompare(b.foundOn) || a.url.localeCompare(b.url));
  return { fetched, pages, problems };
}

/** One readable line per problem; URLs are shown without the origin. */
export function formatProblems(problems: Problem[], origin?: string): string[] {
  const short = (url: string) => (origin !== undefined && url.startsWith(origin) ? url.slice(origin.length) : url);
  return problems.map((problem) => `${short(problem.url)} — ${problem.reason} — found on ${short(problem.foundOn)}`);
}
