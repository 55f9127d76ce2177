import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, formatProblems } from '../e2e/support/crawler';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server';
import { BAD_PAGES } from './fixtures';

describe('link gate on the bad fixture pages', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer({ root: BAD_PAGES, base: '/fixtures/' });
  });
  afterAll(() => server.close());

  it('reports the broken link, the missing anchor and the missing stylesheet', async () => {
    const result = await crawl({ origin: server.origin, seeds: [`${server.url}broken-link/`] });
    expect(formatProblems(result.problems, server.origin)).toEqual([
      '/fixtures/broken-link/missing.css — HTTP 404 — found on /fixtures/broken-link/',
      '/fixtures/good/#no-such-anchor — no element with id="no-such-anchor" on the target page — found on /fixtures/broken-link/',
      '/fixtures/no-such-page/ — HTTP 404 — found on /fixtures/broken-link/',
    ]);
  });

  it('finds nothing wrong on the good page', async () => {
    const result = await crawl({ origin: server.origin, seeds: [`${server.url}good/`] });
    expect(result.problems).toEqual([]);
    expect(result.pages.size).toBe(1);
  });
});
