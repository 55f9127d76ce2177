import { describe, expect, it } from 'vitest';
import { planShards } from './shards';

describe('planShards', () => {
  const pages = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

  it('keeps everything in one shard when it fits', () => {
    expect(planShards(pages(3), 10)).toEqual([pages(3)]);
  });

  it('cuts into the fewest shards that respect the limit, of even size, in order', () => {
    const shards = planShards(pages(11), 4);
    expect(shards.map((s) => s.length)).toEqual([4, 4, 3]);
    expect(shards.flat()).toEqual(pages(11));
    expect(planShards(pages(9), 8).map((s) => s.length)).toEqual([5, 4]);
  });

  it('gives one empty shard for no pages, and refuses a bad size', () => {
    expect(planShards([], 4)).toEqual([[]]);
    expect(() => planShards(pages(2), 0)).toThrow(/positive integer/);
  });
});
