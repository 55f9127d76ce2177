import type { Row, Table } from '../schemas';
import { cellRef, columnName, findRow, TABLE_NAMES, tableOf, totalRow } from './access';
import { atMostCheck, notApplicable, sumCheck, type Ref } from './compare';
import { metaOf, subjectId, type CheckDefinition } from './define';
import type { CheckResult } from './schema';
import { itemColumns, type ThreePublicItem } from '../lib/three-public-items';

/** 三公经费: the total and the vehicles line add up; the basic-expenditure part fits inside. */

const ABROAD = /^因公出国[（(]境[)）]费(用)?$/;
const RECEPTION = /^公务接待费$/;
const VEHICLES = /^公务用车购置及运行(维护)?费$/;
const PURCHASE = /^公务用车购置费$/;
const OPERATION = /^公务用车运行(维护)?费$/;

const amountColumns = (table: Table): string[] => table.columns.filter((c) => c.kind === 'amount').map((c) => c.key);

const refOf = (table: Table, row: Row | undefined, column: string, name: string): Ref =>
  row
    ? cellRef(table, row, column)
    : {
        label: `${TABLE_NAMES[table.key]} ${name}（未列出）`,
        value: null,
        table: table.key,
        column,
        // Tables that print the items as columns (Shanghai) or under other names have no such
        // row: the figure is unread, not a printed blank.
        unread: `${TABLE_NAMES[table.key]}中未能识别出“${name}”行（该表可能按栏列出各项）。`,
      };

function perColumn(
  def: CheckDefinition,
  table: Table,
  subject: string,
  title: string,
  total: [Row | undefined, string],
  parts: [Row | undefined, string][],
): CheckResult[] {
  const out: CheckResult[] = [];
  for (const column of amountColumns(table)) {
    const stated = refOf(table, total[0], column, total[1]);
    const refs = parts.map(([row, name]) => refOf(table, row, column, name));
    if (stated.value === null && refs.every((r) => r.value === null)) continue;
    out.push(
      sumCheck(metaOf(def, subjectId(subject, column), `${title}（${columnName(table, column)}）`), stated, refs),
    );
  }
  if (out.length === 0) {
    out.push(
      notApplicable(
        metaOf(def, subjectId(subject), title),
        table.empty ? '“三公”经费表注明无数据。' : '“三公”经费表各栏均为空白。',
      ),
    );
  }
  return out;
}

/**
 * The same sum in a table that prints the items as columns: one row of figures, the stated
 * cell and the parts in the row's item columns.
 */
function byColumns(
  def: CheckDefinition,
  table: Table,
  subject: string,
  title: string,
  total: ThreePublicItem,
  parts: ThreePublicItem[],
): CheckResult[] | null {
  const items = itemColumns(table);
  if (!items) return null;
  const ref = (item: ThreePublicItem): Ref => cellRef(table, items.row, items.column(item));
  const stated = ref(total);
  const refs = parts.map(ref);
  if (stated.value === null && refs.every((r) => r.value === null))
    return [notApplicable(metaOf(def, subjectId(subject), title), '“三公”经费表各栏均为空白。')];
  return [sumCheck(metaOf(def, subjectId(subject, items.column(total)), title), stated, refs)];
}

export const threePublicTotal: CheckDefinition = {
  id: 'three-public-total',
  theme: 'three-public',
  title: '“三公”经费合计＝三项之和',
  rule: '“三公”经费合计应等于因公出国（境）费、公务接待费、公务用车购置及运行费三项之和。',
  run(report) {
    const table = tableOf(report, 'three-public');
    if (!table) return [notApplicable(metaOf(threePublicTotal, ''), '本报告没有“三公”经费表。')];
    const title = '“三公”经费合计＝因公出国（境）费＋公务接待费＋公务用车购置及运行费';
    const columns = byColumns(threePublicTotal, table, 'total', title, 'total', ['abroad', 'reception', 'vehicles']);
    if (columns) return columns;
    return perColumn(
      threePublicTotal,
      table,
      'total',
      title,
      [totalRow(table), '合计'],
      [
        [findRow(table, [ABROAD]), '因公出国（境）费'],
        [findRow(table, [RECEPTION]), '公务接待费'],
        [findRow(table, [VEHICLES]), '公务用车购置及运行费'],
      ],
    );
  },
};

export const threePublicVehicles: CheckDefinition = {
  id: 'three-public-vehicles',
  theme: 'three-public',
  title: '公务用车购置及运行费＝购置费＋运行维护费',
  rule: '公务用车购置及运行费应等于公务用车购置费与公务用车运行维护费之和。',
  run(report) {
    const table = tableOf(report, 'three-public');
    if (!table) return [notApplicable(metaOf(threePublicVehicles, ''), '本报告没有“三公”经费表。')];
    const title = '公务用车购置及运行费＝购置费＋运行维护费';
    const columns = byColumns(threePublicVehicles, table, 'vehicles', title, 'vehicles', [
      'vehicle-purchase',
      'vehicle-operation',
    ]);
    if (columns) return columns;
    return perColumn(
      threePublicVehicles,
      table,
      'vehicles',
      title,
      [findRow(table, [VEHICLES]), '公务用车购置及运行费'],
      [
        [findRow(table, [PURCHASE]), '公务用车购置费'],
        [findRow(table, [OPERATION]), '公务用车运行维护费'],
      ],
    );
  },
};

const ECONOMIC_ITEMS: { subject: ThreePublicItem; name: string; pattern: RegExp }[] = [
  { subject: 'vehicle-operation', name: '公务用车运行维护费', pattern: OPERATION },
  { subject: 'reception', name: '公务接待费', pattern: RECEPTION },
  { subject: 'abroad', name: '因公出国（境）费', pattern: ABROAD },
];

export const threePublicEconomic: CheckDefinition = {
  id: 'three-public-economic',
  theme: 'three-public',
  title: '“三公”经费与经济科目表一致',
  rule: '基本支出经济科目表中的公务用车运行维护费、公务接待费、因公出国（境）费用，是“三公”经费中由基本支出安排的部分，不应超过“三公”经费表中的同一项（超出的部分可能由项目支出安排）。',
  run(report) {
    const three = tableOf(report, 'three-public');
    const economic = tableOf(report, 'basic-economic');
    return ECONOMIC_ITEMS.map(({ subject, name, pattern }) => {
      const meta = metaOf(threePublicEconomic, subject, `${name}：经济科目表不超过“三公”经费表`);
      if (!three || !economic)
        return notApplicable(meta, `本报告没有${!three ? '“三公”经费表' : '基本支出经济科目表'}。`);
      if (economic.empty) return notApplicable(meta, '基本支出经济科目表注明无数据。');
      const economicRow = findRow(economic, [pattern]);
      const items = itemColumns(three);
      const threeRef = items
        ? cellRef(three, items.row, items.column(subject))
        : refOf(three, findRow(three, [pattern]), 'total', name);
      if (!economicRow) return notApplicable(meta, `基本支出经济科目表中没有“${name}”科目。`, []);
      return atMostCheck(meta, cellRef(economic, economicRow, 'total'), threeRef);
    });
  },
};

export const THREE_PUBLIC_CHECKS = [threePublicTotal, threePublicVehicles, threePublicEconomic];
