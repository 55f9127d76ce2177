import type { Report, Table } from '../../schemas';
import type { ChartModel, ProportionBar, ProportionData } from '../model';
import { compareDecimal, formatAmount, isDecimal, isZero, percent, sum } from '../numbers';
import { cellOf, emptyReason, findTable, tableSource, totalRow } from '../report-tables';

/**
 * Two proportion bars: basic vs project expenditure (total row of the `expenditure` table)
 * and personnel vs public funds (total row of the `basic-economic` table).
 */

interface Pair {
  title: string;
  table: Table | undefined;
  tableName: string;
  parts: { column: string; name: string }[];
}

function barOf(pair: Pair, notes: string[]): ProportionBar | null {
  const { table } = pair;
  const reason = emptyReason(table, pair.tableName);
  if (reason || !table) {
    notes.push(`${pair.title}：${reason}`);
    return null;
  }
  const total = totalRow(table);
  if (!total) {
    notes.push(`${pair.title}：${pair.tableName}没有合计行。`);
    return null;
  }
  const cells = pair.parts.map((p) => cellOf(table, total, p.column) ?? null);
  if (cells.every((c) => isZero(c))) {
    notes.push(`${pair.title}：${pair.tableName}合计行的各项均为 0 或空白。`);
    return null;
  }
  const values = cells.map((c) => (isDecimal(c) ? c : '0'));
  const whole = sum(values);
  if (compareDecimal(whole, '0') <= 0) {
    notes.push(`${pair.title}：合计不为正数，无法画出比例。`);
    return null;
  }
  if (cells.some((c) => c === null)) notes.push(`${pair.title}：“—”表示表中该格空白，按 0 计。`);
  const printedTotal = cellOf(table, total, 'total');
  if (isDecimal(printedTotal) && compareDecimal(printedTotal, whole) !== 0) {
    notes.push(
      `${pair.title}：${pair.parts.map((p) => p.name).join('与')}之和为 ${formatAmount(whole)}，表中合计为 ${formatAmount(printedTotal)}；比例按两项之和计算。`,
    );
  }
  return {
    title: pair.title,
    totalLabel: formatAmount(isDecimal(printedTotal) ? printedTotal : whole),
    parts: pair.parts.map((p, i) => ({
      name: p.name,
      value: values[i]!,
      label: cells[i] === null ? '—' : formatAmount(cells[i]),
      share: percent(values[i]!, whole) ?? '0.00',
    })),
  };
}

export function balanceChart(report: Report): ChartModel<ProportionData> {
  const expenditure = findTable(report, 'expenditure');
  const economic = findTable(report, 'basic-economic');
  const notes: string[] = [];
  const bars = [
    barOf(
      {
        title: '基本支出与项目支出',
        table: expenditure,
        tableName: '部门预算支出总表',
        parts: [
          { column: 'basic', name: '基本支出' },
          { column: 'project', name: '项目支出' },
        ],
      },
      notes,
    ),
    barOf(
      {
        title: '基本支出中的人员经费与公用经费',
        table: economic,
        tableName: '基本支出经济分类表',
        parts: [
          { column: 'personnel', name: '人员经费' },
          { column: 'public', name: '公用经费' },
        ],
      },
      notes,
    ),
  ].filter((b): b is ProportionBar => b !== null);
  const sources = [expenditure, economic].filter((t): t is Table => t !== undefined).map(tableSource);
  const base = {
    title: `${report.year}年支出构成：基本支出与项目支出、人员经费与公用经费`,
    unit: '万元' as const,
    source: sources.length > 0 ? sources.join('、') : null,
  };
  if (bars.length === 0) {
    return {
      ...base,
      notes: [],
      summary: `没有可画出的支出构成数据。${notes.join('')}`,
      table: null,
      status: 'empty',
      reason: notes.join('') || '没有支出表。',
    };
  }
  notes.push('占比按表中金额计算，保留两位小数。');
  const summary =
    bars
      .map(
        (b) =>
          `${b.title}（合计 ${b.totalLabel} 万元）：${b.parts.map((p) => `${p.name} ${p.label} 万元，占 ${p.share}%`).join('；')}`,
      )
      .join('。') + '。';
  return {
    ...base,
    notes,
    summary,
    table: {
      head: ['项目', '金额', '占比（%）'],
      rows: bars.flatMap((b) => b.parts.map((p) => ({ th: `${b.title}：${p.name}`, cells: [p.label, p.share] }))),
      numeric: [true, true],
    },
    status: 'ok',
    data: { bars },
  };
}
