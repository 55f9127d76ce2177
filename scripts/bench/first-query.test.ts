import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ShardList } from '../../src/search/shards';
import { firstQueryBytes } from './site';

const bundle = mkdtempSync(path.join(tmpdir(), 'first-query-'));
afterAll(() => rmSync(bundle, { recursive: true, force: true }));

/** A bundle's index files: entry, a meta of `meta` bytes, one index chunk and one fragment. */
function writeIndex(dir: string, meta: number): void {
  for (const sub of ['index', 'fragment']) mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, 'pagefind-entry.json'), '{}');
  writeFileSync(path.join(dir, 'zh-cn_1.pf_meta'), Buffer.alloc(meta));
  writeFileSync(path.join(dir, 'index', 'a.pf_index'), Buffer.alloc(100));
  writeFileSync(path.join(dir, 'fragment', 'a.pf_fragment'), Buffer.alloc(10));
}

describe('firstQueryBytes', () => {
  it('counts the bundles of the default scope, or every bundle for all years', () => {
    const list: ShardList = {
      years: [2026],
      shards: [
        { path: 's1/', years: [2025] },
        { path: 's2/', years: [2024] },
      ],
    };
    writeFileSync(path.join(bundle, 'shards.json'), JSON.stringify(list));
    writeFileSync(path.join(bundle, 'pagefind.js'), '');
    writeFileSync(path.join(bundle, 'wasm.unknown.pagefind'), Buffer.alloc(1000));
    writeIndex(bundle, 5000);
    writeIndex(path.join(bundle, 's1'), 3000);
    writeIndex(path.join(bundle, 's2'), 20_000);

    const recent = firstQueryBytes(bundle);
    const all = firstQueryBytes(bundle, { kind: 'all' });
    // The 2024 shard: its entry (gzip), meta and index chunk.
    expect(all - recent).toBeGreaterThan(20_100);
    expect(all - recent).toBeLessThan(20_200);
    expect(recent).toBeGreaterThan(1000 + 5000 + 3000 + 2 * 100 + 10 * 10);
  });
});
