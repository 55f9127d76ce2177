import { describe, expect, it } from 'vitest';
import { fillRoute, pathsOf, routePattern, sitemapXml } from './sitemap';

describe('routePattern', () => {
  it.each([
    ['./index.astro', '/'],
    ['./about/index.astro', '/about/'],
    ['./glossary.astro', '/glossary/'],
    ['./r/[region]/[dept]/[year]/t/[table].astro', '/r/[region]/[dept]/[year]/t/[table]/'],
  ])('%s → %s', (file, expected) => expect(routePattern(file)).toBe(expected));
});

describe('fillRoute', () => {
  it('fills params and rest params', () => {
    expect(fillRoute('/r/[region]/[year]/', { region: 'jinzhong', year: 2024 })).toBe('/r/jinzhong/2024/');
    expect(fillRoute('/docs/[...slug]/', { slug: 'a/b' })).toBe('/docs/a/b/');
    expect(fillRoute('/docs/[...slug]/', { slug: undefined })).toBe('/docs/');
    expect(fillRoute('/t/[term]/', { term: '三公' })).toBe('/t/%E4%B8%89%E5%85%AC/');
  });
});

describe('pathsOf', () => {
  it('lists static pages without loading them, and dynamic pages through getStaticPaths', async () => {
    expect(await pathsOf('./about/index.astro', () => Promise.reject(new Error('not loaded')))).toEqual(['/about/']);
    expect(
      await pathsOf('./r/[region]/index.astro', () =>
        Promise.resolve({ getStaticPaths: () => [{ params: { region: 'a' } }, { params: { region: 'b' } }] }),
      ),
    ).toEqual(['/r/a/', '/r/b/']);
    expect(await pathsOf('./x/[y].astro', () => Promise.resolve({}))).toEqual([]);
  });
});

describe('sitemapXml', () => {
  it('escapes and wraps the URLs', () => {
    expect(sitemapXml(['https://example.org/a/?x=1&y=2'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://example.org/a/?x=1&amp;y=2</loc></url>\n</urlset>\n',
    );
  });
});
