import { describe, expect, it } from 'vitest';
import {
  fillRoute,
  pathsOf,
  routePattern,
  sitemapChunks,
  sitemapIndexXml,
  SITEMAP_MAX_URLS,
  sitemapPartPath,
  sitemapXml,
} from './sitemap';

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

describe('a site past one sitemap file', () => {
  it('stays one file up to the protocol limit, and is cut into files of at most that many after', () => {
    const urls = (n: number) => Array.from({ length: n }, (_, i) => `/p/${i}/`);
    expect(sitemapChunks(urls(SITEMAP_MAX_URLS))).toHaveLength(1);
    const chunks = sitemapChunks(urls(2 * SITEMAP_MAX_URLS + 1));
    expect(chunks.map((c) => c.length)).toEqual([SITEMAP_MAX_URLS, SITEMAP_MAX_URLS, 1]);
    expect(chunks.flat()).toEqual(urls(2 * SITEMAP_MAX_URLS + 1));
    expect(sitemapChunks([])).toEqual([[]]);
  });

  it('lists the files in a sitemap index', () => {
    expect(sitemapIndexXml([1, 2].map((n) => `https://example.org${sitemapPartPath(n)}`))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap>\n' +
        '  <sitemap><loc>https://example.org/sitemap-2.xml</loc></sitemap>\n</sitemapindex>\n',
    );
  });
});
