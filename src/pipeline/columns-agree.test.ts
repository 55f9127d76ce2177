/**
 * The columns of every real budget document, two ways: the tables parsed from the PDF
 * reader's output and those parsed from the committed `pdftotext -layout` text
 * (tests/fixtures/real-docs-layout/). Counting amounts cannot see an amount standing under
 * the wrong header; this compares, per table, the ids, the amount columns' keys in order and
 * each row's amount under each key. Every difference is listed; the ones where the -layout
 * parse is the wrong one are in ALLOWED with the page and the reason.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '../schemas/table';
import { readPdfShared } from '../pdf/test-support/cached-read';
import { renderPages } from '../pdf/render';
import { realDocsDir, realDocsMissing, realPdfs } from '../pdf/test-support/real-docs';
import { toLines } from './lines';
import { parseTables } from './tables';

const layoutDir = new URL('../../tests/fixtures/real-docs-layout/', import.meta.url);
const layoutOf = (pdf: string): URL => new URL(`${basename(pdf, '.pdf')}.txt`, layoutDir);
const docs = realPdfs().filter((p) => existsSync(layoutOf(p)));

/**
 * Differences where the reader is right and the -layout parse is wrong (table id →
 * page and why). Read against the printed page.
 */
const ALLOWED: Record<string, Record<string, string>> = {
  'shanghai/2026-putuo-justice-bureau-budget.pdf': {
    general:
      'table 5 一般公共预算支出功能分类预算表: -layout sets 功能分类科目编码 alone on a line above 功能分类科目名称, the header rebuild makes it an amount column c1 and the 类/款/项 codes then split the rows; the reader keeps code | name | 合计 | 基本支出 | 项目支出 as printed',
  },
};

/**
 * Differences not yet read against the page, one `<pdf> <difference>` per line: the list
 * as measured when this test was written. The test fails on any difference not in it and on
 * any entry that no longer occurs, so the list only shrinks as the stages are fixed.
 */
const KNOWN = new URL('../../tests/fixtures/columns-agree-known.txt', import.meta.url);
const known = existsSync(KNOWN)
  ? readFileSync(KNOWN, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
  : [];

function parse(text: string, file: string): Table[] {
  return parseTables(toLines(text), {
    year: Number(basename(file).slice(0, 4)),
    departmentNames: [],
    tocNumbers: new Map(),
  }).tables;
}

const amountKeys = (t: Table): string[] => t.columns.filter((c) => c.kind === 'amount').map((c) => c.key);

/** Every difference between the reader's tables and the -layout tables of one document. */
export function differences(reader: Table[], layout: Table[]): string[] {
  const out: string[] = [];
  const ids = (ts: Table[]): string[] => ts.map((t) => t.id);
  for (const id of ids(reader).filter((i) => !ids(layout).includes(i))) out.push(`${id}: only in the reader`);
  for (const id of ids(layout).filter((i) => !ids(reader).includes(i))) out.push(`${id}: only in -layout`);
  for (const r of reader) {
    const l = layout.find((t) => t.id === r.id);
    if (!l) continue;
    const rk = amountKeys(r);
    const lk = amountKeys(l);
    if (rk.join() !== lk.join()) out.push(`${r.id}: amount columns reader [${rk.join()}] -layout [${lk.join()}]`);
    const cell = (t: Table, row: Table['rows'][number], key: string): string | null =>
      row.cells[t.columns.findIndex((c) => c.key === key)] ?? null;
    const rowIds = [...new Set([...r.rows.map((x) => x.id), ...l.rows.map((x) => x.id)])];
    for (const rowId of rowIds) {
      const rr = r.rows.find((x) => x.id === rowId);
      const lr = l.rows.find((x) => x.id === rowId);
      if (!rr || !lr) {
        out.push(`${r.id}#${rowId}: only in ${rr ? 'the reader' : '-layout'}`);
        continue;
      }
      for (const key of new Set([...rk, ...lk])) {
        const a = cell(r, rr, key);
        const b = cell(l, lr, key);
        if (a !== b) out.push(`${r.id}#${rowId}.${key}: reader ${a} -layout ${b}`);
      }
    }
  }
  return out;
}

const found = new Map<string, { reader: Table[]; layout: Table[] }>();

/** Jiangsu 合计 | “三公”经费 {小计 | 因公出国（境）费 | 公务用车购置及运行维护费 {小计 | 购置费 | 运行维护费} | 公务接待费} | 会议费 | 培训费. */
const JIANGSU_THREE_PUBLIC = [
  'total',
  'three-public',
  'abroad',
  'vehicles',
  'vehicle-purchase',
  'vehicle-operation',
  'reception',
  'meeting',
  'training',
];

describe.skipIf(!realDocsDir)('reader and pdftotext -layout agree on the columns', () => {
  beforeAll(async () => {
    for (const pdf of docs) {
      const read = await readPdfShared(new Uint8Array(readFileSync(join(realDocsDir as string, pdf))));
      found.set(pdf, {
        reader: parse(renderPages(read.pages).text, pdf),
        layout: parse(readFileSync(layoutOf(pdf), 'utf8'), pdf),
      });
    }
  }, 120_000);

  it('covers the 28 budget documents', () => {
    expect(docs).toHaveLength(28);
  });

  it.each(docs)('%s', (pdf) => {
    const { reader, layout } = found.get(pdf)!;
    const allowed = ALLOWED[pdf] ?? {};
    const left = differences(reader, layout).filter((d) => !(d.split(/[:#]/)[0]! in allowed));
    if (process.env.DUMP_DIFFS) appendFileSync(process.env.DUMP_DIFFS, left.map((d) => `${pdf} ${d}\n`).join(''));
    const pinned = known.filter((l) => l.startsWith(`${pdf} `)).map((l) => l.slice(pdf.length + 1));
    expect(left).toEqual(pinned);
  });

  it("three producers (WPS, Excel, PScript): the -layout text gives the reader's tables, no difference left", () => {
    for (const pdf of [
      'shanghai/2026-putuo-justice-bureau-budget.pdf',
      'jiangsu/2018-jiangsu-cppcc-office-budget-tables.pdf',
      'jiangsu/2019-jiangsu-npc-office-budget-tables.pdf',
    ]) {
      const { reader, layout } = found.get(pdf)!;
      const allowed = ALLOWED[pdf] ?? {};
      expect(
        differences(reader, layout).filter((d) => !(d.split(/[:#]/)[0]! in allowed)),
        pdf,
      ).toEqual([]);
    }
    // The 三公 table as printed: 合计 | “三公”经费 {小计 | 因公出国（境）费 | 公务用车购置及运行维护费
    // {小计 | 购置费 | 运行维护费} | 公务接待费} | 会议费 | 培训费.
    const t = found
      .get('jiangsu/2018-jiangsu-cppcc-office-budget-tables.pdf')!
      .layout.find((x) => x.id === 'three-public')!;
    expect(amountKeys(t)).toEqual(JIANGSU_THREE_PUBLIC);
  });

  /** One table of a document as read by the reader or parsed from the -layout text. */
  const tableOf = (pdf: string, side: 'reader' | 'layout', table: string): Table | undefined =>
    found.get(pdf)?.[side].find((t) => t.id === table);
  /** A row's cell under a column key (undefined where the row or the key is missing). */
  const cellUnder = (t: Table | undefined, r: Table['rows'][number] | undefined, key: string) =>
    r?.cells[t?.columns.findIndex((c) => c.key === key) ?? -1];

  /** The row's figures under the given column keys, from the reader or the -layout parse. */
  const figures = (
    pdf: string,
    side: 'reader' | 'layout',
    table: string,
    id: string,
    keys: string[],
  ): (string | null | undefined)[] => {
    const t = tableOf(pdf, side, table);
    const r = t?.rows.find((x) => x.id === id);
    return keys.map((k) => cellUnder(t, r, k));
  };

  /** Rows read by hand on the printed page, one document per producer. */
  const under = (pdf: string, table: string, id: string, key: string): string | null | undefined =>
    figures(pdf, 'reader', table, id, [key])[0];

  it('WPS 表格 (2025 普陀区政府办公室, 2026 普陀区司法局 table 5): 合计, 基本支出, 项目支出 as printed', () => {
    const gov = 'shanghai/2025-putuo-government-office-budget.pdf';
    expect(['total', 'basic', 'project'].map((k) => under(gov, 'general', '2010301', k))).toEqual([
      '12029501.84',
      '11919501.84',
      '110000.00',
    ]);
    expect(['total', 'basic', 'project'].map((k) => under(gov, 'general', 'total', k))).toEqual([
      '91016775.35',
      '24606775.35',
      '66410000.00',
    ]);
    const justice = 'shanghai/2026-putuo-justice-bureau-budget.pdf';
    expect(['code', 'name', 'total', 'basic', 'project'].map((k) => under(justice, 'general', '2040604', k))).toEqual([
      '2040604',
      '基层司法业务',
      '21703947.00',
      '0.00',
      '21703947.00',
    ]);
    expect(['total', 'basic', 'project'].map((k) => under(justice, 'general', '2040601', k))).toEqual([
      '16726725.44',
      '16726725.44',
      '0.00',
    ]);
  });

  it('Excel 2010 (2018 江苏省政协办公厅 tables): 合计/基本支出/项目支出 and 金额 as printed', () => {
    const pdf = 'jiangsu/2018-jiangsu-cppcc-office-budget-tables.pdf';
    const t = found.get(pdf)!.reader.find((x) => x.id === 'expenditure')!;
    // The one-row 支出预算总表: its header row starts with 合计 and is a header, not a total row.
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project', 'reserve', 'c4']);
    expect(t.columns[4]!.path).toEqual(['结转下年资金']);
    expect(t.rows.map((r) => r.cells)).toEqual([['10150.48', '5678.17', '3314.68', '1157.63', null]]);
    expect(under(pdf, 'general', '2010201', 'total')).toBe('4432.78');
  });

  /** The cells of a table's rows under the given column keys (reader or -layout side). */
  const cellsUnder = (side: 'reader' | 'layout', pdf: string, table: string, keys: string[]): (string | null)[][] => {
    const t = tableOf(pdf, side, table)!;
    return t.rows.map((r) => keys.map((k) => cellUnder(t, r, k) ?? null));
  };

  it('Jiangsu 政府采购预算表 (2017 江苏省高级人民法院 表十二, pp. 17–18): rows as printed, wrapped cells joined', () => {
    const pdf = 'jiangsu/2017-jiangsu-high-court-budget.pdf';
    const keys = ['category', 'special', 'economic-class', 'item', 'method', 'total'];
    const reader = cellsUnder('reader', pdf, 'procurement', keys);
    expect(reader.slice(0, 5)).toEqual([
      ['合计', null, null, null, null, '3742.40'],
      ['一、货物A', null, null, null, null, '525.40'],
      [null, '信息网络建设维护费', '信息网络及软件购置更新', null, null, '274.00'],
      [null, null, null, 'PC服务器', '部门集中采购', '24.00'],
      [null, null, null, '其他计算机设备及软件', '政府集中采购', '250.00'],
    ]);
    expect(reader).toContainEqual([null, '交通运行费', '公务用车运行维护费', null, null, '100.00']);
    expect(reader).toContainEqual([null, '江苏法院云平台租赁费', '租赁费', null, null, '1000.00']);
    expect(reader.slice(-3)).toEqual([
      [null, '物业管理费', '物业管理费', null, null, '470.00'],
      [null, null, null, '物业管理服务', '部门集中采购', '430.00'],
      [null, null, null, null, '分散自行组织', '40.00'],
    ]);
    // -layout prints each wrapped cell as pieces above and below its row's line: joined.
    const layout = cellsUnder('layout', pdf, 'procurement', keys);
    expect(layout[2]).toEqual([null, '信息网络建设维护费', '信息网络及软件购置更新', null, null, '274.00']);
    expect(layout[13]).toEqual([null, '交通运行费', '公务用车运行维护费', null, null, '100.00']);
    const amounts = (rows: (string | null)[][]): (string | null)[] => rows.map((r) => r[5]!).filter((v) => v !== null);
    expect(amounts(layout)).toEqual(amounts(reader));
  });

  it('Jiangsu “三公” table (2017 江苏省高级人民法院 表十一): the items as printed columns', () => {
    const pdf = 'jiangsu/2017-jiangsu-high-court-budget.pdf';
    const printed = ['2599.37', '670.12', '180.00', '304.40', null, '304.40', '185.72', '228.00', '1701.25'];
    expect(cellsUnder('reader', pdf, 'three-public', JIANGSU_THREE_PUBLIC)).toEqual([printed]);
  });

  it('Shanghai “三公” table (2026 普陀区司法局 表9, p. 21): 合计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行费 {小计 | 购置费 | 运行费} | 机关运行经费预算数', () => {
    const pdf = 'shanghai/2026-putuo-justice-bureau-budget.pdf';
    const keys = [
      'total',
      'abroad',
      'reception',
      'vehicles',
      'vehicle-purchase',
      'vehicle-operation',
      'admin-operation',
    ];
    expect(cellsUnder('reader', pdf, 'three-public', keys)).toEqual([
      ['10.81', '0', '0.83', '9.98', '0', '9.98', '217.83'],
    ]);
  });

  it('two-sided 收支预算总表 over a page break (2017 江苏省高级人民法院, PDF pp. 11–12)', () => {
    const pdf = 'jiangsu/2017-jiangsu-high-court-budget.pdf';
    const t = found.get(pdf)!.reader.find((x) => x.id === 'summary')!;
    const byLabel = (label: string) => t.rows.find((r) => r.label.includes(label))!;
    const at = (label: string, key: string) => byLabel(label).cells[t.columns.findIndex((c) => c.key === key)];
    // p. 12 prints its first row without a top border: 二、财政专户管理资金 | — | 四、公共安全支出 | 23,513.11
    expect(at('四、公共安全支出', 'income-item')).toBe('二、财政专户管理资金');
    expect(at('四、公共安全支出', 'income')).toBeNull();
    expect(at('四、公共安全支出', 'expenditure-total')).toBe('23513.11');
    expect(at('八、社会保障和就业支出', 'expenditure-total')).toBe('2347.13');
    expect(at('十八、住房保障支出', 'expenditure-total')).toBe('2989.14');
    expect(at('一、基本支出', 'income')).toBe('28849.38');
    expect(at('一、基本支出', 'c5')).toBe('17123.19');
    // 支出合计 is merged over 功能科目名称 | 金额 | 项目名称; its figure stands in the last 金额.
    expect(figures(pdf, 'reader', 'summary', 'total', ['income', 'expenditure-total', 'c5'])).toEqual([
      '28849.38',
      null,
      '28849.38',
    ]);
  });

  it('收支预算总表 continued on a page that rules fewer columns (2017 江苏省人大常委会办公厅, p. 9)', () => {
    const pdf = 'jiangsu/2017-jiangsu-npc-office-budget.pdf';
    // 收入合计 13,649.07 | 支出合计 (merged over three columns) | 13,649.07 under the last 金额.
    expect(figures(pdf, 'reader', 'summary', 'total', ['income', 'expenditure-total', 'c5'])).toEqual([
      '13649.07',
      null,
      '13649.07',
    ]);
  });

  it('财政拨款收支预算总表 whose 收入 | 支出 line ends the page before (2018 江苏省高级人民法院, pp. 10–11)', () => {
    const pdf = 'jiangsu/2018-jiangsu-high-court-budget.pdf';
    const t = found.get(pdf)!.reader.find((x) => x.id === 'fiscal')!;
    expect(t.columns.map((c) => c.key)).toEqual(['income-item', 'income', 'expenditure-item', 'total']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['一、一般公共预算', '33172.15', '一、基本支出', '18570.82'],
      ['二、政府性基金预算', null, '二、项目支出', '11343.27'],
      [null, null, '三、单位预留机动经费', '3258.06'],
      ['收入合计', '33172.15', '支出合计', '33172.15'],
    ]);
  });

  it.each(['reader', 'layout'] as const)(
    'WPS 财政拨款收支预算总表 and 收入预算总表 (2025 普陀区政府办公室 unit, pp. 9 and 13), %s',
    (side) => {
      const pdf = 'shanghai/2025-putuo-government-office-unit-budget.pdf';
      const fiscal = found.get(pdf)![side].find((x) => x.id === 'fiscal')!;
      expect(fiscal.columns.map((c) => c.key)).toEqual([
        'income-item',
        'income',
        'expenditure-item',
        'total',
        'general',
        'fund',
        'state-capital',
      ]);
      const row = (label: string) => fiscal.rows.find((r) => r.label.includes(label))!.cells;
      expect(row('一、一般公共服务支出')).toEqual([
        '一、一般公共预算资金',
        '91016775.35',
        '一、一般公共服务支出',
        '82096797.42',
        '82096797.42',
        null,
        null,
      ]);
      expect(row('四、住房保障支出')).toEqual([null, null, '四、住房保障支出', '3609125.22', '3609125.22', null, null]);
      expect(row('支出总计')).toEqual([
        '收入总计',
        '91016775.35',
        '支出总计',
        '91016775.35',
        '91016775.35',
        null,
        null,
      ]);
      const keys = ['total', 'fiscal', 'business', 'operating', 'other'];
      expect(figures(pdf, side, 'income', '2010301', keys)).toEqual(['12029501.84', '12029501.84', null, null, null]);
      expect(figures(pdf, side, 'income', '2080506', keys)).toEqual(['881579.76', '881579.76', null, null, null]);
    },
  );

  it('PScript5 (2019 江苏省人大常委会办公厅 tables): 合计/基本支出/项目支出 and 金额 as printed', () => {
    const pdf = 'jiangsu/2019-jiangsu-npc-office-budget-tables.pdf';
    const t = found.get(pdf)!.reader.find((x) => x.id === 'expenditure')!;
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project', 'reserve', 'c4']);
    expect(t.rows.map((r) => r.cells)).toEqual([['18330.37', '9312.90', '6459.58', '2557.89', null]]);
    expect(under(pdf, 'general', '2010101', 'total')).toBe('7448.20');
  });
  it('支出预算总表 (2018 江苏省高级人民法院, page 10): 合计 | 基本支出 | 项目支出 | 单位预留机动经费 | 结转下年资金, both sources', () => {
    const pdf = 'jiangsu/2018-jiangsu-high-court-budget.pdf';
    const printed = ['33172.15', '18570.82', '11343.27', '3258.06', null];
    for (const side of ['reader', 'layout'] as const) {
      const t = found.get(pdf)![side].find((x) => x.id === 'expenditure')!;
      expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project', 'reserve', 'c4']);
      expect(t.rows.map((r) => r.cells)).toEqual([printed]);
    }
  });

  /** [row id, label, …amounts under keys] as printed, from both sources. */
  const expectRows = (pdf: string, table: string, keys: string[], printed: (string | null)[][]): void => {
    for (const side of ['reader', 'layout'] as const) {
      const t = tableOf(pdf, side, table)!;
      for (const [id, ...cells] of printed) {
        const r = t.rows.find((x) => x.id === id);
        expect([side, id, r?.label, ...keys.map((k) => cellUnder(t, r, k))]).toEqual([side, id, ...cells]);
      }
    }
  };

  it('经济分类 (2026 普陀区司法局 单位预算, pages 18–19): 类 | 款 codes joined, 30101 an item under 301', () => {
    const pdf = 'shanghai/2026-putuo-justice-bureau-unit-budget.pdf';
    expectRows(
      pdf,
      'basic-economic',
      ['total', 'personnel', 'public'],
      [
        ['301', '工资福利支出', '19806781.00', '19806781.00', '0.00'],
        ['30101', '基本工资', '2486040.00', '2486040.00', '0.00'],
        ['30108', '机关事业单位基本养老保险缴费', '1572307.00', '1572307.00', '0.00'],
        ['302', '商品和服务支出', '1831480.34', '0.00', '1831480.34'],
        ['30211', '差旅费', '90000.00', '0.00', '90000.00'],
        ['30228', '工会经费', '227810.34', '0.00', '227810.34'],
        ['30302', '退休费', '466200.00', '466200.00', '0.00'],
        ['31002', '办公设备购置', '14400.00', '0.00', '14400.00'],
        ['total', '合计', '22118861.34', '20272981.00', '1845880.34'],
      ],
    );
    const rows = found.get(pdf)!.reader.find((x) => x.id === 'basic-economic')!.rows;
    expect(['301', '30101', '310', '31002'].map((id) => rows.find((r) => r.id === id)?.kind)).toEqual([
      'subtotal',
      'item',
      'subtotal',
      'item',
    ]);
  });

  it('经济科目 (2019 江苏省人民检察院, pages 18–19): 合 计 spaced, a name wrapped in its cell, the page break', () => {
    const pdf = 'jiangsu/2019-jiangsu-procuratorate-budget.pdf';
    expectRows(
      pdf,
      'basic-economic',
      ['total'],
      [
        ['total', '合计', '15844.04'],
        ['301', '工资福利支出', '11960.62'],
        ['30102', '津贴补贴', '6372.51'],
        ['30103', '奖金', '180.14'],
        ['30108', '机关事业单位基本养老保险缴费', '1064.46'],
        ['30109', '职业年金缴费', '425.79'],
        ['302', '商品和服务支出', '2391.92'],
        ['30309', '奖励金', '1.05'],
      ],
    );
  });

  it('机关运行经费 (2017 江苏省人民检察院, page 15): 科目编码 | 科目名称 | 机关运行经费支出 as code, name, total', () => {
    const pdf = 'jiangsu/2017-jiangsu-procuratorate-budget.pdf';
    for (const side of ['reader', 'layout'] as const) {
      const t = found.get(pdf)![side].find((x) => x.id === 'admin-operation')!;
      expect([side, ...t.columns.map((c) => c.key)]).toEqual([side, 'code', 'name', 'total']);
    }
    expectRows(
      pdf,
      'admin-operation',
      ['total'],
      [
        ['total', '合计', '6032.55'],
        ['302', '商品和服务支出', '5890.55'],
        ['30201', '办公费', '138.00'],
        ['30209', '物业管理费', '390.00'],
        ['30211', '差旅费', '1070.00'],
        ['30215', '会议费', '168.00'],
      ],
    );
  });
});

if (!realDocsDir) console.warn(realDocsMissing);
