import { describe, expect, it } from 'vitest';
import type { Table } from '../schemas';
import { cellsOf } from './lines';
import { parseTables, tocTableNumbers } from './tables';
import { seedParts, type SeedId } from './test-support/seeds';

const YEAR: Record<string, number> = { '000': 2024, '001': 2023, '003': 2024, '004': 2024 };
const DEPARTMENT: Record<string, string> = {
  '000': '山西转型综合改革示范区晋中开发区产业规划与创新发展部',
  '001': '山西转型综合改革示范区新材料产业招商服务中心',
  '003': '晋城经济技术开发区经济发展与安全监管部',
  '004': '山西转型综合改革示范区晋中开发区行政审批局',
};

function tablesOf(id: Exclude<SeedId, '002'>) {
  const parts = seedParts(id);
  return {
    parts,
    ...parseTables(parts.tables, {
      year: YEAR[id]!,
      departmentNames: [DEPARTMENT[id]!],
      tocNumbers: tocTableNumbers(parts.toc),
    }),
  };
}

const table = (tables: Table[], key: Table['key']): Table => tables.find((t) => t.key === key)!;
const cell = (t: Table, rowId: string, column: string): string | null => {
  const row = t.rows.find((r) => r.id === rowId)!;
  return row.cells[t.columns.findIndex((c) => c.key === column)]!;
};

// Row counts and totals read from the source texts by eye (table by table).
const ROW_COUNTS: Record<Exclude<SeedId, '002'>, Partial<Record<Table['key'], number>>> = {
  '000': {
    summary: 33,
    income: 6,
    expenditure: 6,
    fiscal: 36,
    general: 6,
    'basic-economic': 12,
    'fund-income': 1,
    'fund-expenditure': 1,
    'state-capital': 1,
    'three-public': 6,
    'admin-operation': 1,
    projects: 10,
    'projects-carryover': 0,
  },
  '001': {
    summary: 33,
    income: 8,
    expenditure: 8,
    fiscal: 36,
    general: 8,
    'basic-economic': 7,
    'fund-income': 1,
    'fund-expenditure': 1,
    'state-capital': 8,
    'three-public': 6,
    'admin-operation': 1,
    projects: 5,
    'projects-carryover': 0,
  },
  '003': {
    summary: 33,
    income: 35,
    expenditure: 35,
    fiscal: 36,
    general: 35,
    'basic-economic': 19,
    'fund-income': 1,
    'fund-expenditure': 1,
    'state-capital': 1,
    'three-public': 6,
    'admin-operation': 1,
    projects: 20,
    'projects-carryover': 6,
  },
  '004': {
    summary: 33,
    income: 10,
    expenditure: 10,
    fiscal: 36,
    general: 10,
    'basic-economic': 1,
    'fund-income': 1,
    'fund-expenditure': 1,
    'state-capital': 1,
    'three-public': 6,
    'admin-operation': 1,
    projects: 12,
    'projects-carryover': 0,
  },
};

describe.each(Object.keys(ROW_COUNTS) as Exclude<SeedId, '002'>[])('seed %s tables', (id) => {
  const { tables, parts } = tablesOf(id);

  it('finds the 13 standard tables in source order', () => {
    expect(tables.map((t) => t.key)).toEqual(Object.keys(ROW_COUNTS[id]));
  });

  it('has every row the source prints', () => {
    for (const t of tables) expect([t.key, t.rows.length]).toEqual([t.key, ROW_COUNTS[id][t.key]]);
  });

  it('leaves no source line with an amount or a classification code outside a row', () => {
    const covered = new Set(tables.flatMap((t) => t.rows.flatMap((r) => range(r.sourceLines))));
    const dataLines = parts.tables.filter((l) => {
      const cells = cellsOf(l);
      return /^\d{3}(\d{2}){0,2}$/.test(cells[0] ?? '') || cells.some((c) => /^\d[\d, ]*\.\s?\d{2}$/.test(c));
    });
    expect(dataLines.filter((l) => !covered.has(l.n)).map((l) => l.n)).toEqual([]);
  });

  it('gives unique row anchors within each table', () => {
    for (const t of tables) expect(new Set(t.rows.map((r) => r.id)).size).toBe(t.rows.length);
  });
});

const range = ([a, b]: [number, number]): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('figures read from the sources', () => {
  it('000: totals, 三公 and the wrapped department row', () => {
    const { tables } = tablesOf('000');
    expect(cell(table(tables, 'income'), 'total', 'total')).toBe('432.54');
    expect(cell(table(tables, 'expenditure'), '2011308', 'project')).toBe('409.50');
    expect(cell(table(tables, 'expenditure'), '2011301', 'project')).toBeNull();
    const threePublic = table(tables, 'three-public');
    expect(threePublic.rows.map((r) => [r.label, r.cells[1]])).toEqual([
      ['因公出国（境）费', '15.00'],
      ['公务接待费', '15.00'],
      ['公务用车购置及运行费', '3.00'],
      ['①公务用车购置费', null],
      ['②公务用车运行维护费', '3.00'],
      ['合计', '33.00'],
    ]);
    const projects = table(tables, 'projects');
    expect(projects.rows[0]).toMatchObject({
      label: '山西转型综合改革示范区晋中开发区产业规划与创新发展部',
      kind: 'subtotal',
      sourceLines: [298, 299],
    });
    expect(projects.rows.at(-1)).toMatchObject({
      label: '招商引资工作经费',
      cells: ['招商引资工作经费', '16.50', '16.50', null, null, null, null],
    });
    // Department, then its single budget unit under the same name, then the projects.
    expect(projects.rows.map((r) => r.level)).toEqual([1, 2, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(table(tables, 'fiscal').number).toBe('表四');
    expect(table(tables, 'summary').number).toBe('预算公开表1');
    expect(table(tables, 'projects-carryover').empty).toBe(true);
  });

  it('001: spaced digits and the 2023 table names', () => {
    const { tables } = tablesOf('001');
    const general = table(tables, 'general');
    expect(general.title).toBe('2023年一般公共预算支出预算表（不含上年结转）');
    expect(general.rows[0]!.cells).toEqual(['合计', null, '14101.87', '7.57', '14094.30']);
    expect(table(tables, 'three-public').title).toBe('2023年一般公共预算“三公”经费支出预算表');
    expect(table(tables, 'admin-operation').title).toBe('2023年机关运行经费预算财政拨款情况统计表');
    expect(cell(table(tables, 'summary'), 'r6', 'expenditure-total')).toBe('14000.00');
    const stateCapital = table(tables, 'state-capital');
    expect(stateCapital.empty).toBe(true);
    expect(stateCapital.rows[0]!.cells).toEqual(['合计', null, '0.00', null, null, '0.00', '0.00', '0.00']);
  });

  it('003: carry-over column, the hierarchy of codes and the economic classes', () => {
    const { tables } = tablesOf('003');
    const income = table(tables, 'income');
    expect(income.rows[0]!.cells).toEqual(['合计', null, '2178.49', '2178.49', null, null, null, null, '105.00']);
    expect(cell(income, '2150805', 'carryover')).toBe('105.00');
    expect(income.rows.filter((r) => r.level === 1).map((r) => r.code)).toEqual([
      '201',
      '203',
      '208',
      '210',
      '215',
      '216',
      '221',
      '224',
    ]);
    const expenditure = table(tables, 'expenditure');
    expect([
      cell(expenditure, 'total', 'total'),
      cell(expenditure, 'total', 'basic'),
      cell(expenditure, 'total', 'project'),
    ]).toEqual(['2283.49', '412.03', '1871.46']);
    const economic = table(tables, 'basic-economic');
    expect(economic.rows.filter((r) => r.kind === 'subtotal').map((r) => r.label)).toEqual([
      '工资福利支出',
      '商品和服务支出',
      '对个人和家庭的补助',
    ]);
    expect(table(tables, 'three-public').empty).toBe(true);
    expect(table(tables, 'projects-carryover').rows.map((r) => r.cells[1])).toEqual([
      '105.00',
      '105.00',
      '20.00',
      '60.00',
      '5.00',
      '20.00',
    ]);
  });

  it('004: markdown headings and watermarks do not disturb the tables', () => {
    const { tables } = tablesOf('004');
    expect(cell(table(tables, 'general'), 'total', 'basic')).toBe('18.37');
    expect(cell(table(tables, 'general'), 'total', 'project')).toBe('187.62');
    expect(table(tables, 'basic-economic').empty).toBe(true);
    expect(cell(table(tables, 'three-public'), 'total', 'total')).toBe('3.00');
  });
});
