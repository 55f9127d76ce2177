import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../checks/registry';
import { FA_TABLE_KEYS, ManifestEntry, Report, SECTION_NUMERALS, type Row } from '../schemas';
import { parseDocument } from './document';
import { readFinalNarrative } from '../lib/final-narrative';
import { toLines } from './lines';
import { buildReports } from './model';
import { printedAmounts } from './test-support/coverage';

/**
 * The real 2024 部门决算 of 中共上海市普陀区委社会工作部, as `pdftotext -layout` printed it
 * (tests/fixtures/real-texts/), through the whole pipeline to a report JSON. Until the
 * importer stores PDF sources, this text stands in for the PDF.
 */
const FILE = '2024-putuo-social-work-dept-final-accounts.layout.txt';
const text = readFileSync(new URL(`../../tests/fixtures/real-texts/${FILE}`, import.meta.url), 'utf8');
const entry = ManifestEntry.parse({
  file: '2024-putuo-social-work-dept-final-accounts.txt',
  sha256: '0'.repeat(64),
  title: '中共上海市普陀区委社会工作部2024年度部门决算',
  publishedBy: '中共上海市普陀区委社会工作部',
  region: { slug: 'putuo', name: '上海市普陀区' },
  year: 2024,
  documentType: 'final-accounts',
  departments: [
    { slug: 'shehui-gongzuo', name: '中共上海市普陀区委社会工作部', shortName: '区委社会工作部', code: null },
  ],
});
const report = Report.parse(JSON.parse(JSON.stringify(buildReports([parseDocument(entry, text, [])]).reports[0])));
const lines = toLines(text);

/** The lines of 第二部分 (the 9 tables): from the first table title after the 目录 to 第三部分. */
function tableLines(): { n: number; text: string }[] {
  const first = lines.findIndex((l, i) => i > 40 && l.text.trim() === '收入支出决算总表');
  const end = lines.findIndex((l, i) => i > first && /^\f?第三部分/.test(l.text.trim()));
  return lines.slice(first, end).map((l) => ({ n: l.n, text: l.text }));
}

describe('a real 部门决算 through the pipeline (pdftotext -layout text)', () => {
  it('finds the 9 tables by their printed titles', () => {
    expect(report.documentType).toBe('final-accounts');
    expect(report.tables.map((t) => t.key)).toEqual([...FA_TABLE_KEYS]);
    expect(report.tables.find((t) => t.key === 'fa-three-public')!.empty).toBe(true);
  });

  it('has every amount printed in its 9 tables in the report JSON, on the row of its line', () => {
    const region = tableLines();
    let printed = 0;
    const misses: string[] = [];
    const left: [Row, (string | null)[]][] = report.tables.flatMap((t) =>
      t.rows.map((r): [Row, (string | null)[]] => [r, [...r.cells]]),
    );
    for (const { n, text: line } of region) {
      for (const amount of printedAmounts(line)) {
        printed++;
        const hit = left.find(([r, cells]) => r.sourceLines[0] <= n && n <= r.sourceLines[1] && cells.includes(amount));
        if (!hit) misses.push(`line ${n}: ${amount}`);
        else hit[1].splice(hit[1].indexOf(amount), 1);
      }
    }
    // Per table as printed (9 + 36 + 39 + 15 + 39 + 67; 三公, 政府性基金 and 国有资本经营 print none);
    // the 总表's 9 checked by eye: 307.82 and 4 class totals, then 307.82 four times.
    expect(printed).toBe(205);
    expect(misses).toEqual([]);
  });

  it('reads 决算数 and 结转 by their first-class column keys', () => {
    const summary = report.tables.find((t) => t.key === 'fa-summary')!;
    expect(summary.columns.map((c) => c.key)).toEqual([
      'income-item',
      'income-actual',
      'expenditure-item',
      'expenditure-actual',
    ]);
    const basic = report.tables.find((t) => t.key === 'fa-basic')!;
    expect(basic.columns.map((c) => c.key)).toEqual([
      'personnel-code',
      'personnel-name',
      'personnel-actual',
      'public-code',
      'public-name',
      'public-actual',
    ]);
  });

  it('reads the execution and change statements of 第三部分', () => {
    const { executions, changes } = readFinalNarrative(report);
    expect(report.narrative.map((s) => s.number)).toEqual(SECTION_NUMERALS.slice(0, 11));
    expect(executions).toHaveLength(10);
    // As printed in 五（三）: “年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%”.
    expect(executions[0]).toMatchObject({
      kind: 'general',
      initial: '0',
      full: '321.02',
      actual: '307.82',
      rate: '95.89',
      rateBase: 'initial',
      reason: '人员经费支出数小于预算数',
    });
    expect(executions.slice(1).map((e) => [e.subject.replace(/.*（款）/, ''), e.full, e.actual, e.rate])).toEqual([
      ['行政运行（项）', '52.00', '51.32', '98.69'],
      ['事业运行（项）', '17.68', '11.31', null],
      ['其他社会工作事务支出（项）', '202.24', '202.24', null],
      ['机关事业单位基本养老保险缴费支出（项）', '9.00', '6.18', null],
      ['机关事业单位职业年金缴费支出（项）', '5.74', '4.64', null],
      ['行政单位医疗（项）', '2.23', '2.22', '99.55'],
      ['事业单位医疗（项）', '2.29', '0.49', null],
      ['住房公积金（项）', '18.12', '17.70', '97.68'],
      ['购房补贴（项）', '11.72', '11.72', null],
    ]);
    // A department founded in 2024: four changes “增加 x 万元，增长 100.00%” from nothing.
    expect(changes.map((c) => [c.current, c.sign, c.amount, c.percent])).toEqual([
      ['307.82', '+', '307.82', '100.00'],
      ['307.82', '+', '307.82', '100.00'],
      ['307.82', '+', '307.82', '100.00'],
      ['10.23', '+', '10.23', '100.00'],
    ]);
  });

  it('runs the final-accounts checks: the document’s own faults are found', () => {
    const results = runChecks(report);
    const byId = (id: string) => results.find((r) => r.id === id)!;
    expect(byId('fa-balance--grand').status).toBe('pass');
    expect(byId('fa-tables--income').status).toBe('pass');
    expect(byId('fa-tables--expenditure').status).toBe('pass');
    // 人员经费合计 95.36 + 公用经费合计 10.23 = 105.59, the tables print 基本支出 105.58.
    expect(byId('fa-tables--basic')).toMatchObject({ status: 'rounding', difference: '-0.01' });
    // “完成年初预算的 95.89%” with a 年初预算 of 0: 95.89% is 307.82 ÷ 321.02, the 全年预算.
    expect(byId('fa-narrative--rate-0').status).toBe('fail');
    expect(byId('fa-narrative--rate-0').message).toContain('95.89%是决算数÷全年预算数（307.82÷321.02）');
    expect(results.filter((r) => r.id.includes('--rate-')).map((r) => r.status)).toEqual([
      'fail',
      'pass',
      'pass',
      'pass',
    ]);
    // “增长 100.00%” from a base of 0: no percentage to check.
    expect(results.filter((r) => r.id.includes('--change-')).map((r) => r.status)).toEqual(
      Array(4).fill('not-applicable'),
    );
  });
});
