/**
 * Builds the Pagefind search index of the built site (`npm run build` runs it
 * right after `astro build`). Reads the same out dir as astro.config.mjs
 * (`OUT_DIR`, default `dist`) and writes `<out dir>/pagefind/`.
 *
 * Only pages whose layout marks `<main data-pagefind-body>` are given to Pagefind (reports,
 * tables, project KPI pages, the glossary), file by file — the other pages, however large,
 * are never parsed; filters and metadata come from the `<meta data-pagefind-*>` tags written
 * by src/search/SearchMeta.astro. A large site is indexed in shards by year, one Pagefind
 * process each, merged by the search page as its scope needs (src/search/shards.ts).
 *
 * Any error Pagefind reports fails the build with Pagefind's own messages. The
 * new bundle is written next to the old one and swapped in only when complete.
 *
 *   npm run index-search            # index dist/
 *   OUT_DIR=dist-budget npm run index-search
 */
import { availableParallelism } from 'node:os';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { planYearShards, SHARD_PAGES, shardDir, SHARDS_FILE, yearOfPath, type ShardList } from '../src/search/shards';
import { fail, indexShardInProcess } from './lib/index-shard';

/**
 * Files of the bundle the site does not use, removed so they are not deployed: Pagefind's
 * own UIs (the search page talks to pagefind.js directly) and the web worker (the search
 * page sets `noWorker`, see src/scripts/search.ts).
 */
export const UNUSED_FILES = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Site-relative paths of the HTML files that mark content for the index (`data-pagefind-body`). */
async function optedIn(site: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(site, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    if ((await readFile(file, 'utf8')).includes('data-pagefind-body')) {
      files.push(path.relative(site, file).split(path.sep).join('/'));
    }
  }
  return files.sort();
}

async function dirSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** Pages in a written bundle. */
async function indexedPages(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

/** Files a merged shard does not need: the search code and WebAssembly come from the main bundle. */
const MAIN_ONLY = /^(pagefind\.js|wasm\..*\.pagefind)$/;

export interface IndexResult {
  pages: number;
  files: number;
  bytes: number;
  shards: number;
}

/**
 * Runs `task(0 … count-1)`, at most `jobs` at a time. After a failure no new task starts,
 * the running ones are waited for (so none writes after the caller cleans up), and the
 * first failure is thrown.
 */
export async function inPool(count: number, jobs: number, task: (n: number) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async (): Promise<void> => {
    while (failures.length === 0 && next < count) {
      try {
        await task(next++);
      } catch (e) {
        failures.push(e);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, count) }, worker));
  if (failures.length > 0) throw failures[0];
}

/** Pagefind processes run at once by default: one per core, at most two (their memory adds up). */
export const INDEX_JOBS = Math.min(2, availableParallelism());

/**
 * Indexes the opted-in pages of `outDir` in shards by year (src/search/shards.ts), `jobs`
 * Pagefind processes at a time, and swaps the new bundle in when every shard is written.
 * A shard holds at most `shardPages` pages, by default SHARD_PAGES shared by the processes
 * running at once, so that together they stay within the memory SHARD_PAGES stands for.
 */
export async function indexSite(outDir: string, shardPages?: number, jobs = INDEX_JOBS): Promise<IndexResult> {
  const site = path.resolve(outDir);
  const info = await stat(path.join(site, 'index.html')).catch(() => undefined);
  if (!info?.isFile()) throw new Error(`${outDir}/index.html not found: run astro build first`);

  // Without any data-pagefind-body Pagefind would index every page whole (navigation,
  // home page and all): treat that as a broken layout, not as a smaller index.
  const files = await optedIn(site);
  if (files.length === 0) {
    throw new Error(`${outDir}: no page was indexed: no page has <main data-pagefind-body> (BaseLayout's search prop)`);
  }

  const final = path.join(site, 'pagefind');
  const staging = path.join(site, 'pagefind.tmp');
  await rm(staging, { recursive: true, force: true });
  try {
    const shards = planYearShards(files, yearOfPath, shardPages ?? Math.floor(SHARD_PAGES / jobs));
    const dirs = shards.map((_, n) => (n === 0 ? staging : path.join(staging, shardDir(n))));
    await inPool(shards.length, jobs, (n) => indexShardInProcess(site, shards[n]!.items, dirs[n]!));
    const merged: ShardList['shards'] = [];
    for (const [n, shard] of shards.entries()) {
      const dir = dirs[n]!;
      for (const file of UNUSED_FILES) await rm(path.join(dir, file), { force: true });
      if (n > 0) {
        for (const file of await readdir(dir)) if (MAIN_ONLY.test(file)) await rm(path.join(dir, file));
        merged.push({ path: shardDir(n), years: shard.years });
      }
    }
    // One bundle: no scope to choose, so no years to list.
    const list: ShardList = merged.length > 0 ? { years: shards[0]!.years, shards: merged } : { shards: [] };
    await writeFile(path.join(staging, SHARDS_FILE), `${JSON.stringify(list)}\n`);
    let pages = await indexedPages(staging);
    for (const shard of merged) pages += await indexedPages(path.join(staging, shard.path));
    if (pages === 0) fail(`indexing ${outDir}`, ['no page was indexed (no <main data-pagefind-body>?)']);

    await rm(final, { recursive: true, force: true });
    await rename(staging, final);
    return { pages, ...(await dirSize(final)), shards: shards.length };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.env.OUT_DIR?.trim() || 'dist';
  // SEARCH_SHARD_PAGES: pages a shard holds at most (default SHARD_PAGES / SEARCH_INDEX_JOBS);
  // a small value splits even a small site, to test the merged search. SEARCH_INDEX_JOBS:
  // Pagefind processes at once (default INDEX_JOBS).
  const shardPages = Number(process.env.SEARCH_SHARD_PAGES?.trim()) || undefined;
  const jobs = Number(process.env.SEARCH_INDEX_JOBS?.trim()) || INDEX_JOBS;
  const started = performance.now();
  indexSite(outDir, shardPages, jobs).then(
    ({ pages, files, bytes, shards }) => {
      const ms = Math.round(performance.now() - started);
      console.log(
        `search index: ${pages} pages in ${shards} shard(s) → ${outDir}/pagefind/ (${files} files, ${(bytes / 1024).toFixed(1)} KiB) in ${ms} ms`,
      );
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
