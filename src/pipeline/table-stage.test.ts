import { describe, expect, it } from 'vitest';
import { positionedCells, toLines } from './lines';
import { parseTables } from './tables';
import { readTitle, tableNumber } from './table-titles';

const ctx = { year: 2025, departmentNames: [], tocNumbers: new Map<string, string>() };
const parse = (text: string) => parseTables(toLines(text), ctx);

describe('cells of a line', () => {
  it('splits TABs (" \\t" too) and keeps empty cells', () => {
    expect(positionedCells('合计 \t\t432.54\t').map((c) => c.text)).toEqual(['合计', '', '432.54', '']);
  });
  it('splits space-aligned text at runs of spaces and sets numbers apart from words', () => {
    const cells = positionedCells('201   13   01   行政运行 9,389,913.00    9,389,913.00');
    expect(cells.map((c) => c.text)).toEqual(['201', '13', '01', '行政运行', '9,389,913.00', '9,389,913.00']);
    expect(cells[3]).toMatchObject({ start: 16, end: 20 });
    expect(positionedCells('18,330.37 一、一般公共服务支出').map((c) => c.text)).toEqual([
      '18,330.37',
      '一、一般公共服务支出',
    ]);
    expect(positionedCells('1. 一般公共预算资金').map((c) => c.text)).toEqual(['1. 一般公共预算资金']);
    expect(positionedCells('2025 年部门预算').map((c) => c.text)).toEqual(['2025 年部门预算']);
  });
});

describe('printed titles', () => {
  it.each([
    ['表一2024年预算收支总表', 'summary', '表一'],
    ['公开 01 表：收支预算总表', 'summary', '公开01表'],
    ['一、2017 年度江苏省高级人民法院部门财政拨款收支预算总表', 'fiscal', null],
    ['《2025年部门财务收支预算总表》', 'summary', null],
    ['2025年预算单位一般公共预算基本支出部门预算经济分类预算表', 'basic-economic', null],
    ['“三公”经费、会议费、培训费支出预算表', 'three-public', null],
    ['2025年单位“三公”经费和机关运行经费预算表', 'three-public', null],
    ['财政拨款支出预算表（功能科目）', 'fiscal-expenditure', null],
    ['政府性基金预算财政拨款支出预算表', 'fund-expenditure', null],
    ['2024年项目支出预算表（上年结转）', 'projects-carryover', null],
  ])('%s → %s', (line, key, number) => {
    const title = readTitle(line)!;
    expect([title.kind?.key, title.number]).toEqual([key, number]);
  });
  it('is not a sentence, a table-of-contents entry or a part heading', () => {
    expect(readTitle('详见附表《财政拨款收支预算总表》，其中一般公共预算18,330.37万元。')).toBeNull();
    expect(readTitle('表一2024年预算收支总表.....\t2')).toBeNull();
    expect(readTitle('第二部分 2018 年度部门预算表')).toBeNull();
  });
  it('reads numbers printed on their own line', () => {
    expect(['预算公开表1', '公开表一', '公开 01 表', '表十二', '附表3'].map(tableNumber)).toEqual([
      '预算公开表1',
      '公开表一',
      '公开01表',
      '表十二',
      '附表3',
    ]);
  });
});

describe('tables from their printed header', () => {
  it('rebuilds a multi-row TAB header and maps synonyms to the column keys', () => {
    const { tables } = parse(
      [
        '2025年一般公共预算支出预算表',
        '单位：万元',
        '项目\t\t本年预算数\t\t\t',
        '科目编码\t科目名称\t小计\t工资福利支出\t商品和服务支出\t结转下年',
        '合计\t\t10.00\t6.00\t4.00\t1.00',
        '2010101\t行政运行\t10.00\t6.00\t4.00\t1.00',
      ].join('\n'),
    );
    const t = tables[0]!;
    expect(t.columns.map((c) => [c.key, c.path.join('/'), c.kind])).toEqual([
      ['code', '项目/科目编码', 'code'],
      ['name', '项目/科目名称', 'text'],
      ['total', '本年预算数/小计', 'amount'],
      ['personnel', '本年预算数/工资福利支出', 'amount'],
      ['public', '本年预算数/商品和服务支出', 'amount'],
      ['c5', '本年预算数/结转下年', 'amount'],
    ]);
    expect(t.rows.map((r) => [r.id, r.kind, r.level])).toEqual([
      ['total', 'total', 0],
      ['2010101', 'item', 3],
    ]);
  });

  it('joins codes split over 类 / 款 / 项 and carries the 类 down (space-aligned text)', () => {
    // Numbers right-aligned at columns 42, 57 and 72, as pdftotext -layout sets them.
    const line = (cells: [number, string][]): string =>
      cells.reduce((text, [at, cell]) => text.padEnd(at - (/[.,]/.test(cell) ? cell.length : 0)) + cell, '');
    const row = (code: [number, string][], name: string, amounts: (string | null)[]): string =>
      line([...code, [16, name], ...amounts.flatMap((a, i): [number, string][] => (a ? [[42 + 15 * i, a]] : []))]);
    const { tables } = parse(
      [
        '                 2025年部门支出预算总表',
        '编制部门：某某局                                单位：元',
        '                       项目                       支出预算',
        line([
          [0, '功能分类科目编码'],
          [16, '功能分类科目名称'],
          [35, '合计'],
          [50, '基本支出'],
          [64, '项目支出'],
        ]),
        line([
          [0, '类'],
          [6, '款'],
          [11, '项'],
        ]),
        row([[0, '201']], '一般公共服务支出', ['1,500,000.00', '500,000.00', '1,000,000.00']),
        row([[6, '13']], '商贸事务', ['1,500,000.00', '500,000.00', '1,000,000.00']),
        row(
          [
            [6, '13'],
            [11, '01'],
          ],
          '行政运行',
          ['500,000.00', '500,000.00', null],
        ),
        line([
          [19, '合计'],
          [42, '1,500,000.00'],
          [57, '500,000.00'],
          [72, '1,000,000.00'],
        ]),
      ].join('\n'),
    );
    const t = tables[0]!;
    expect(t.unit).toBe('元');
    expect(t.rows.map((r) => r.code)).toEqual(['201', '20113', '2011301', null]);
    const col = (key: string) => t.columns.findIndex((c) => c.key === key);
    expect(t.rows[2]!.cells[col('basic')]).toBe('500000.00');
    expect(t.rows[2]!.cells[col('project')]).toBeNull();
    expect(t.rows[3]!.cells[col('total')]).toBe('1500000.00');
  });

  it('keeps a table of no known kind as a generic table, and says a unit is inherited', () => {
    const { tables, warnings } = parse(
      [
        '2025年部门预算收支总表',
        '单位：元',
        '项目\t预算数',
        '收入合计\t1,000.00',
        '2025年政府购买服务预算表',
        '部门：某某局',
        '项目名称\t服务类别\t金额',
        '物业管理\t后勤服务\t2,400.00',
      ].join('\n'),
    );
    expect(tables.map((t) => [t.id, t.key, t.unit])).toEqual([
      ['summary', 'summary', '元'],
      ['table-2', 'generic', '元'],
    ]);
    expect(tables[1]!.columns.map((c) => [c.key, c.path[0]])).toEqual([
      ['c0', '项目名称'],
      ['c1', '服务类别'],
      ['c2', '金额'],
    ]);
    expect(tables[1]!.rows[0]!.cells).toEqual(['物业管理', '后勤服务', '2400.00']);
    // The 收支总表 prints no 收入/支出 above its columns: they keep their printed header, and say so.
    expect(warnings.map((w) => w.code)).toEqual(['table-unknown-columns', 'table-unknown-kind', 'table-unit-missing']);
  });

  it('numbers a second table of a kind, skips a repeated header and page numbers on a continuation page', () => {
    const page = ['项目\t金额', '1.一般公共预算\t5.00', '- 2 -', '\f项目\t金额', '2.政府性基金预算\t3.00'].join('\n');
    const { tables } = parse(
      ['“三公”经费支出预算表', '单位：万元', page, '“三公”经费支出预算表（续表二）', '单位：万元', page].join('\n'),
    );
    expect(tables.map((t) => t.id)).toEqual(['three-public', 'three-public-2']);
    expect(tables[0]!.rows.map((r) => r.label)).toEqual(['1.一般公共预算', '2.政府性基金预算']);
  });
});
