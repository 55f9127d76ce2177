import { describe, expect, it } from 'vitest';
import { planShards, shardGroup } from './shards';

describe('shardGroup', () => {
  it('groups report, table and project pages by region, everything else together', () => {
    expect(shardGroup('r/taiyuan/caizheng/2024/t/summary/index.html')).toBe('taiyuan');
    expect(shardGroup('r/taiyuan/index.html')).toBe('taiyuan');
    expect(shardGroup('glossary/index.html')).toBe('');
  });
});

describe('planShards', () => {
  const pages = (region: string, n: number) => Array.from({ length: n }, (_, i) => `${region}${i}`);
  const first = (s: string) => s.replace(/\d+$/, '');

  it('keeps everything in one shard when it fits', () => {
    expect(planShards(pages('a', 3), first, 10)).toEqual([pages('a', 3)]);
  });

  it('keeps regions together, starting a new shard when the next one does not fit', () => {
    const shards = planShards([...pages('a', 4), ...pages('b', 4), ...pages('c', 2)], first, 6);
    expect(shards.map((s) => s.map(first).join(''))).toEqual(['aaaa', 'bbbbcc']);
  });

  it('cuts a region larger than a shard, and no shard is over the limit', () => {
    const shards = planShards([...pages('a', 2), ...pages('b', 9)], first, 4);
    expect(shards.map((s) => s.length)).toEqual([2, 4, 4, 1]);
    expect(shards.flat()).toEqual([...pages('a', 2), ...pages('b', 9)]);
  });

  it('gives one empty shard for no pages', () => {
    expect(planShards([], first, 4)).toEqual([[]]);
  });
});
