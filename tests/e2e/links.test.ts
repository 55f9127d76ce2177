import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../src/pdf/test-support/make-pdf';
import { crawl, formatProblems, htmlSeeds, parseCss, parseHtml } from './support/crawler';
import { SITES } from './support/sites';
import { startStaticServer, type StaticServer } from './support/static-server';
import { startServerForSuite } from './support/suite';

describe.each(SITES)('internal links of the $name build ($dir at $base)', (site) => {
  const suite = startServerForSuite(site);

  it('has no broken link, asset or #fragment on any page', async () => {
    const { server, dir } = suite;
    const seeds = [server.url, ...(await htmlSeeds(dir, server.url))];
    const result = await crawl({ origin: server.origin, seeds });

    expect(formatProblems(result.problems, server.origin)).toEqual([]);
    for (const page of ['', 'about/', 'search/', '404.html']) {
      expect(result.pages).toContain(server.url + page);
    }
    // Every page reached from the home page must be under the base path.
    for (const url of result.fetched.keys()) {
      expect(new URL(url).pathname.startsWith(site.base)).toBe(true);
    }
  });

  it('answers an unknown path with the 404 page and status 404', async () => {
    const response = await fetch(suite.server.url + 'no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('页面不存在');
  });
});

describe('the crawler itself', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'crawler-'));
    await mkdir(path.join(root, 'a'), { recursive: true });
    await writeFile(
      path.join(root, 'index.html'),
      `<!doctype html><html><head><link rel="stylesheet" href="/x/style.css"></head><body>
       <a href="/x/a/">ok</a> <a href="/x/a/#here">ok anchor</a> <a href="/x/a/#nowhere">bad anchor</a>
       <a href="/x/a">no slash</a> <a href="/x/missing/">missing</a> <a href="/elsewhere/">outside base</a>
       <a href="https://example.org/">external</a> <a href="mailto:a@b.c">mail</a>
       <a href="/x/doc.pdf#page=1">pdf page</a> <a href="/x/doc.pdf#page=2">past the end</a> <a href="/x/doc.pdf#p">not a page</a>
       <img srcset="/x/img.svg 1x, /x/img2.svg 2x" alt="">
       <!-- <a href="/x/commented/">ignored</a> --></body></html>`,
    );
    await writeFile(path.join(root, 'a', 'index.html'), '<p id="here">here</p><a href="#main">x</a>');
    await writeFile(path.join(root, 'style.css'), 'body{background:url("bg.png")}');
    await writeFile(path.join(root, 'img.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(path.join(root, 'doc.pdf'), makePdf([{ texts: [{ str: '一', x: 60, y: 700 }] }]));
    server = await startStaticServer({ root, base: '/x/' });
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('reports broken links, redirects, missing assets and missing ids', async () => {
    const result = await crawl({ origin: server.origin, seeds: [server.url] });
    const found = result.problems.map(
      (p) => `${new URL(p.url).pathname}${new URL(p.url).hash} ${p.reason.split(' ')[0]}`,
    );
    expect(found.sort()).toEqual([
      '/elsewhere/ HTTP',
      '/x/a redirect',
      '/x/a/#main no',
      '/x/a/#nowhere no',
      '/x/bg.png HTTP',
      '/x/doc.pdf#p #p',
      '/x/doc.pdf#page=2 #page=2',
      '/x/img2.svg HTTP',
      '/x/missing/ HTTP',
    ]);
  });

  it('parses ids, refs and CSS urls', () => {
    const parsed = parseHtml(
      `<a id="t" href="/p/?a=1&amp;b=2">x</a><script>var s = '<a href="/js/">'</script><div style="background:url(/i.png)"></div>`,
    );
    expect([...parsed.ids]).toEqual(['t']);
    expect(parsed.refs).toEqual(['/p/?a=1&b=2']);
    expect(parsed.css.flatMap(parseCss)).toEqual(['/i.png']);
  });
});
