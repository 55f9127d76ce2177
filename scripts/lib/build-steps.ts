/**
 * Steps of `npm run build` (scripts/build.ts) that run other processes: one command, or
 * `astro build` in parts — several processes at once, each rendering a share of the pages
 * (src/lib/build-parts.ts) — whose outputs are merged into one tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { exited } from './exited';

/** The status line of the pages step: `✓ 页面：93.2 秒（2 个进程）`. */
export const pagesStepLine = (seconds: number, parts: number): string =>
  `✓ 页面：${seconds.toFixed(1)} 秒（${parts} 个进程）`;

/** The status line of the search index step: `✓ 搜索索引：40.1 秒`. */
export const indexStepLine = (seconds: number): string => `✓ 搜索索引：${seconds.toFixed(1)} 秒`;

/** The steps' figures read back from a build's output (the bench reads them). */
export function readBuildSteps(output: string): { pagesSeconds: number; parts: number; indexSeconds: number } {
  const pages = /✓ 页面：([\d.]+) 秒（(\d+) 个进程）/.exec(output);
  const index = /✓ 搜索索引：([\d.]+) 秒/.exec(output);
  if (!pages || !index) throw new Error(`npm run build did not report its steps:\n${output.slice(-2000)}`);
  return { pagesSeconds: Number(pages[1]), parts: Number(pages[2]), indexSeconds: Number(index[1]) };
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs a command with the terminal as its output; fails when it exits non-zero. */
export function runStep(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  return exited(spawn(command, args, { cwd, env, stdio: 'inherit' }), `${basename(command)} ${args.join(' ')}`);
}

/** Forwards a child's output line by line, each line prefixed (parts run at the same time). */
function prefixLines(stream: NodeJS.ReadableStream, prefix: string, to: NodeJS.WritableStream): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) to.write(`${prefix}${line}\n`);
  });
  stream.on('end', () => {
    if (rest) to.write(`${prefix}${rest}\n`);
  });
}

/**
 * Moves every file of `from` into `to`. A folder `to` lacks is moved whole; a file both
 * have must be the same bytes (the assets every part writes), anything else is an error:
 * two parts rendered one page.
 */
export function mergeTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (!existsSync(target)) renameSync(source, target);
    else if (entry.isDirectory() && statSync(target).isDirectory()) mergeTree(source, target);
    else if (!entry.isFile() || !readFileSync(source).equals(readFileSync(target))) {
      throw new Error(`合并构建结果：${target} 由两个部分生成，内容不同`);
    }
  }
}

/** Moves a folder, copying when `to` is on another file system. */
function moveDir(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * `astro build` in `count` processes at once (BUILD_PART=i/count), merged into `outDir`.
 * The parts write inside the project (node_modules/.build-parts/<pid>/), never beside an
 * outside `outDir`: Astro puts its prerender bundle in `<cwd>/.astro/` for an output folder
 * outside the project, and parts sharing it would overwrite each other. When a part fails,
 * the others are stopped and nothing is merged.
 */
export async function buildInParts(outDir: string, count: number, env: NodeJS.ProcessEnv, root: string): Promise<void> {
  const partsRoot = join(root, 'node_modules/.build-parts');
  if (existsSync(partsRoot)) {
    for (const name of readdirSync(partsRoot)) {
      if (!alive(Number(name))) rmSync(join(partsRoot, name), { recursive: true, force: true });
    }
  }
  const own = join(partsRoot, String(process.pid));
  const dirs = Array.from({ length: count }, (_, i) => join(own, `part-${i}`));
  const astro = join(root, 'node_modules/.bin/astro');
  const children: ChildProcess[] = [];
  try {
    await Promise.all(
      dirs.map((dir, i) => {
        const child = spawn(astro, ['build'], {
          cwd: root,
          env: { ...env, OUT_DIR: dir, BUILD_PART: `${i}/${count}` },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        children.push(child);
        const prefix = `[${i + 1}/${count}] `;
        prefixLines(child.stdout, prefix, process.stdout);
        prefixLines(child.stderr, prefix, process.stderr);
        return exited(child, `astro build（第 ${i + 1}/${count} 部分）`);
      }),
    );
    for (const dir of dirs.slice(1)) mergeTree(dir, dirs[0]!);
    moveDir(dirs[0]!, outDir);
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    rmSync(own, { recursive: true, force: true });
  }
}
