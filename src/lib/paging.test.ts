import { describe, expect, it } from 'vitest';
import { groupBy, pagePath, paginate } from './paging';

describe('paginate', () => {
  it('cuts a list into pages of the given size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('gives one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });
});

describe('pagePath', () => {
  it('keeps page 1 at the list path and numbers the others below it', () => {
    expect(pagePath('/r/', 1)).toBe('/r/');
    expect(pagePath('/r/', 3)).toBe('/r/3/');
  });
});

describe('groupBy', () => {
  it('keeps the order in which keys first appear', () => {
    const groups = groupBy(['b1', 'a1', 'b2'], (s) => s[0]);
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')).toEqual(['b1', 'b2']);
  });
});
