/**
 * The real `npm run build` killed midway: the previous output stays byte for byte as it
 * was, and the next build replaces it whole. (The swap itself and failing steps are tested
 * with the unit tests, tests/robustness/atomic-build.test.ts.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleSiblings } from '../../scripts/build';
import { treeHashes } from '../robustness/support/sandbox';
import { SITES, siteDir } from './support/sites';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'atomic-e2e-'));
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fileCount = (dir: string): number =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length : 0;

describe('npm run build, killed midway', () => {
  it('leaves the previous output intact', { timeout: 600_000 }, async () => {
    cpSync(siteDir(SITES[0]), out, { recursive: true });
    const before = treeHashes(out);
    const child = spawn('npm', ['run', 'build'], {
      cwd: root,
      env: { ...process.env, OUT_DIR: out },
      detached: true, // its own process group: npm, tsx, astro and their children
      stdio: 'ignore',
    });
    const exited = new Promise((r) => child.on('exit', r));
    // Kill once the new build has written pages into its temporary folder.
    const started = Date.now();
    let written = 0;
    while (Date.now() - started < 300_000) {
      const building = staleSiblings(out).find((p) => p.includes('.building-'));
      written = building ? fileCount(building) : 0;
      if (written >= 20) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    expect(written).toBeGreaterThanOrEqual(20);
    expect(treeHashes(out)).toEqual(before);

    // The next build clears the leftovers and swaps in a whole site.
    const next = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      env: { ...process.env, OUT_DIR: out },
      encoding: 'utf8',
    });
    expect(next.status).toBe(0);
    expect(staleSiblings(out)).toEqual([]);
    expect(existsSync(join(out, 'index.html')) && existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
  });
});
