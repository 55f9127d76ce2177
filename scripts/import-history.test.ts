/**
 * Re-importing a changed source: the importer appends one entry to the report's change
 * log with the old and new figure and their source lines, and `--verify` writes nothing.
 * Runs the CLI on a copy of the seeds' content tree (CONTENT_DIR) so the committed tree is untouched.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeChange, parseHistory } from '../src/lib/history';
import { copySeedContent } from '../tests/support/seed-content';
import { root } from './lib/sources';

const run = (content: string, args: string[]) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/import.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, IMPORT_DATE: '2026-12-01' },
  });

describe('re-import of a changed source', { timeout: 120_000 }, () => {
  it('appends the change to the history; --verify writes nothing', () => {
    const content = mkdtempSync(join(tmpdir(), 'history-'));
    copySeedContent(content);
    const history = join(content, 'history/zonggai/xincailiao/2023.jsonl');
    const before = readFileSync(history, 'utf8');

    // A corrected edition of 001: 行政运行 (line 138) now prints 8.57 instead of 7.57.
    const source = join(content, 'sources/001_4bc610c22ba99209.txt');
    const lines = readFileSync(source, 'utf8').split('\n');
    expect(lines[137]).toBe('2011301\t行政运行\t7.57\t7.57\t');
    lines[137] = '2011301\t行政运行\t8.57\t8.57\t';
    writeFileSync(source, lines.join('\n'));
    const manifestFile = join(content, 'sources/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { file: string; sha256: string }[];
    manifest.find((e) => e.file === '001_4bc610c22ba99209.txt')!.sha256 = createHash('sha256')
      .update(readFileSync(source))
      .digest('hex');
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));

    const verify = run(content, ['--verify']);
    expect(verify.status).toBe(1);
    expect(readFileSync(history, 'utf8')).toBe(before);

    const result = run(content, ['--all']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = readFileSync(history, 'utf8');
    expect(text.startsWith(before)).toBe(true);
    const entries = parseHistory(text, history);
    expect(entries).toHaveLength(2);
    const last = entries[1]!;
    expect(last.date).toBe('2026-12-01');
    expect(last.kind).toBe('update');
    const lines138 = last.changes.filter((c) => c.type === 'changed' && c.row === '2011301');
    expect(lines138.map(describeChange)).toContain(
      '修改：预算公开表3 2023年预算支出总表“行政运行”2023年预算数/合计 由 7.57 万元（原第 138 行）改为 8.57 万元（第 138 行）',
    );
    // Other reports did not change: their logs are as committed.
    expect(readFileSync(join(content, 'history/jinzhong/keji/2024.jsonl'), 'utf8')).toBe(
      readFileSync(join(root, 'content/history/jinzhong/keji/2024.jsonl'), 'utf8'),
    );
    // Importing again changes nothing and logs nothing.
    expect(run(content, ['--all']).status).toBe(0);
    expect(readFileSync(history, 'utf8')).toBe(text);
  });
});
