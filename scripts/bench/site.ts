/**
 * Site benchmark (`npm run bench -- --reports 100,300,1000`): for each size, synthetic
 * content (scripts/synth.ts) built in full by `npm run build` (content check, pages in one
 * or more Astro processes, search index) and, in the same run, a bare Astro project with the
 * same number of trivial pages as the baseline, and a bare Astro project that writes the very
 * files the build wrote, read back from its output, with no other work (the replay: what
 * Astro costs for this much output). Prints a table and writes bench/results.json (or --out).
 *
 *   npm run bench -- --reports 100,300 [--seed 1] [--out bench/results.json] [--keep]
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scopeBundles, SHARDS_FILE, type Scope, type ShardList } from '../../src/search/shards';
import { findPages } from '../../tests/quality/lib/pages';
import { BUDGETS, measurePages } from '../../tests/quality/lib/weight';
import { readBuildSteps } from '../lib/build-steps';
import { readTemplates, writeSynth } from '../synth';
import { synthesize } from '../synth/generate';
import { countFiles, dirBytes, MB, round, run } from './measure';

export interface SizeResult {
  reports: number;
  pages: number;
  /** Full build (`npm run build`: content check, pages in `buildParts` processes, search index). */
  seconds: number;
  buildParts: number;
  /** Its steps, as it reports them: the pages (all parts) and the search index. */
  astroSeconds: number;
  indexSeconds: number;
  /** CPU seconds (user + system) of the full build, and of the baseline. */
  cpuSeconds: number;
  baselineCpuSeconds: number;
  /** cpuSeconds / baselineCpuSeconds: the ratio least disturbed by other load on the machine. */
  cpuRatio: number;
  msCpuPerPage: number;
  peakRssMB: number;
  indexMB: number;
  indexShards: number;
  distMB: number;
  baselineSeconds: number;
  baselinePeakRssMB: number;
  /** seconds / baselineSeconds. */
  ratio: number;
  /** The replay: Astro writing the same pages and files (search index aside) with no work. */
  replaySeconds: number;
  replayCpuSeconds: number;
  /** replaySeconds / baselineSeconds: the part of `ratio` that the size of the output alone sets. */
  replayRatio: number;
  pagesPerSecond: number;
  msPerPage: number;
  /** Estimated KB of a one-word first query in the search page's default scope, the recent years (see firstQueryBytes). */
  firstQueryKB: number;
  /** The same over every year («全部年份»): every shard. */
  firstQueryAllYearsKB: number;
  /** Heaviest page (gzip HTML + CSS) of each budgeted type. */
  heaviest: Record<string, { path: string; kb: number; budgetKB: number }>;
}

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const sizes = (dir: string): number[] =>
  existsSync(dir) ? readdirSync(dir).map((f) => statSync(path.join(dir, f)).size) : [];

const shardList = (bundle: string): ShardList =>
  JSON.parse(readFileSync(path.join(bundle, SHARDS_FILE), 'utf8')) as ShardList;

/**
 * What the search page fetches for a one-word query on a fresh load in `scope`: pagefind.js
 * (gzip, as the server sends it), the WebAssembly, shards.json, and per bundle it merges
 * (src/search/shards.ts: the main bundle and the scope's shards) its entry, its meta and one
 * index chunk (median size), plus ten result fragments (median size).
 */
export function firstQueryBytes(bundle: string, scope: Scope = { kind: 'recent' }): number {
  const shards = scopeBundles(shardList(bundle), scope);
  let bytes = gz(path.join(bundle, 'pagefind.js')) + gz(path.join(bundle, SHARDS_FILE));
  bytes += readdirSync(bundle)
    .filter((f) => f.startsWith('wasm.'))
    .reduce((n, f) => n + statSync(path.join(bundle, f)).size, 0);
  for (const dir of [bundle, ...shards.map((s) => path.join(bundle, s.path))]) {
    bytes += gz(path.join(dir, 'pagefind-entry.json'));
    for (const f of readdirSync(dir)) if (f.endsWith('.pf_meta')) bytes += statSync(path.join(dir, f)).size;
    bytes += median(sizes(path.join(dir, 'index')));
  }
  bytes += 10 * median(sizes(path.join(bundle, 'fragment')));
  return bytes;
}

/** Pages Astro renders at once in the build (astro.config.mjs): the replay renders as many. */
const ASTRO_CONCURRENCY = Number(process.env.ASTRO_CONCURRENCY || 4);

/** An empty Astro project in `dir` (the project's node_modules) with `build` options, and its folder `pages`. */
function bareProject(dir: string, pages: string, outDir: string, root: string, build: object): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages', pages), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const config = { outDir, output: 'static', trailingSlash: 'always', build: { format: 'directory', ...build } };
  writeFileSync(path.join(dir, 'astro.config.mjs'), `export default ${JSON.stringify(config)};\n`);
}

/** A bare Astro project of `pages` trivial pages, built as the baseline (same Astro, same Node). */
function writeBaseline(dir: string, pages: number, outDir: string, root: string): void {
  bareProject(dir, 'p', outDir, root, {});
  writeFileSync(
    path.join(dir, 'src/pages/p/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>第 {n} 页</title></head><body><main><h1>第 {n} 页</h1><p>页面 {n}。</p></main></body></html>
`,
  );
}

/**
 * A bare Astro project that writes again the files of `fromDist` (its search index and
 * Astro's own assets aside): every page through one page route (`set:html` of the file),
 * every other file through one endpoint, under `files/`. Same Astro, same concurrency.
 */
function writeReplay(dir: string, fromDist: string, outDir: string, root: string): void {
  bareProject(dir, 'files', outDir, root, { concurrency: ASTRO_CONCURRENCY });
  // getStaticPaths is evaluated on its own (Astro hoists it): everything it needs is inline.
  const from = JSON.stringify(fromDist);
  const list = (pages: boolean) => `readdirSync(${from}, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && (d.name === 'index.html') === ${pages} && !/\\/(pagefind|_astro)(\\/|$)/.test(d.parentPath))
    .map((d) => path.relative(${from}, path.join(d.parentPath, d.name)))`;
  const head = `import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';`;
  writeFileSync(
    path.join(dir, 'src/pages/[...p].astro'),
    `---
${head}
export function getStaticPaths() {
  return ${list(true)}
    .map((f) => ({ params: { p: path.dirname(f) === '.' ? undefined : path.dirname(f) }, props: { file: path.join(${from}, f) } }));
}
const html = readFileSync(Astro.props.file, 'utf8');
---
<Fragment set:html={html} />
`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/files/[...f].ts'),
    `${head}
export function getStaticPaths() {
  return ${list(false)}.map((f) => ({ params: { f }, props: { file: path.join(${from}, f) } }));
}
export const GET = ({ props }) => new Response(readFileSync(props.file));
`,
  );
}

const BUDGETED = new Set(BUDGETS.map((b) => b.type));

async function heaviestPages(dir: string): Promise<SizeResult['heaviest']> {
  const pages = (await findPages(dir)).filter((p) => BUDGETED.has(p.type));
  const weights = await measurePages(dir, '/', pages);
  const heaviest: SizeResult['heaviest'] = {};
  for (const w of weights) {
    const budget = BUDGETS.find((b) => b.type === w.type)!;
    const current = heaviest[w.type];
    if (!current || w.totalGzip / 1024 > current.kb) {
      heaviest[w.type] = { path: `/${w.path}`, kb: round(w.totalGzip / 1024), budgetKB: budget.maxGzip / 1024 };
    }
  }
  return heaviest;
}

export interface BenchOptions {
  sizes: number[];
  seed: number;
  root: string;
  work: string;
  keep: boolean;
  log: (line: string) => void;
}

export async function benchSize(reports: number, o: BenchOptions): Promise<SizeResult> {
  const content = path.join(o.work, `content-${reports}`);
  const out = path.join(o.work, `dist-${reports}`);
  const baseDir = path.join(o.work, `baseline-project-${reports}`);
  const baseOut = path.join(o.work, `baseline-${reports}`);
  const replayDir = path.join(o.work, `replay-project-${reports}`);
  const replayOut = path.join(o.work, `replay-${reports}`);
  writeSynth(
    synthesize(readTemplates(path.join(o.root, 'content')), reports, o.seed),
    content,
    path.join(o.root, 'content'),
    o.seed,
  );

  const env = { CONTENT_DIR: content, OUT_DIR: out, BASE_PATH: '/' };
  const node = process.execPath;
  o.log(`${reports} reports: npm run build …`);
  const build = await run(node, [path.join(o.root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], env, o.root);
  const steps = readBuildSteps(build.output);
  const pages = countFiles(out, 'index.html');

  o.log(`${reports} reports: baseline (${pages} trivial pages) …`);
  writeBaseline(baseDir, pages, baseOut, o.root);
  const baseline = await run(
    node,
    [path.join(o.root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', baseDir],
    {},
    o.root,
  );

  o.log(`${reports} reports: replay (the same ${pages} pages and their files, no work) …`);
  writeReplay(replayDir, out, replayOut, o.root);
  const replay = await run(
    node,
    [path.join(o.root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', replayDir],
    {},
    o.root,
  );

  const replayed = countFiles(replayOut, 'index.html');
  if (replayed !== pages) throw new Error(`bench: the replay wrote ${replayed} pages, the build ${pages}`);

  const bundle = path.join(out, 'pagefind');
  const seconds = build.seconds;
  const result: SizeResult = {
    reports,
    pages,
    seconds: round(seconds),
    buildParts: steps.parts,
    astroSeconds: steps.pagesSeconds,
    indexSeconds: steps.indexSeconds,
    cpuSeconds: round(build.cpuSeconds),
    baselineCpuSeconds: round(baseline.cpuSeconds),
    cpuRatio: round(build.cpuSeconds / baseline.cpuSeconds, 2),
    msCpuPerPage: round((build.cpuSeconds * 1000) / pages, 2),
    peakRssMB: Math.round(build.peakRssBytes / MB),
    indexMB: round(dirBytes(bundle) / MB),
    indexShards: 1 + shardList(bundle).shards.length,
    distMB: round(dirBytes(out) / MB),
    baselineSeconds: round(baseline.seconds),
    baselinePeakRssMB: Math.round(baseline.peakRssBytes / MB),
    ratio: round(seconds / baseline.seconds, 2),
    replaySeconds: round(replay.seconds),
    replayCpuSeconds: round(replay.cpuSeconds),
    replayRatio: round(replay.seconds / baseline.seconds, 2),
    pagesPerSecond: Math.round(pages / seconds),
    msPerPage: round((seconds * 1000) / pages, 2),
    firstQueryKB: round(firstQueryBytes(bundle) / 1024),
    firstQueryAllYearsKB: round(firstQueryBytes(bundle, { kind: 'all' }) / 1024),
    heaviest: await heaviestPages(out),
  };
  if (!o.keep) {
    for (const dir of [content, out, baseOut, baseDir, replayDir, replayOut])
      rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

export function formatTable(results: SizeResult[]): string {
  const head = [
    'reports',
    'pages',
    'build s',
    'parts',
    'pages s',
    'index s',
    'pages/s',
    'ms/page',
    'CPU s',
    'CPU ms/page',
    'CPU ratio',
    'peak RSS MB',
    'dist MB',
    'index MB',
    'shards',
    '1st query KB',
    'all years KB',
    'baseline s',
    'ratio',
    'replay s',
    'replay ratio',
    'heaviest site-wide page',
  ];
  const rows = results.map((r) => {
    const site = Object.entries(r.heaviest)
      .filter(([type]) => type !== 'report')
      .sort((a, b) => b[1].kb - a[1].kb)[0];
    return [
      r.reports,
      r.pages,
      r.seconds,
      r.buildParts,
      r.astroSeconds,
      r.indexSeconds,
      r.pagesPerSecond,
      r.msPerPage,
      r.cpuSeconds,
      r.msCpuPerPage,
      r.cpuRatio,
      r.peakRssMB,
      r.distMB,
      r.indexMB,
      r.indexShards,
      r.firstQueryKB,
      r.firstQueryAllYearsKB,
      r.baselineSeconds,
      r.ratio,
      r.replaySeconds,
      r.replayRatio,
      site ? `${site[1].path} ${site[1].kb} KB` : '—',
    ].map(String);
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Every size in turn; `done` gets the results so far after each (so a long run keeps what it measured). */
export async function benchSite(
  o: BenchOptions,
  done: (results: SizeResult[]) => void = () => undefined,
): Promise<SizeResult[]> {
  mkdirSync(o.work, { recursive: true });
  const results: SizeResult[] = [];
  for (const size of o.sizes) {
    results.push(await benchSize(size, o));
    done(results);
  }
  return results;
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** `npm run bench -- --reports …`: runs the site benchmark and returns true; false without --reports. */
export async function siteBenchFromArgs(args: string[], root: string): Promise<boolean> {
  const list = arg(args, '--reports');
  if (list === undefined) return false;
  const sizes = list.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--reports: a comma-separated list of counts, got ${list}`);
  const out = arg(args, '--out') ?? path.join(root, 'bench', 'results.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const save = (results: SizeResult[]): void => {
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${formatTable(results)}\n\n→ ${path.relative(root, out)}\n`);
  };
  await benchSite(
    {
      sizes,
      seed: Number(arg(args, '--seed') ?? 1),
      root,
      work: path.join(tmpdir(), `yusuan-bench-${process.pid}`),
      keep: args.includes('--keep'),
      log: (line) => console.log(line),
    },
    save,
  );
  return true;
}
