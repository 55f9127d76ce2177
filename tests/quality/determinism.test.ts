import { describe, expect, it } from 'vitest';
import { badPage } from './fixtures';
import { compareTrees, describeDiff, isIdentical, newestFile } from './lib/determinism';

describe('determinism gate', () => {
  it('finds identical trees identical', async () => {
    const diff = await compareTrees(badPage('good'), badPage('good'));
    expect(isIdentical(diff)).toBe(true);
    expect(diff.identical).toBe(2);
  });

  it('reports differing files, files only on one side, and where a file differs', async () => {
    const a = badPage('nondeterministic/a');
    const b = badPage('nondeterministic/b');
    const diff = await compareTrees(a, b);
    expect(isIdentical(diff)).toBe(false);
    expect(diff).toEqual({ onlyInA: ['sub/stale.txt'], onlyInB: [], different: ['index.html'], identical: 1 });
    const report = await describeDiff(diff, a, b);
    expect(report).toContain('1 file(s) with different content, 1 only in A, 0 only in B, 1 identical.');
    expect(report).toContain('    index.html\n      first difference at byte');
    expect(report).toContain('10:00:00');
    expect(report).toContain('10:00:07');
    expect(report).toContain('  only in A:\n    sub/stale.txt');
  });

  it('finds the newest source file, ignoring missing paths', async () => {
    const newest = await newestFile([badPage('good'), badPage('good/style.css'), badPage('no-such-dir')]);
    expect(newest?.file.startsWith(badPage('good'))).toBe(true);
    expect(await newestFile([badPage('no-such-dir')])).toBeUndefined();
  });
});
