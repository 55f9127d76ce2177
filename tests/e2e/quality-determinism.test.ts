/**
 * Determinism: building the same content again gives a byte-identical site.
 * The test chain has just built dist/; this builds once more (the full
 * `npm run build`, so every post-build step runs too) into a temporary
 * OUT_DIR and compares the file lists and SHA-256 of every file. If a source
 * file is newer than dist/, a fresh reference is built first.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTrees, describeDiff, isIdentical, newestFile } from '../quality/lib/determinism';
import { SITES, siteDir } from './support/sites';

const site = SITES[0];

/** What a build reads: if any of these is newer than dist/, dist/ is not a valid reference. */
const SOURCES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json'];

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
    let dir = siteDir(site);
    // dist/ is the reference when it is newer than every source; when a source
    // changed after it was built (e.g. while editing), build a fresh reference too.
    let built = (await stat(path.join(dir, 'index.html'))).mtimeMs;
    const newest = await newestFile(SOURCES);
    if (newest !== undefined && newest.mtimeMs > built) {
      built = Date.now();
      console.log(
        `Determinism: ${path.relative(process.cwd(), newest.file)} is newer than ${site.dir}/, building a fresh reference`,
      );
      dir = path.join(temp, 'reference');
      const first = await build(dir);
      expect(first.code, `build (OUT_DIR=${dir}) failed:\n${first.output.slice(-4000)}`).toBe(0);
    }
    const second = path.join(temp, 'dist');
    const started = Date.now();
    const result = await build(second);
    expect(result.code, `second build (OUT_DIR=${second}) failed:\n${result.output.slice(-4000)}`).toBe(0);
    const diff = await compareTrees(dir, second);
    console.log(
      `Determinism: rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `${diff.identical} identical files, ${diff.different.length + diff.onlyInA.length + diff.onlyInB.length} differences`,
    );
    let report = isIdentical(diff) ? '' : await describeDiff(diff, dir, second);
    const changed = await newestFile(SOURCES);
    if (report !== '' && changed !== undefined && changed.mtimeMs > built) {
      report += `\n(Note: ${path.relative(process.cwd(), changed.file)} changed while the builds ran; rerun to rule that out.)`;
    }
    expect(report, 'the two builds differ').toBe('');
  });
});
