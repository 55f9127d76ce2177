import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../src/schemas';
import { copySeedContent, seedContentDir } from '../tests/support/seed-content';
import { root } from './lib/sources';

const fixture = (name: string) => join(root, 'tests/fixtures/real-texts', name);

/** A copy of the seeds' content tree to add into: the committed content is never touched. */
const contentCopy = (): string => copySeedContent(mkdtempSync(join(tmpdir(), 'import-add-')));

function add(content: string, args: string[]) {
  return spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/import.ts'), '--add', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content },
  });
}

const manifestOf = (content: string): { file: string; scope?: string }[] =>
  JSON.parse(readFileSync(join(content, 'sources/manifest.json'), 'utf8')) as { file: string; scope?: string }[];

// Each case starts the CLI in a child process (a few seconds of start-up on a busy machine).
describe('npm run import -- --add', { timeout: 120_000 }, () => {
  it('copies the file, registers the entry read from the document, imports it', () => {
    const content = contentCopy();
    const file = '2025-putuo-commerce-commission-unit-budget.layout.txt';
    const result = add(content, [fixture(file)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"title": "上海市普陀区2025年区级单位预算"');
    expect(readFileSync(join(content, 'sources', file))).toEqual(readFileSync(fixture(file)));
    const entry = manifestOf(content).at(-1)!;
    expect(entry).toMatchObject({ file, scope: 'unit' });
    const report = Report.parse(
      JSON.parse(readFileSync(join(content, 'reports/shanghai-putuo/shangwuweiyuanhui/2025.json'), 'utf8')),
    );
    expect([report.scope, report.documentType, report.department.name]).toEqual([
      'unit',
      'budget',
      '上海市普陀区商务委员会',
    ]);
    // The seeds' reports are unchanged by the addition.
    expect(readFileSync(join(content, 'reports/jincheng/jingji-anjian/2024.json'), 'utf8')).toBe(
      readFileSync(join(seedContentDir(), 'reports/jincheng/jingji-anjian/2024.json'), 'utf8'),
    );

    // A different file under a name already taken is not copied over it.
    const other = join(mkdtempSync(join(tmpdir(), 'import-add-other-')), file);
    writeFileSync(other, readFileSync(fixture('2025-putuo-government-office-unit-budget.layout.txt')));
    const again = add(content, [other]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/已存在且内容不同：不覆盖/);
    expect(readFileSync(join(content, 'sources', file))).toEqual(readFileSync(fixture(file)));
  });

  it('takes two files as one report and only prints with --dry-run', () => {
    const content = contentCopy();
    const before = readFileSync(join(content, 'sources/manifest.json'), 'utf8');
    const result = add(content, [
      fixture('2019-jiangsu-npc-office-budget-tables.raw.txt'),
      fixture('2019-jiangsu-npc-office-budget.raw.txt'),
      '--region',
      'jiangsu',
      '--dry-run',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /"file": "2019-jiangsu-npc-office-budget\.raw\.txt"[\s\S]*"attachments"[\s\S]*budget-tables\.raw\.txt/,
    );
    expect(readFileSync(join(content, 'sources/manifest.json'), 'utf8')).toBe(before);
    expect(existsSync(join(content, 'sources/2019-jiangsu-npc-office-budget.raw.txt'))).toBe(false);

    // A name that is not plain ASCII: one made from the entry, 单位预算 told apart.
    const chinese = join(mkdtempSync(join(tmpdir(), 'import-add-name-')), '司法局单位2026年预算.txt');
    writeFileSync(chinese, readFileSync(fixture('2026-putuo-justice-bureau-unit-budget.raw.txt')));
    const named = add(content, [chinese, '--dry-run']);
    expect(named.stdout).toContain('"file": "2026-shanghai-putuo-sifaju-danwei.txt"');
  });

  it('refuses a damaged PDF naming the file, and a document that does not name its department with the flag to give', () => {
    const content = contentCopy();
    const pdf = join(mkdtempSync(join(tmpdir(), 'import-add-pdf-')), 'a.pdf');
    writeFileSync(pdf, '%PDF-1.7\n');
    const r1 = add(content, [pdf]);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toMatch(/a\.pdf：PDF 文件已损坏或不完整/);
    expect(r1.stderr).not.toMatch(/\n\s+at /);
    const r2 = add(content, [fixture('2019-jiangsu-cppcc-office-budget.layout.txt')]);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toMatch(/--department/);
  });
});
