import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, importAll, root, useContentDir } from './lib/sources';
import { Report } from '../src/schemas';
import { seedContentDir } from '../tests/support/seed-content';

// The seeds' content tree (content/ as the five seeds alone make it): the first test below
// also proves that tree is exactly what the importer writes from them.
useContentDir(seedContentDir());
const { set, outputs, docs } = await importAll();
const report = (path: string) => set.reports.find((r) => `${r.region}/${r.department.slug}/${r.year}` === path)!;

function contentHash(): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true }).sort((a, b) =>
    join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
  )) {
    if (entry.isFile()) hash.update(entry.name).update(readFileSync(join(entry.parentPath, entry.name)));
  }
  return hash.digest('hex');
}

function runImport(args: string[]) {
  return spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/import.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
}

describe('importing the five seeds', () => {
  it('produces the committed JSON byte for byte (re-import gives no diff)', () => {
    expect(outputs.map((o) => o.path).sort()).toEqual(
      readdirSync(join(contentDir, 'reports'), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(contentDir, join(d.parentPath, d.name)))
        .concat(['departments.json', 'regions.json', 'report.schema.json'])
        .sort(),
    );
    for (const o of outputs)
      expect([o.path, readFileSync(join(contentDir, o.path), 'utf8') === o.content]).toEqual([o.path, true]);
  });

  it('every committed report validates against the schema', () => {
    for (const r of set.reports) expect(Report.safeParse(r).success).toBe(true);
  });

  // Project counts as the documents state them (十、绩效管理情况: 纳入绩效目标管理的二级项目 N 个).
  it('finds every KPI form the documents announce', () => {
    const projects = Object.fromEntries(docs.map((d) => [d.entry.file.slice(0, 3), d.kpi.projects.length]));
    expect(projects).toEqual({ '000': 9, '001': 5, '002': 7, '003': 19, '004': 11 });
    expect(docs.filter((d) => d.kpi.overall).map((d) => d.entry.file.slice(0, 3))).toEqual(['000', '003']);
  });

  it('gives the KPI-only document to its departments and keeps 610 产业扶持资金 once with both sources', () => {
    expect(set.reports.map((r) => `${r.region}/${r.department.slug}/${r.year}:${r.documentType}`)).toEqual([
      'jincheng/jingji-anjian/2024:budget',
      'jinzhong/chanye-guihua/2024:budget',
      'jinzhong/chanyelian/2024:performance-targets',
      'jinzhong/guoyun/2024:performance-targets',
      'jinzhong/jingji-yunxing/2024:performance-targets',
      'jinzhong/jinrong/2024:performance-targets',
      'jinzhong/keji/2024:performance-targets',
      'jinzhong/weizhuming/2024:performance-targets',
      'jinzhong/xingzheng-shenpi/2024:budget',
      'zonggai/xincailiao/2023:budget',
    ]);
    const forms = report('jinzhong/chanye-guihua/2024').performance.projects.filter((p) => p.name === '产业扶持资金');
    expect(forms).toHaveLength(1);
    expect(forms[0]!.sources.map((s) => s.file)).toEqual(['000_e5ad8ceb5a34aa09.txt', '002_3aab7c5310fa3d60.txt']);
    // The untruncated text of 002 is kept: 立项依据 is printed whole there, cut in 000.
    expect(forms[0]!.basis).toBe('市政发〔2019〕36号;《产业扶持资金管理办法》(综示晋开管发〔2019〕36号)');
    expect(report('jinzhong/chanye-guihua/2024').performance.projects).toHaveLength(9);
  });

  it('applies reviewed corrections and shows them', () => {
    const r = report('jinzhong/chanye-guihua/2024');
    expect(r.corrections.map((c) => [c.line, c.original, c.corrected])).toEqual([
      [5, '发晨部', '发展部'],
      [50, '创新发展的部', '创新发展部'],
      [54, '创新发展的部', '创新发展部'],
      [405, '创新发部', '创新发展部'],
      [415, '创新发部', '创新发展部'],
      [423, '创新发部', '创新发展部'],
      [428, '创新发部', '创新发展部'],
      // 002's fix of the same name goes with the 产业扶持资金 form it falls in (lines 44–70).
      [45, '发育部', '发展部'],
    ]);
    expect(report('jinzhong/jingji-yunxing/2024').corrections).toEqual([]);
    const form = report('jinzhong/chanye-guihua/2024').performance.projects[0]!;
    expect(form.department.name).toBe('山西转型综合改革示范区晋中开发区产业规划与创新发展部');
  });

  it('registers regions and departments with ASCII slugs', () => {
    expect(set.regions.map((r) => r.slug)).toEqual(['jincheng', 'jinzhong', 'zonggai']);
    expect(set.departments).toHaveLength(10);
    expect(set.departments.find((d) => d.slug === 'chanye-guihua')!.reports).toEqual([
      { year: 2024, documentType: 'budget' },
    ]);
  });
});

// Each case starts the CLI in a child process (a few seconds of start-up on a busy machine).
describe('bad input', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-bad-'));
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /empty\.txt：文件为空/],
    ['binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]), /binary\.txt：不是文本文件/],
    ['random.txt', '今天天气很好。\n我们去公园散步。\n', /random\.txt：未识别为预算、决算或绩效目标公开文件/],
    [
      'final.txt',
      '某某部门2023年度部门决算公开\n第二部分 2023年度部门决算表\n',
      /final\.txt：是部门决算，但尚未登记：请用 npm run import -- --add/,
    ],
  ];
  it.each(cases)('%s: non-zero exit, one clear message, nothing written', (name, content, message) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    const before = contentHash();
    const result = runImport([file]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(contentHash()).toBe(before);
  });

  it('refuses an unregistered disclosure with what to do', () => {
    const file = join(dir, 'new.txt');
    writeFileSync(file, readFileSync(join(contentDir, 'sources/004_20b680868d62449d.txt')));
    const result = runImport([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/new\.txt：是部门预算，但尚未登记：请用 npm run import -- --add/);
  });
});
