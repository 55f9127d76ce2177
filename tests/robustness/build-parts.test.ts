/**
 * A build in parts (src/lib/build-parts.ts, scripts/lib/build-steps.ts): several `astro build`
 * processes each render a share of the pages and their outputs are merged. The merged site
 * must be the same bytes as the site built by one process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeTree } from '../../scripts/lib/build-steps';
import { root } from '../../scripts/lib/sources';
import { writeTree } from '../support/file-tree';
import { seedContentDir } from '../support/seed-content';
import { treeHashes } from './support/sandbox';

const base = mkdtempSync(join(tmpdir(), 'build-parts-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('mergeTree', () => {
  it('moves the files of one part into the other; files both have must be the same bytes', () => {
    const a = writeTree(join(base, 'a'), { 'index.html': 'home', '_astro/x.css': 'css', 'r/a/2024/index.html': 'A' });
    const b = writeTree(join(base, 'b'), {
      '_astro/x.css': 'css',
      'r/b/2024/index.html': 'B',
      'r/a/2023/index.html': 'A3',
    });
    mergeTree(b, a);
    expect(Object.fromEntries(treeHashes(a))).toEqual(
      Object.fromEntries(
        treeHashes(
          writeTree(join(base, 'want'), {
            'index.html': 'home',
            '_astro/x.css': 'css',
            'r/a/2024/index.html': 'A',
            'r/a/2023/index.html': 'A3',
            'r/b/2024/index.html': 'B',
          }),
        ),
      ),
    );
  });

  it('refuses a page that two parts rendered differently, naming it', () => {
    const a = writeTree(join(base, 'c'), { 'r/x/2024/index.html': 'one' });
    const b = writeTree(join(base, 'd'), { 'r/x/2024/index.html': 'two' });
    expect(() => mergeTree(b, a)).toThrow(/r\/x\/2024\/index\.html 由两个部分生成，内容不同/);
  });
});

describe('npm run build in parts', { timeout: 300_000 }, () => {
  it('gives the same site, byte for byte, as one process', () => {
    const content = seedContentDir();
    const build = (out: string, parts: string) => {
      const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, BUILD_PARTS: parts, BASE_PATH: '/' },
        encoding: 'utf8',
      });
      expect(r.status, r.stderr + r.stdout.slice(-3000)).toBe(0);
      return r.stdout;
    };
    const one = join(base, 'one');
    const two = join(base, 'two');
    expect(build(one, '1')).toMatch(/✓ 页面：[\d.]+ 秒（1 个进程）/);
    expect(build(two, '2')).toMatch(/✓ 页面：[\d.]+ 秒（2 个进程）/);
    const a = treeHashes(one);
    const b = treeHashes(two);
    expect(a.size).toBeGreaterThan(300);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file)).toEqual([]);
    rmSync(content, { recursive: true, force: true });
  });
});
