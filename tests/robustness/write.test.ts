/** The importer's output is written as one step: all files, or none. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAll } from '../../scripts/lib/write';
import { treeHashes } from './support/sandbox';

const dir = mkdtempSync(join(tmpdir(), 'write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAll', () => {
  it('writes every file and removes the stale ones, leaving no temporary file', () => {
    mkdirSync(join(dir, 'reports/a'), { recursive: true });
    writeFileSync(join(dir, 'reports/a/old.json'), 'old');
    writeAll(
      dir,
      [
        { path: 'reports/a/1.json', content: '1' },
        { path: 'reports/b/2.json', content: '2' },
      ],
      ['reports/a/old.json'],
    );
    expect([...treeHashes(dir).keys()].sort()).toEqual(['reports/a/1.json', 'reports/b/2.json']);
  });

  it('a file that cannot be written leaves every other file as it was', () => {
    // Its folder's name is taken by a file, so the write fails after two others were staged.
    writeFileSync(join(dir, 'reports/locked'), 'a file');
    const before = treeHashes(dir);
    expect(() =>
      writeAll(dir, [
        { path: 'reports/a/1.json', content: 'changed' },
        { path: 'reports/c/d/new.json', content: 'new' },
        { path: 'reports/locked/x.json', content: 'x' },
      ]),
    ).toThrow();
    expect(treeHashes(dir)).toEqual(before);
    expect(readdirSync(join(dir, 'reports'))).not.toContain('c');
  });
});
