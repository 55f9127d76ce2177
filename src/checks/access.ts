import { FA_TABLE_TITLES, type Figure, type Report, type Row, type Table, type TableKey } from '../schemas';
import { totalsRow } from '../charts/report-tables';
import { toWan, type Ref } from './compare';

/** Reading tables and narrative figures of a report as `Ref`s that point back to their source. */

export const TABLE_NAMES: Record<TableKey, string> = {
  summary: '收支总表',
  income: '收入总表',
  expenditure: '支出总表',
  fiscal: '财政拨款收支总表',
  general: '一般公共预算支出表',
  'basic-economic': '基本支出经济科目表',
  'fund-income': '政府性基金收入表',
  'fund-expenditure': '政府性基金支出表',
  'state-capital': '国有资本经营预算表',
  'three-public': '“三公”经费表',
  'admin-operation': '机关运行经费表',
  projects: '项目支出表（本年）',
  'projects-carryover': '项目支出表（上年结转）',
  'fiscal-expenditure': '财政拨款支出表',
  'fiscal-basic': '财政拨款基本支出表',
  procurement: '政府采购预算表',
  generic: '其他表格',
  ...FA_TABLE_TITLES,
};

/** The name a check uses for a table: its standard name, or its printed title when it has none. */
export const tableName = (table: Table): string => (table.key === 'generic' ? table.title : TABLE_NAMES[table.key]);

export const tableOf = (report: Report, key: TableKey): Table | undefined => report.tables.find((t) => t.key === key);

export const columnIndex = (table: Table, key: string): number => table.columns.findIndex((c) => c.key === key);

export const hasColumn = (table: Table, key: string): boolean => columnIndex(table, key) >= 0;

/** Remove the "一、" numbering, spaces and the "①" marks of printed labels. */
export const plainLabel = (label: string): string =>
  label
    .replace(/\s+/g, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^[①②③④⑤⑥⑦⑧⑨]/, '');

/** The name of a row as it reads next to a given column (收支总表 rows carry two items). */
export function rowName(table: Table, row: Row, columnKey?: string): string {
  const at = columnKey === undefined ? table.columns.length : columnIndex(table, columnKey);
  let text: string | null = null;
  for (let i = Math.min(at, table.columns.length) - 1; i >= 0 && text === null; i--) {
    const column = table.columns[i]!;
    if (column.kind === 'text' && row.cells[i]) text = row.cells[i]!;
  }
  text ??= row.label.split(' | ')[0] ?? row.label;
  return row.code ? `${row.code} ${plainLabel(text)}` : plainLabel(text);
}

export function columnName(table: Table, columnKey: string): string {
  const column = table.columns[columnIndex(table, columnKey)];
  if (!column) return columnKey;
  // Drop year-only header parts ("2024年预算数") that every amount column shares.
  const parts = column.path
    .map((p) => p.replace(/^\d{4}年?/, ''))
    .filter((p) => p !== '' && p !== '预算数' && p !== '金额');
  return (parts.length > 0 ? parts : column.path).join('·');
}

/** A cell as a Ref: "支出总表 201 一般公共服务支出（基本支出）". */
export function cellRef(table: Table, row: Row, columnKey: string, label?: string): Ref {
  const i = columnIndex(table, columnKey);
  const printed = i >= 0 ? (row.cells[i] ?? null) : null;
  // Compared in 万元 with the step of the printed digits: a table printed in 元 and one in 万元 compare correctly.
  const wan = printed !== null && /^-?\d+(\.\d+)?$/.test(printed) ? toWan(printed, table.unit) : null;
  return {
    label: label ?? `${tableName(table)} ${rowName(table, row, columnKey)}（${columnName(table, columnKey)}）`,
    value: wan?.value ?? null,
    ...(wan ? { step: wan.step } : {}),
    table: table.key,
    tableId: table.id,
    rowId: row.id,
    column: columnKey,
    line: row.sourceLines[0],
    ...(i < 0 ? { unread: `${tableName(table)}没有可识别的“${columnKey}”栏（表头未能对应到词表）。` } : {}),
  };
}

export const isBlankRow = (table: Table, row: Row): boolean =>
  table.columns.every((c, i) => c.kind !== 'amount' || row.cells[i] === null || row.cells[i] === undefined);

/** Rows whose name (any text cell, numbering removed) is one of `names`. */
export function findRow(table: Table, names: (string | RegExp)[], columnKey?: string): Row | undefined {
  const matches = (text: string): boolean =>
    names.some((n) => (typeof n === 'string' ? plainLabel(text) === plainLabel(n) : n.test(plainLabel(text))));
  return table.rows.find((row) => {
    if (columnKey === undefined) return row.label.split(' | ').some(matches);
    return matches(rowName(table, row, columnKey).replace(/^\d+ /, ''));
  });
}

/**
 * The row carrying a table's totals: its 合计 row, or the single row of a table that prints only
 * totals (Jiangsu's 支出预算总表, 三公 tables with the items as columns). The same reading as
 * the charts and main figures.
 */
export const totalRow = (table: Table): Row | undefined => totalsRow(table);

/** A narrative figure with the section it was read in. */
export interface SectionFigure extends Figure {
  section: string;
  /** index of the figure within its section */
  index: number;
}

export function narrativeFigures(report: Report): SectionFigure[] {
  return report.narrative.flatMap((s) => s.figures.map((f, index) => ({ ...f, section: s.number, index })));
}

export const figureRef = (f: Figure, label: string): Ref => ({
  label,
  value: f.value,
  unit: f.unit,
  line: f.line,
});

/** Normalised name for matching project names across tables and KPI forms. */
export const normalizeName = (name: string): string =>
  name
    .replace(/[\s“”"'‘’《》<>]/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[—–-]+/g, '-')
    .replace(/[，,、]/g, ',');

function lcs(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(prev[j]!, prev[j - 1]!);
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** Similarity of two names in [0, 1]: 1 for equal, high for one-character OCR slips. */
export function nameSimilarity(a: string, b: string): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === y) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  if (x.includes(y) || y.includes(x)) return 0.9;
  return lcs(x, y) / Math.max(x.length, y.length);
}

/**
 * Pair names of two lists: exact matches first, then the most similar pairs above
 * `threshold`, each name used at most once. Returns, for each left item, the index of its
 * right partner or -1.
 */
export function matchNames(left: string[], right: string[], threshold = 0.8): number[] {
  const pairs: { i: number; j: number; score: number }[] = [];
  left.forEach((a, i) =>
    right.forEach((b, j) => {
      const score = nameSimilarity(a, b);
      if (score >= threshold) pairs.push({ i, j, score });
    }),
  );
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const result = left.map(() => -1);
  const used = new Set<number>();
  for (const { i, j } of pairs) {
    if (result[i] !== -1 || used.has(j)) continue;
    result[i] = j;
    used.add(j);
  }
  return result;
}
