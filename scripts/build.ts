/**
 * `npm run build`: check the content contract, build the site into a temporary folder next
 * to the output, index it for search, and only then swap it in. A build that fails or is
 * killed midway leaves the previous output as it was (a killed build leaves its temporary
 * folder, which the next build removes). The pages can be rendered by several `astro build`
 * processes at once (BUILD_PARTS; src/lib/build-parts.ts, scripts/lib/build-steps.ts).
 *
 *   OUT_DIR    output folder (default dist); BASE_PATH, SITE_URL as for astro.config.mjs
 *   CONTENT_DIR  content tree to build (default content)
 *   BUILD_PARTS  astro processes to render the pages with at once (default 1; each holds
 *                every report, so memory grows with the parts: docs/scaling.md)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { astroHeapMB, parsePartCount } from '../src/lib/build-parts';
import { formatContractErrors } from '../src/schemas/errors';
import { alive, buildInParts, indexStepLine, pagesStepLine, runStep } from './lib/build-steps';
import { checkContent, reportFiles } from './lib/contract';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Temporary folders of this output: `<out>.building-<pid>` and `<out>.previous-<pid>`. */
export function staleSiblings(outDir: string): string[] {
  const parent = dirname(outDir);
  const prefix = `${basename(outDir)}.`;
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((n) => n.startsWith(prefix) && /\.(building|previous)-\d+$/.test(n))
    .map((n) => join(parent, n));
}

/**
 * Run `steps` into a fresh temporary folder and swap it in for `outDir` when they succeed.
 * The swap is two renames in one folder; between them the old output is still complete under
 * its temporary name.
 */
export async function atomicBuild(outDir: string, steps: (tmp: string) => Promise<void> | void): Promise<void> {
  for (const stale of staleSiblings(outDir)) rmSync(stale, { recursive: true, force: true });
  const tmp = `${outDir}.building-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  try {
    await steps(tmp);
    if (!existsSync(tmp)) throw new Error(`构建没有生成 ${tmp}`);
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(tmp, outDir);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One build at a time per checkout: Astro shares `.astro/` and its content cache between
 * builds, so a second build (another OUT_DIR, a test) waits. The lock is a folder holding the
 * owner's pid; a lock whose owner died (a killed build) is taken over.
 */
export async function withBuildLock<T>(lock: string, fn: () => Promise<T>): Promise<T> {
  for (let waited = 0; ; waited++) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pidFile = join(lock, 'pid');
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      const young = since !== undefined && Date.now() - since < 5000;
      if (!(pid > 0 ? alive(pid) : young)) rmSync(lock, { recursive: true, force: true });
      else {
        if (waited === 0) console.log(`另一个构建（进程 ${pid || '?'}）正在进行，等待它结束……`);
        await sleep(500);
      }
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const contentDir = resolve(root, process.env.CONTENT_DIR?.trim() || 'content');
  const errors = checkContent(contentDir, relative(root, contentDir) || '.');
  if (errors.length > 0) {
    console.error(formatContractErrors(errors));
    return 1;
  }
  const outDir = resolve(root, process.env.OUT_DIR?.trim() || 'dist');
  const bin = join(root, 'node_modules/.bin');
  const parts = parsePartCount(process.env.BUILD_PARTS);
  const seconds = (since: number) => (performance.now() - since) / 1000;
  await withBuildLock(join(root, 'node_modules/.build-lock'), () =>
    atomicBuild(outDir, async (tmp) => {
      const env = { ...process.env, OUT_DIR: tmp };
      // The Astro processes' heap limit, unless the caller set one (src/lib/build-parts.ts).
      const nodeOptions = process.env.NODE_OPTIONS ?? '';
      const astroEnv = nodeOptions.includes('--max-old-space-size')
        ? env
        : {
            ...env,
            NODE_OPTIONS: `${nodeOptions} --max-old-space-size=${astroHeapMB(reportFiles(contentDir).length)}`.trim(),
          };
      let started = performance.now();
      if (parts === 1) await runStep(join(bin, 'astro'), ['build'], astroEnv, root);
      else await buildInParts(tmp, parts, astroEnv, root);
      console.log(pagesStepLine(seconds(started), parts));
      started = performance.now();
      await runStep(join(bin, 'tsx'), ['scripts/index-search.ts'], env, root);
      console.log(indexStepLine(seconds(started)));
    }),
  );
  console.log(`✓ 构建完成：${outDir}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(`✗ 构建失败，原有输出未改动：${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
