import type { BarChartData, DataTable } from '../model';
import { compareDecimal, formatAmount, isDecimal, sum } from '../numbers';

/** Single-series bars sorted by amount, largest first, the rest summarised in a note. */

export interface SortedItem {
  label: string;
  /** Printed cell (null = blank). */
  value: string | null;
  /** Extra columns for the accessible table (e.g. the economic class). */
  extra?: string[];
}

export interface SortedResult {
  data: BarChartData;
  table: DataTable;
  shown: SortedItem[];
  rest: SortedItem[];
  restSum: string;
}

/** Stable sort: amount descending, blanks last, ties in table order. */
export function sortByAmount(items: SortedItem[]): SortedItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const av = a.item.value;
      const bv = b.item.value;
      if (!isDecimal(av) || !isDecimal(bv)) return (isDecimal(av) ? 0 : 1) - (isDecimal(bv) ? 0 : 1) || a.i - b.i;
      return compareDecimal(bv, av) || a.i - b.i;
    })
    .map((x) => x.item);
}

export function sortedBars(
  items: SortedItem[],
  opts: { max: number; series: string; head: string[]; extraHead?: string[] },
): SortedResult {
  const sorted = sortByAmount(items);
  const shown = sorted.slice(0, opts.max);
  const rest = sorted.slice(opts.max);
  const restSum = sum(rest.map((r) => (isDecimal(r.value) ? r.value : '0')));
  const show = (v: string | null): string => (v === null ? '—' : formatAmount(v));
  const extraHead = opts.extraHead ?? [];
  const rows: DataTable['rows'] = shown.map((item) => ({
    th: item.label,
    cells: [...(item.extra ?? []), show(item.value)],
  }));
  if (rest.length > 0) {
    rows.push({ th: `其余 ${rest.length} 项合计`, cells: [...extraHead.map(() => ''), formatAmount(restSum)] });
  }
  return {
    shown,
    rest,
    restSum,
    data: {
      series: [{ name: opts.series, style: 'solid' }],
      rows: shown.map((item) => ({
        label: item.label,
        note: null,
        bars: [{ value: item.value, label: show(item.value) }],
      })),
    },
    table: { head: [...opts.head, ...extraHead, '金额'], rows, numeric: [...extraHead.map(() => false), true] },
  };
}
