import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite, inPool, UNUSED_FILES } from './index-search';

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>
  <meta name="search-type" content="预算表" data-pagefind-filter="type[content]"></head>
  <body><nav>首页</nav>${body}<footer>页脚</footer></body></html>`;

const readFileOrDir = (file: string): string => (statSync(file).isDirectory() ? 'dir' : readFileSync(file, 'base64'));

describe('indexSite', () => {
  let site: string;

  beforeAll(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'index-search-'));
  });

  afterAll(async () => {
    await rm(site, { recursive: true, force: true });
  });

  it(
    'indexes only the pages that opt in, and writes the bundle without the unused UIs',
    { timeout: 60_000 },
    async () => {
      await mkdir(path.join(site, 't'), { recursive: true });
      await writeFile(path.join(site, 'index.html'), page('<main><h1>首页</h1></main>'));
      await writeFile(
        path.join(site, 't', 'index.html'),
        page('<main data-pagefind-body><h1>“三公”经费支出预算表</h1><p>公务用车运行维护费</p></main>'),
      );
      // A stale bundle is replaced as a whole.
      await mkdir(path.join(site, 'pagefind'), { recursive: true });
      await writeFile(path.join(site, 'pagefind', 'stale.txt'), 'old');

      const result = await indexSite(site);
      expect(result.pages).toBe(1);
      const bundle = path.join(site, 'pagefind');
      expect(existsSync(path.join(bundle, 'pagefind.js'))).toBe(true);
      expect(existsSync(path.join(bundle, 'stale.txt'))).toBe(false);
      expect(existsSync(path.join(site, 'pagefind.tmp'))).toBe(false);
      for (const file of UNUSED_FILES) expect(existsSync(path.join(bundle, file)), file).toBe(false);
      const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, unknown>;
      };
      expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    },
  );

  it('fails with a reason when no page opts in, and leaves the old bundle alone', { timeout: 60_000 }, async () => {
    await writeFile(path.join(site, 't', 'index.html'), page('<main><h1>无</h1></main>'));
    await expect(indexSite(site)).rejects.toThrow(/no page was indexed/);
    expect(existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it(
    'splits a large site into shards by year listed in shards.json, the code only in the main bundle',
    { timeout: 60_000 },
    async () => {
      for (const dir of ['r/a/x/2023', 'r/a/x/2024', 'r/b/x/2024']) {
        await mkdir(path.join(site, dir), { recursive: true });
        await writeFile(path.join(site, dir, 'index.html'), page(`<main data-pagefind-body><h1>${dir}</h1></main>`));
      }
      const result = await indexSite(site, 2);
      // The newest year fills the main bundle, the older year the second.
      expect(result).toMatchObject({ pages: 3, shards: 2 });
      const bundle = path.join(site, 'pagefind');
      expect(JSON.parse(readFileSync(path.join(bundle, 'shards.json'), 'utf8'))).toEqual({
        years: [2024],
        shards: [{ path: 's1/', years: [2023] }],
      });
      expect(existsSync(path.join(bundle, 's1', 'pagefind-entry.json'))).toBe(true);
      expect(existsSync(path.join(bundle, 's1', 'pagefind.js'))).toBe(false);
    },
  );

  it(
    'gives the same bundle, byte for byte, with shards indexed two at a time as one after another',
    { timeout: 60_000 },
    async () => {
      for (let i = 0; i < 40; i++) {
        const dir = `r/c/d${i}/${2020 + (i % 4)}`;
        await mkdir(path.join(site, dir), { recursive: true });
        await writeFile(
          path.join(site, dir, 'index.html'),
          page(`<main data-pagefind-body><h1>部门 ${i}</h1><p>项目支出 ${i * 7}</p></main>`),
        );
      }
      const bundle = async (jobs: number) => {
        const result = await indexSite(site, 12, jobs);
        const files = await readdir(path.join(site, 'pagefind'), { recursive: true });
        return {
          result,
          files: Object.fromEntries(files.sort().map((f) => [f, readFileOrDir(path.join(site, 'pagefind', f))])),
        };
      };
      const one = await bundle(1);
      const two = await bundle(2);
      expect(one.result.shards).toBeGreaterThan(2);
      expect(two).toEqual(one);
    },
  );

  it('fails when the site has not been built', async () => {
    await expect(indexSite(path.join(site, 'missing'))).rejects.toThrow(/index\.html not found/);
  });
});

describe('inPool', () => {
  it('runs at most `jobs` tasks at once, every task once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await inPool(7, 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      done.push(n);
    });
    expect(most).toBe(2);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('after a failure starts nothing new, waits for the running task, then throws the failure', async () => {
    const started: number[] = [];
    let finished = 0;
    const run = inPool(6, 2, async (n) => {
      started.push(n);
      if (n === 0) throw new Error('shard 0 failed');
      await new Promise((r) => setTimeout(r, 20));
      finished++;
    });
    await expect(run).rejects.toThrow('shard 0 failed');
    expect(started).toEqual([0, 1]);
    expect(finished).toBe(1);
  });
});
