import type { Figure, Report, Row } from '../../schemas';
import type { BarChartData, BarRow, ChartModel, DataTable } from '../model';
import { formatAmount, isZero, minus } from '../numbers';
import { cellOf, emptyReason, findTable, tableSource, totalRow } from '../report-tables';
import { itemColumns, type ThreePublicItem as ItemKey } from '../../lib/three-public-items';
import { figuresWith, normalizeSubject, statesUnchanged } from './narrative';

/**
 * 三公 breakdown: this year from the `three-public` table; last year derived from the
 * narrative's stated change (last year = this year − change), never shown where no change
 * is stated.
 */

interface Item {
  key: ItemKey;
  name: string;
  row: RegExp;
  subject: RegExp;
}

const ABROAD: Item = { key: 'abroad', name: '因公出国（境）费', row: /^因公出国/, subject: /^因公出国/ };
const RECEPTION: Item = { key: 'reception', name: '公务接待费', row: /^公务接待/, subject: /^公务接待/ };
const PURCHASE: Item = {
  key: 'vehicle-purchase',
  name: '公务用车购置费',
  row: /^公务用车购置费$/,
  subject: /^公务用车购置费$/,
};
const OPERATION: Item = {
  key: 'vehicle-operation',
  name: '公务用车运行维护费',
  row: /^公务用车运行(维护)?费$/,
  subject: /^公务用车运行维护费$/,
};
const VEHICLES: Item = {
  key: 'vehicles',
  name: '公务用车购置及运行费',
  row: /^公务用车购置及运行(维护)?费$/,
  subject: /^公务用车购置及运行(维护)?费$/,
};

const plainLabel = (row: Row): string => row.label.replace(/^[①②③\s]+/, '').trim();

export interface ThreePublicItem {
  name: string;
  /** This year's cell as printed (null = blank). */
  current: string | null;
  /** Stated change, signed ("-20.00"), or null when the narrative states none. */
  change: string | null;
  /** How the change was stated. */
  changeKind: 'stated' | 'unchanged' | 'none';
  /** Derived last-year amount, or null. */
  previous: string | null;
}

export interface ThreePublicFacts {
  year: number;
  items: ThreePublicItem[];
  total: ThreePublicItem | null;
}

function signed(f: Figure): string {
  return f.sign === '-' ? `-${f.value}` : f.value;
}

function changeFor(
  report: Report,
  matches: (f: Figure) => boolean,
  changeClaim: 'three-public-item-change' | 'three-public-change',
  amountClaim: 'three-public-item' | 'three-public-total',
): Pick<ThreePublicItem, 'change' | 'changeKind'> {
  const change = figuresWith(report, changeClaim).find((f) => matches(f) && f.sign !== null);
  if (change) return { change: signed(change), changeKind: 'stated' };
  const amount = figuresWith(report, amountClaim).find(matches);
  if (amount && statesUnchanged(report, amount)) return { change: '0', changeKind: 'unchanged' };
  return { change: null, changeKind: 'none' };
}

function withPrevious(item: Omit<ThreePublicItem, 'previous'>): ThreePublicItem {
  if (item.change === null) return { ...item, previous: null };
  // A blank cell counts as 0 (printed to two places like the table's amounts).
  const current = item.current ?? '0.00';
  if (item.changeKind === 'unchanged') return { ...item, previous: current };
  return { ...item, previous: minus(current, item.change) };
}

/** The facts behind the chart: exported for tests and the compare page. */
export function threePublicFacts(report: Report): ThreePublicFacts | null {
  const table = findTable(report, 'three-public');
  if (!table) return null;
  const rows = table.rows.filter((r) => r.kind !== 'total');
  const byColumn = itemColumns(table);
  // Items as rows: the item's row, 合计 column; items as columns: the row of figures, the item's column.
  const cellFor = (item: Item): { row: Row; column: string } | undefined => {
    if (byColumn)
      return table.columns.some((c) => c.key === item.key) ? { row: byColumn.row, column: item.key } : undefined;
    const row = rows.find((r) => item.row.test(plainLabel(r)));
    return row ? { row, column: 'total' } : undefined;
  };
  const hasSplit = cellFor(PURCHASE) !== undefined || cellFor(OPERATION) !== undefined;
  const items = [ABROAD, RECEPTION, ...(hasSplit ? [PURCHASE, OPERATION] : [VEHICLES])]
    .map((item) => ({ item, at: cellFor(item) }))
    .filter((x): x is { item: Item; at: { row: Row; column: string } } => x.at !== undefined)
    .map(({ item, at }) =>
      withPrevious({
        name: item.name,
        current: cellOf(table, at.row, at.column) ?? null,
        ...changeFor(
          report,
          (f) => f.subject !== null && item.subject.test(normalizeSubject(f.subject)),
          'three-public-item-change',
          'three-public-item',
        ),
      }),
    );
  const total = byColumn ? byColumn.row : totalRow(table);
  const totalColumn = byColumn ? byColumn.column('total') : 'total';
  return {
    year: report.year,
    items,
    total: total
      ? withPrevious({
          name: '合计',
          current: cellOf(table, total, totalColumn) ?? null,
          ...changeFor(report, () => true, 'three-public-change', 'three-public-total'),
        })
      : null,
  };
}

const show = (v: string | null): string => (v === null ? '—' : formatAmount(v));

function changeText(item: ThreePublicItem): string {
  if (item.changeKind === 'none' || item.change === null) return '说明未给出与上年的增减';
  if (item.changeKind === 'unchanged') return '与上年相同';
  return item.change.startsWith('-')
    ? `比上年减少 ${formatAmount(item.change.slice(1))}`
    : `比上年增加 ${formatAmount(item.change)}`;
}

function table(facts: ThreePublicFacts): DataTable {
  const rows = [...facts.items, ...(facts.total ? [facts.total] : [])].map((item) => ({
    th: item.name,
    cells: [show(item.current), show(item.previous), changeText(item)],
  }));
  return {
    head: ['项目', `${facts.year}年预算数`, `${facts.year - 1}年（推算）`, '与上年相比（情况说明）'],
    rows,
    numeric: [true, true, false],
  };
}

export function threePublicChart(report: Report): ChartModel<BarChartData> {
  const source = findTable(report, 'three-public');
  const facts = threePublicFacts(report);
  const year = report.year;
  const base = {
    title: `“三公”经费：${year}年预算与上年对比`,
    unit: '万元' as const,
    source: source ? tableSource(source) : null,
  };
  const reason = emptyReason(source, '“三公”经费预算表');
  if (reason || !facts || facts.items.length === 0) {
    return {
      ...base,
      notes: [],
      summary: `${year}年没有可画出的“三公”经费数据：${reason ?? '表中没有“三公”经费项目。'}`,
      table: null,
      status: 'empty',
      reason: reason ?? '“三公”经费预算表中没有可识别的项目。',
    };
  }
  const allZero = facts.items.every((i) => isZero(i.current) && isZero(i.previous));
  const rows: BarRow[] = facts.items.map((item) => ({
    label: item.name,
    note: changeText(item),
    bars: [
      { value: item.current, label: show(item.current) },
      item.previous === null
        ? { value: null, label: '上年数未说明' }
        : { value: item.previous, label: show(item.previous) },
    ],
  }));
  const notes = [`上年数由情况说明所述的增减额推算（上年 = 本年 − 增减额），原文件未直接列出。`];
  if (facts.items.some((i) => i.changeKind === 'unchanged')) {
    notes.push('情况说明称“与上年预算数相同”的项目，上年数等于本年数。');
  }
  const missing = facts.items.filter((i) => i.changeKind === 'none').map((i) => i.name);
  if (missing.length > 0) notes.push(`${missing.join('、')}：情况说明未给出与上年的增减，不显示上年数。`);
  if (facts.items.some((i) => i.current === null)) notes.push('“—”表示表中该项空白，推算上年数时按 0 计。');

  const total = facts.total;
  const totalText = total
    ? `${year}年“三公”经费预算合计 ${show(total.current)} 万元，${changeText(total)}${total.change !== null && total.changeKind === 'stated' ? ' 万元' : ''}。`
    : '';
  const summary =
    totalText +
    facts.items
      .map(
        (i) =>
          `${i.name} ${i.current === null ? '空白' : `${show(i.current)} 万元`}${i.previous === null ? '（上年数未说明）' : `（上年推算 ${show(i.previous)} 万元）`}`,
      )
      .join('；') +
    '。';
  const data: BarChartData = {
    series: [
      { name: `${year}年预算`, style: 'solid' },
      { name: `${year - 1}年（推算）`, style: 'hatch' },
    ],
    rows,
  };
  if (allZero) {
    return {
      ...base,
      notes,
      summary,
      table: table(facts),
      status: 'empty',
      reason: '各项“三公”经费本年和上年均为 0 或空白。',
    };
  }
  return { ...base, notes, summary, table: table(facts), status: 'ok', data };
}
