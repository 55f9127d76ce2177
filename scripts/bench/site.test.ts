/**
 * SLOW (30–60 s, two Astro builds): a 20-report smoke run of the site benchmark. The full
 * benchmark (npm run bench -- --reports 100,300,1000) is not part of the tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchSite, formatTable } from './site';

const work = mkdtempSync(path.join(tmpdir(), 'bench-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('site benchmark (smoke, 20 reports)', () => {
  it('builds synthetic content and the baseline, and reports every figure', { timeout: 240_000 }, async () => {
    const [result] = await benchSite({
      sizes: [20],
      seed: 7,
      root: path.resolve('.'),
      work,
      keep: false,
      log: () => undefined,
    });
    expect(result).toBeDefined();
    const r = result!;
    expect(r.reports).toBe(20);
    // Every report has at least its report page; budget reports add table and project pages.
    expect(r.pages).toBeGreaterThan(20);
    for (const key of [
      'seconds',
      'astroSeconds',
      'indexSeconds',
      'baselineSeconds',
      'replaySeconds',
      'peakRssMB',
      'indexMB',
      'distMB',
    ]) {
      expect(r[key as keyof typeof r], key).toBeGreaterThan(0);
    }
    // The whole build holds its two steps (each printed to 0.1 s) plus the content check and start-ups.
    expect(r.seconds).toBeGreaterThanOrEqual(r.astroSeconds + r.indexSeconds - 0.2);
    expect(r.buildParts).toBe(1);
    expect(r.indexShards).toBe(1);
    expect(r.firstQueryKB).toBeGreaterThan(50);
    // One shard: the default scope is every year.
    expect(r.firstQueryAllYearsKB).toBe(r.firstQueryKB);
    // The site-wide page types were built and weighed.
    for (const type of [
      'home',
      'browse',
      'region',
      'quality',
      'quality-region',
      'quality-report',
      'compare',
      'compare-region',
    ]) {
      expect(r.heaviest[type], type).toBeDefined();
    }
    expect(formatTable([r])).toContain('| 20 ');
  });
});
