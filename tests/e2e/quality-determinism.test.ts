/**
 * Determinism: building the same content again gives a byte-identical site.
 * The test chain has just built dist/; this builds once more (the full
 * `npm run build`, so every post-build step runs too) into a temporary
 * OUT_DIR and compares the file lists and SHA-256 of every file.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTrees, describeDiff, isIdentical } from '../quality/lib/determinism';
import { SITES, siteDir } from './support/sites';

const site = SITES[0];

function build(outDir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', 'build'],
      { env: { ...process.env, OUT_DIR: outDir }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

describe(`deterministic build (${site.dir}/)`, () => {
  let temp: string;

  beforeAll(async () => {
    temp = await mkdtemp(path.join(tmpdir(), 'determinism-'));
  });

  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it('a second build of the same content is byte-identical', { timeout: 600_000 }, async () => {
    const dir = siteDir(site);
    const second = path.join(temp, 'dist');
    const started = Date.now();
    const result = await build(second);
    expect(result.code, `second build (OUT_DIR=${second}) failed:\n${result.output.slice(-4000)}`).toBe(0);
    const diff = await compareTrees(dir, second);
    console.log(
      `Determinism: rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `${diff.identical} identical files, ${diff.different.length + diff.onlyInA.length + diff.onlyInB.length} differences`,
    );
    const report = isIdentical(diff)
      ? ''
      : `${await describeDiff(diff, dir, second)}\n(If dist/ predates a content or code change, rebuild it first: npm run build.)`;
    expect(report, 'the two builds differ').toBe('');
  });
});
