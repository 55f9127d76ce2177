/**
 * Measuring a command for the site benchmark: wall time, and the peak resident memory and CPU
 * time of its whole process tree (the command, npm, Astro, the Pagefind binary …), sampled
 * from /proc; sizes of directories.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const PAGE_BYTES = 4096;
/** Clock ticks a second of /proc/<pid>/stat's CPU times (USER_HZ: 100 on Linux). */
const TICKS = 100;

/** One look at a process tree: its resident bytes, and each process's own CPU ticks so far. */
export interface TreeSample {
  rssBytes: number;
  cpuTicks: Map<number, number>;
}

/** Every process whose ancestors include `root` (and `root` itself), from /proc. */
export function sampleTree(root: number): TreeSample {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid … utime stime …: comm may contain spaces and parentheses, so split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
      const statm = readFileSync(`/proc/${name}/statm`, 'utf8').split(' ');
      rss.set(Number(name), Number(statm[1]) * PAGE_BYTES);
    } catch {
      // the process ended while being read
    }
  }
  const sample: TreeSample = { rssBytes: 0, cpuTicks: new Map() };
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 0; p = parents.get(p)) {
      if (p === root) {
        sample.rssBytes += bytes;
        sample.cpuTicks.set(pid, ticks.get(pid)!);
        break;
      }
    }
  }
  return sample;
}

export interface RunResult {
  seconds: number;
  /**
   * User + system CPU seconds of the whole tree: the larger of GNU time's figure (the command
   * and the processes it waited for) and the sum over the sampled processes of their own CPU
   * time when last seen. GNU time misses a process that outlives its parent (Pagefind's
   * binary, stopped as its parent exits: most of the search index's CPU); the samples miss
   * the last moments of each process.
   */
  cpuSeconds: number;
  peakRssBytes: number;
  output: string;
}

const TIME = '/usr/bin/time';
const TIME_MARK = 'BENCH_CPU';

/** CPU seconds from GNU time's last `BENCH_CPU <user> <system>` line, or 0 without it. */
export function cpuOf(output: string): number {
  const line = output
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(TIME_MARK));
  const [, user = '0', system = '0'] = line?.split(' ') ?? [];
  return Number(user) + Number(system);
}

/**
 * Runs a command (under GNU time when the machine has it, for its CPU seconds), sampling its
 * process tree's memory every `everyMs`; fails on a non-zero exit. Wall time on a shared
 * machine depends on the others' load; CPU seconds much less.
 */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  everyMs = 200,
): Promise<RunResult> {
  const timed = existsSync(TIME);
  const [cmd, argv] = timed ? [TIME, ['-f', `${TIME_MARK} %U %S`, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const seen = new Map<number, number>();
    const sample = (): void => {
      if (child.pid === undefined) return;
      const tree = sampleTree(child.pid);
      peak = Math.max(peak, tree.rssBytes);
      for (const [pid, ticks] of tree.cpuTicks) seen.set(pid, Math.max(ticks, seen.get(pid) ?? 0));
    };
    const timer = setInterval(sample, everyMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const sampled = [...seen.values()].reduce((a, b) => a + b, 0) / TICKS;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
      else resolve({ seconds, cpuSeconds: Math.max(cpuOf(output), sampled), peakRssBytes: peak, output });
    });
  });
}

export function dirBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

export function countFiles(dir: string, name: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name === name).length;
}

export const MB = 1024 * 1024;
export const round = (n: number, places = 1): number => Math.round(n * 10 ** places) / 10 ** places;
