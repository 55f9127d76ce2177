import { describe, expect, it } from 'vitest';
import { absoluteUrl, href, joinBase, normalizeBase } from './url';

describe('normalizeBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['//', '/'],
    ['budget', '/budget/'],
    ['/budget', '/budget/'],
    ['/budget/', '/budget/'],
    [' /a/b// ', '/a/b/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('joinBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '', '/'],
    ['/budget/', '/', '/budget/'],
    ['/budget/', '', '/budget/'],
    ['/', '/about/', '/about/'],
    ['/', '/about', '/about/'],
    ['/', 'about', '/about/'],
    ['/budget/', '/about/', '/budget/about/'],
    ['/budget', 'about', '/budget/about/'],
    ['/budget/', '/r/shanghai/dept/2024', '/budget/r/shanghai/dept/2024/'],
    ['/budget/', '/r//x//', '/budget/r/x/'],
    ['/budget/', './r/x', '/budget/r/x/'],
  ])('page path: base %j + %j → %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it.each([
    ['/', '/favicon.svg', '/favicon.svg'],
    ['/budget/', '/favicon.svg', '/budget/favicon.svg'],
    ['/budget/', 'data/r/d/2024.json', '/budget/data/r/d/2024.json'],
    ['/budget/', '/data/r/d/2024/summary.csv', '/budget/data/r/d/2024/summary.csv'],
  ])('file path keeps no trailing slash: base %j + %j → %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it('keeps query and fragment after the trailing slash', () => {
    expect(joinBase('/budget/', '/search?q=三公')).toBe('/budget/search/?q=三公');
    expect(joinBase('/budget/', '/r/x/2024#three-public')).toBe('/budget/r/x/2024/#three-public');
    expect(joinBase('/', '/r/x/2024/?a=1#b')).toBe('/r/x/2024/?a=1#b');
    expect(joinBase('/budget/', '/data/a.json#x')).toBe('/budget/data/a.json#x');
    expect(joinBase('/budget/', '?q=1')).toBe('/budget/?q=1');
  });

  it('returns a bare fragment unchanged', () => {
    expect(joinBase('/budget/', '#main')).toBe('#main');
  });

  it.each(['https://example.org/', 'http://x', '//cdn.example/x.js', 'mailto:a@b.c', 'javascript:void(0)'])(
    'rejects the absolute URL %j',
    (url) => {
      expect(() => joinBase('/', url)).toThrow(/absolute URL/);
    },
  );

  it('rejects parent segments', () => {
    expect(() => joinBase('/budget/', '/../etc/')).toThrow(/not allowed/);
  });
});

describe('href', () => {
  it('uses the build base (/ under vitest)', () => {
    expect(href('/about')).toBe(joinBase(import.meta.env.BASE_URL, '/about'));
    expect(href('/')).toBe(normalizeBase(import.meta.env.BASE_URL));
  });
});

describe('absoluteUrl', () => {
  it('is undefined without a site', () => {
    expect(absoluteUrl('/about/', undefined)).toBeUndefined();
  });

  it('resolves against the site origin', () => {
    expect(absoluteUrl('/about/', 'https://example.org')).toBe('https://example.org/about/');
  });
});
