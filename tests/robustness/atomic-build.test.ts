/**
 * Atomic build: the output folder is replaced only by a complete build. A build killed
 * midway (SIGKILL, no chance to clean up) and a failing one leave the previous output intact.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atomicBuild, staleSiblings, withBuildLock } from '../../scripts/build';
import { root } from '../../scripts/lib/sources';
import { treeHashes } from './support/sandbox';

const base = mkdtempSync(join(tmpdir(), 'atomic-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function previousOutput(name: string): string {
  const out = join(base, name);
  mkdirSync(join(out, 'r'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<p>previous</p>');
  writeFileSync(join(out, 'r/index.html'), '<p>previous r</p>');
  return out;
}

describe('atomic build', { timeout: 60_000 }, () => {
  it('swaps in a complete build and removes the temporary folders', async () => {
    const out = previousOutput('swap');
    await atomicBuild(out, (tmp) => {
      mkdirSync(join(tmp, 'pagefind'), { recursive: true });
      writeFileSync(join(tmp, 'index.html'), '<p>new</p>');
      writeFileSync(join(tmp, 'pagefind/pagefind.js'), '');
    });
    expect([...treeHashes(out).keys()].sort()).toEqual(['index.html', 'pagefind/pagefind.js']);
    expect(staleSiblings(out)).toEqual([]);
  });

  it('a failing step (e.g. the search index) leaves the previous output', async () => {
    const out = previousOutput('fail');
    const before = treeHashes(out);
    await expect(
      atomicBuild(out, (tmp) => {
        mkdirSync(tmp, { recursive: true });
        writeFileSync(join(tmp, 'index.html'), '<p>half</p>');
        throw new Error('search index failed');
      }),
    ).rejects.toThrow('search index failed');
    expect(treeHashes(out)).toEqual(before);
    expect(staleSiblings(out)).toEqual([]);
  });

  it('a build killed midway leaves the previous output intact; the next build clears its leftovers', async () => {
    const out = previousOutput('killed');
    const before = treeHashes(out);
    // A child runs atomicBuild with a step that writes pages forever; kill it once it has written some.
    const script = `
      import { mkdirSync, writeFileSync } from 'node:fs';
      import { join } from 'node:path';
      import { atomicBuild } from ${JSON.stringify(join(root, 'scripts/build.ts'))};
      await atomicBuild(${JSON.stringify(out)}, async (tmp) => {
        for (let i = 0; ; i++) {
          mkdirSync(join(tmp, 'p', String(i)), { recursive: true });
          writeFileSync(join(tmp, 'p', String(i), 'index.html'), 'x'.repeat(1000));
          await new Promise((r) => setTimeout(r, 5));
        }
      });`;
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['--input-type=module', '-e', script], {
      cwd: root,
      detached: true, // its own process group: tsx runs the script in a child process
    });
    const started = Date.now();
    const building = () => staleSiblings(out).find((p) => p.includes('.building-'));
    while (!(building() && existsSync(join(building()!, 'p', '20'))) && Date.now() - started < 30_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(building()).toBeDefined();
    const exited = new Promise((r) => child.on('exit', r));
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    await new Promise((r) => setTimeout(r, 200));
    expect(treeHashes(out)).toEqual(before);
    expect(readdirSync(join(building()!, 'p')).length).toBeGreaterThan(20);

    await atomicBuild(out, (tmp) => {
      mkdirSync(tmp, { recursive: true });
      writeFileSync(join(tmp, 'index.html'), '<p>next</p>');
    });
    expect([...treeHashes(out).keys()]).toEqual(['index.html']);
    expect(staleSiblings(out)).toEqual([]);
  });

  it('builds of one checkout run one at a time; a lock left by a killed build is taken over', async () => {
    const lock = join(base, 'lock');
    const order: string[] = [];
    const job = (name: string) => async () => {
      order.push(`${name} start`);
      await new Promise((r) => setTimeout(r, 300));
      order.push(`${name} end`);
    };
    await Promise.all([withBuildLock(lock, job('a')), withBuildLock(lock, job('b'))]);
    expect(order).toEqual(['a start', 'a end', 'b start', 'b end']);
    expect(existsSync(lock)).toBe(false);

    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), '999999999'); // no such process
    await withBuildLock(lock, job('c'));
    expect(order.slice(-2)).toEqual(['c start', 'c end']);
  });
});
