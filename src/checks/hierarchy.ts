import type { Row, Table } from '../schemas';
import { cellRef, columnName, rowName, tableName } from './access';
import { notApplicable, sumCheck } from './compare';
import { metaOf, subjectId, type CheckDefinition } from './define';
import type { CheckResult } from './schema';
import { spendColumn, twoSided } from './structure';

/**
 * Levels: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 by code prefix (政府收支分类科目 3/5/7 digits);
 * in the economic-classification table 合计 = Σ classes, class = Σ its items; in the
 * two-sided tables 本年支出合计 = Σ function items.
 */

const amountColumns = (table: Table): string[] => table.columns.filter((c) => c.kind === 'amount').map((c) => c.key);

/** One sumCheck per amount column where the parent or a child is printed. */
function perColumn(
  table: Table,
  parent: Row,
  children: Row[],
  subject: string,
  title: (column: string) => string,
  columns = amountColumns(table),
  parentColumn: (column: string) => string = (c) => c,
): CheckResult[] {
  const out: CheckResult[] = [];
  for (const column of columns) {
    const total = cellRef(table, parent, parentColumn(column));
    const parts = children.map((c) => cellRef(table, c, column));
    if (total.value === null && parts.every((p) => p.value === null)) continue;
    out.push(
      sumCheck(metaOf(codeHierarchy, subjectId(subject, table.key, parent.id, column), title(column)), total, parts),
    );
  }
  return out;
}

const CODED_TABLES = new Set<Table['key']>([
  'income',
  'expenditure',
  'general',
  'fund-income',
  'fund-expenditure',
  'state-capital',
]);

/** Tables with their own level rules below; any other table with 科目 codes is checked by code. */
const OWN_RULES = new Set<Table['key']>(['basic-economic', 'summary', 'fiscal']);

export const codeHierarchy: CheckDefinition = {
  id: 'levels',
  theme: 'hierarchy',
  title: '合计＝Σ类，类＝Σ款，款＝Σ项',
  rule: '按政府收支分类科目编码：合计等于各“类”（3位编码）之和，每个“类”等于其下各“款”（5位）之和，每个“款”等于其下各“项”（7位）之和。经济科目表中合计等于各类之和、每类等于其下各科目之和；收支总表和财政拨款收支总表中本年支出合计等于各功能分类支出之和。',
  run(report) {
    const out: CheckResult[] = [];
    for (const table of report.tables) {
      const name = tableName(table);
      const coded =
        CODED_TABLES.has(table.key) || (!OWN_RULES.has(table.key) && table.rows.some((r) => r.code !== null));
      if (coded) {
        const before = out.length;
        const codedRows = table.rows.filter((r) => r.code !== null);
        const total = table.rows.find((r) => r.kind === 'total');
        const classes = codedRows.filter((r) => r.code!.length === 3);
        if (total && classes.length > 0) {
          out.push(
            ...perColumn(table, total, classes, 'total', (c) => `${name} 合计（${columnName(table, c)}）＝各类之和`),
          );
        }
        for (const parent of codedRows.filter((r) => r.code!.length < 7)) {
          const children = codedRows.filter(
            (r) => r.code!.length === parent.code!.length + 2 && r.code!.startsWith(parent.code!),
          );
          if (children.length === 0) continue;
          const level = parent.code!.length === 3 ? '类＝所属款之和' : '款＝所属项之和';
          out.push(
            ...perColumn(
              table,
              parent,
              children,
              'code',
              (c) => `${name} ${rowName(table, parent, 'total')}（${columnName(table, c)}）：${level}`,
            ),
          );
        }
        if (out.length === before)
          out.push(
            notApplicable(
              metaOf(codeHierarchy, subjectId('code', table.key), `${name}：科目层级`),
              table.empty ? '本表注明无数据。' : '表中没有带金额的上下级科目。',
            ),
          );
      } else if (table.key === 'basic-economic') {
        const total = table.rows.find((r) => r.kind === 'total');
        // By code where the table prints codes (301 类, 30101 款: a reader may mark both as
        // subtotals); by the row kinds otherwise.
        const byCode = table.rows.some((r) => r.code !== null && /^\d{3}$/.test(r.code));
        const classes = byCode
          ? table.rows.filter((r) => r.code !== null && /^\d{3}$/.test(r.code))
          : table.rows.filter((r) => r.kind === 'subtotal');
        const itemsOf = (parent: Row): Row[] => {
          if (byCode)
            return table.rows.filter((r) => r.code !== null && r.code.length === 5 && r.code.startsWith(parent.code!));
          const start = table.rows.indexOf(parent) + 1;
          const next = table.rows.findIndex((r, i) => i >= start && r.kind !== 'item');
          return table.rows.slice(start, next < 0 ? undefined : next);
        };
        if (total && classes.length > 0) {
          out.push(
            ...perColumn(table, total, classes, 'total', (c) => `${name} 合计（${columnName(table, c)}）＝各类之和`),
          );
        }
        classes.forEach((parent) => {
          const items = itemsOf(parent);
          if (items.length === 0) return;
          out.push(
            ...perColumn(
              table,
              parent,
              items,
              'class',
              (c) => `${name} ${rowName(table, parent)}（${columnName(table, c)}）＝所属科目之和`,
            ),
          );
        });
      } else if (table.key === 'summary' || table.key === 'fiscal') {
        const side = twoSided(table);
        if (!side.current || side.expenditureItems.length === 0) continue;
        const columns =
          table.key === 'summary'
            ? ['expenditure-total', 'expenditure-current', 'expenditure-carryover']
            : ['total', 'general', 'fund', 'state-capital'];
        out.push(
          ...perColumn(
            table,
            side.current,
            side.expenditureItems,
            'functions',
            (c) => `${name} 本年支出合计（${columnName(table, c)}）＝各功能分类支出之和`,
            columns,
            // A 合计 printed once across the whole right side is read where it is printed.
            (c) => spendColumn(side, side.current, c),
          ),
        );
      }
    }
    return out;
  },
};

export const HIERARCHY_CHECKS = [codeHierarchy];
