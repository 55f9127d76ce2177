/**
 * Lighthouse (mobile) on the built site: the home page, the largest report
 * page and the search page (plus any page paths given as arguments), served
 * from dist/ by the e2e static server on 127.0.0.1 (behind a gzip layer, as
 * nginx serves it). Scores go to
 * reports/lighthouse.json (full reports to reports/lighthouse/) and are
 * printed; the target is 100 in every category. Exits 1 when a score is below
 * target (not part of `npm test`).
 *
 *   npm run build && npm run audit [-- r/x/y/2024/ ...]
 *
 * Needs Node ≥ 22.19 (the project's pinned Node) and Chromium at
 * /usr/bin/chromium (or CHROME_PATH / CHROMIUM_PATH).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../tests/e2e/support/static-server';
import { findPages, samplePages } from '../tests/quality/lib/pages';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET = 100;
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu'];

interface AuditResult {
  path: string;
  url: string;
  scores: Record<string, number | null>;
  /** Lighthouse's CPU benchmark of the machine during the run (higher = faster; a loaded machine scores low). */
  benchmarkIndex: number | null;
  /** Audits that cost points: id, title, score, displayed value. */
  losses: Array<{ category: string; id: string; title: string; score: number | null; displayValue?: string }>;
}

interface LighthouseReport {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { id: string; title: string; score: number | null; displayValue?: string }>;
  runWarnings?: string[];
  environment?: { benchmarkIndex?: number };
}

function lighthouseCli(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js');
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

async function audit(url: string, pagePath: string, workDir: string, chrome: string): Promise<AuditResult> {
  const output = path.join(workDir, `${pagePath.replace(/[^a-z0-9]+/gi, '_') || 'home'}.json`);
  const result = await run(
    process.execPath,
    [
      lighthouseCli(),
      url,
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      '--form-factor=mobile',
      '--quiet',
    ],
    { ...process.env, CHROME_PATH: chrome },
  );
  if (result.code !== 0 || !existsSync(output)) {
    throw new Error(`Lighthouse failed on ${url} (exit ${result.code}):\n${result.output.slice(-3000)}`);
  }
  const report = JSON.parse(await readFile(output, 'utf8')) as LighthouseReport;
  const scores: Record<string, number | null> = {};
  const losses: AuditResult['losses'] = [];
  for (const category of CATEGORIES) {
    const entry = report.categories[category];
    scores[category] = entry?.score === null || entry === undefined ? null : Math.round(entry.score * 100);
    for (const ref of entry?.auditRefs ?? []) {
      const item = report.audits[ref.id];
      if (ref.weight > 0 && item !== undefined && item.score !== null && item.score < 1) {
        losses.push({
          category,
          id: item.id,
          title: item.title,
          score: item.score,
          ...(item.displayValue === undefined ? {} : { displayValue: item.displayValue }),
        });
      }
    }
  }
  for (const warning of report.runWarnings ?? []) console.warn(`  warning on /${pagePath}: ${warning}`);
  return { path: pagePath, url, scores, benchmarkIndex: report.environment?.benchmarkIndex ?? null, losses };
}

/**
 * A gzip layer in front of the static server, like the README's nginx
 * configuration (`gzip on` for HTML, CSS, JS, JSON, SVG): Lighthouse should
 * see the transfer sizes a real deployment sends.
 */
async function startGzipProxy(upstream: string): Promise<{ url: string; close(): Promise<void> }> {
  const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', upstream);
    fetch(target, { redirect: 'manual', method: req.method ?? 'GET' })
      .then(async (response) => {
        const body = Buffer.from(await response.arrayBuffer());
        const type = response.headers.get('content-type') ?? '';
        const headers: Record<string, string> = {};
        response.headers.forEach((value, key) => {
          if (key !== 'content-length' && key !== 'content-encoding' && key !== 'transfer-encoding')
            headers[key] = value;
        });
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && compressible.test(type);
        const payload = gzip ? gzipSync(body, { level: 6 }) : body;
        if (gzip) {
          headers['content-encoding'] = 'gzip';
          headers.vary = 'Accept-Encoding';
        }
        headers['content-length'] = String(payload.length);
        res.writeHead(response.status, headers);
        res.end(req.method === 'HEAD' ? undefined : payload);
      })
      .catch((error: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main(): Promise<number> {
  const root = path.resolve(process.env.OUT_DIR?.trim() || 'dist');
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`${path.relative(process.cwd(), root) || root}/index.html not found: build first (npm run build).`);
    return 2;
  }
  const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    console.error(`Chromium not found at ${chrome}: apt-get install -y chromium fonts-noto-cjk, or set CHROME_PATH.`);
    return 2;
  }

  const samples = new Map(samplePages(await findPages(root)).map((sample) => [sample.type, sample]));
  const paths: string[] = [];
  for (const type of ['home', 'report', 'search']) {
    const page = samples.get(type)?.page;
    if (page === undefined) console.warn(`No ${type} page in the build yet: not audited.`);
    else paths.push(page.path);
  }
  for (const arg of process.argv.slice(2)) paths.push(arg.replace(/^\/+/, ''));

  const files = await startStaticServer({ root, base: '/' });
  const server = await startGzipProxy(files.url);
  // Full Lighthouse reports, for looking into a score: reports/lighthouse/<page>.json
  const workDir = path.join('reports', 'lighthouse');
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const results: AuditResult[] = [];
  try {
    for (const pagePath of paths) {
      const started = Date.now();
      process.stdout.write(`Lighthouse (mobile) /${pagePath} … `);
      const result = await audit(server.url + pagePath, pagePath, workDir, chrome);
      process.stdout.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      results.push(result);
    }
  } finally {
    await server.close();
    await files.close();
  }

  const lighthouseVersion = (
    JSON.parse(await readFile(path.join(path.dirname(lighthouseCli()), '..', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  await mkdir('reports', { recursive: true });
  await writeFile(
    path.join('reports', 'lighthouse.json'),
    `${JSON.stringify({ lighthouseVersion, formFactor: 'mobile', target: TARGET, pages: results }, null, 2)}\n`,
  );

  const header = `${'page'.padEnd(44)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`;
  console.log(`\n${header}`);
  let belowTarget = 0;
  for (const result of results) {
    const cells = CATEGORIES.map((category) => String(result.scores[category] ?? 'n/a').padStart(15)).join('');
    console.log(`${`/${result.path}`.padEnd(44)} ${cells}   (CPU benchmark ${result.benchmarkIndex ?? 'n/a'})`);
    for (const category of CATEGORIES) {
      const score = result.scores[category];
      if (score === null || score === undefined || score < TARGET) belowTarget += 1;
    }
    for (const loss of result.losses) {
      const value = loss.displayValue ? ` (${loss.displayValue})` : '';
      console.log(`    ${loss.category}: ${loss.id} — ${loss.title}${value}, score ${loss.score}`);
    }
  }
  console.log(
    `\nWritten to reports/lighthouse.json, full reports in ${workDir}/ (Lighthouse ${lighthouseVersion}, mobile).`,
  );
  if (belowTarget > 0) {
    console.log(`${belowTarget} score(s) below the target of ${TARGET}.`);
    return 1;
  }
  console.log(`All scores are ${TARGET}.`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
