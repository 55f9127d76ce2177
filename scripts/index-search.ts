/**
 * Builds the Pagefind search index of the built site (`npm run build` runs it
 * right after `astro build`). Reads the same out dir as astro.config.mjs
 * (`OUT_DIR`, default `dist`) and writes `<out dir>/pagefind/`.
 *
 * Only pages whose layout marks `<main data-pagefind-body>` are indexed (reports,
 * tables, project KPI pages, the glossary); filters and metadata come from the
 * `<meta data-pagefind-*>` tags written by src/search/SearchMeta.astro.
 *
 * Any error Pagefind reports fails the build with Pagefind's own messages. The
 * new bundle is written next to the old one and swapped in only when complete.
 *
 *   npm run index-search            # index dist/
 *   OUT_DIR=dist-budget npm run index-search
 */
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';

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

/** Selectors never indexed, whatever the page templates say: charts and forms. */
export const EXCLUDE_SELECTORS = ['svg', 'figure.chart', '[role="img"]', 'form'];

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/** HTML files of the site that mark content for the index (`data-pagefind-body`). */
async function optedIn(site: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(site, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const html = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    if (html.includes('data-pagefind-body')) count += 1;
  }
  return count;
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

/** Pages in the written index (addDirectory's count includes pages it skipped). */
async function indexedPages(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

export async function indexSite(outDir: string): Promise<{ pages: number; files: number; bytes: number }> {
  const site = path.resolve(outDir);
  const info = await stat(path.join(site, 'index.html')).catch(() => undefined);
  if (!info?.isFile()) throw new Error(`${outDir}/index.html not found: run astro build first`);

  // Without any data-pagefind-body Pagefind would index every page whole (navigation,
  // home page and all): treat that as a broken layout, not as a smaller index.
  if ((await optedIn(site)) === 0) {
    throw new Error(`${outDir}: no page was indexed: no page has <main data-pagefind-body> (BaseLayout's search prop)`);
  }

  const final = path.join(site, 'pagefind');
  const staging = path.join(site, 'pagefind.tmp');
  await rm(staging, { recursive: true, force: true });

  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (errors.length > 0 || !index) fail('createIndex()', errors);

    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) fail(`addDirectory(${outDir})`, added.errors);
    if (added.page_count === 0)
      fail(`addDirectory(${outDir})`, ['no page was indexed (no <main data-pagefind-body>?)']);

    const written = await index.writeFiles({ outputPath: staging });
    if (written.errors.length > 0) fail('writeFiles()', written.errors);

    for (const file of UNUSED_FILES) await rm(path.join(staging, file), { force: true });
    await rm(final, { recursive: true, force: true });
    await rename(staging, final);
    const size = await dirSize(final);
    return { pages: await indexedPages(final), ...size };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await pagefind.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.env.OUT_DIR?.trim() || 'dist';
  const started = performance.now();
  indexSite(outDir).then(
    ({ pages, files, bytes }) => {
      const ms = Math.round(performance.now() - started);
      console.log(
        `search index: ${pages} pages → ${outDir}/pagefind/ (${files} files, ${(bytes / 1024).toFixed(1)} KiB) in ${ms} ms`,
      );
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
