/**
 * `npm run build`: check the content contract, build the site into a temporary folder next
 * to the output, index it for search, and only then swap it in. A build that fails or is
 * killed midway leaves the previous output as it was (a killed build leaves its temporary
 * folder, which the next build removes).
 *
 *   OUT_DIR    output folder (default dist); BASE_PATH, SITE_URL as for astro.config.mjs
 *   CONTENT_DIR  content tree to build (default content)
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatContractErrors } from '../src/schemas/errors';
import { checkContent } from './lib/contract';

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

function runStep(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`${basename(command)} ${args.join(' ')} 失败（${signal ?? code}）`)),
    );
  });
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
  await atomicBuild(outDir, async (tmp) => {
    const env = { ...process.env, OUT_DIR: tmp };
    await runStep(join(bin, 'astro'), ['build'], env);
    await runStep(join(bin, 'tsx'), ['scripts/index-search.ts'], env);
  });
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
