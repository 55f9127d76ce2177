import type { Report, Table, TableKey } from '../schemas';
import { cellRef, hasColumn, isBlankRow, rowName, tableName } from './access';
import { notApplicable, sumCheck } from './compare';
import { metaOf, subjectId, type CheckDefinition } from './define';
import type { CheckResult } from './schema';

/** Within one row: the total column equals the sum of the columns it is made of. */

/** For each table: the total column and the columns that make it up. */
export const ROW_ARITHMETIC: Partial<Record<TableKey, { total: string; parts: string[] }>> = {
  summary: { total: 'expenditure-total', parts: ['expenditure-current', 'expenditure-carryover'] },
  income: { total: 'total', parts: ['general', 'fund', 'state-capital', 'special-account', 'unit'] },
  expenditure: { total: 'total', parts: ['basic', 'project', 'reserve'] },
  fiscal: { total: 'total', parts: ['general', 'fund', 'state-capital'] },
  general: { total: 'total', parts: ['basic', 'project', 'reserve'] },
  'basic-economic': { total: 'total', parts: ['personnel', 'public'] },
  'fund-expenditure': { total: 'total', parts: ['basic', 'project'] },
  'state-capital': { total: 'total', parts: ['basic', 'project'] },
  'three-public': { total: 'total', parts: ['general', 'fund', 'state-capital'] },
  'admin-operation': { total: 'total', parts: ['general', 'fund', 'state-capital'] },
  projects: { total: 'total', parts: ['general', 'fund', 'state-capital', 'special-account', 'unit'] },
  'projects-carryover': { total: 'total', parts: ['general', 'fund', 'state-capital'] },
};

const TOTAL_HEADER = /^(合计|小计|总计)$/;
const amountColumns = (table: Table) => table.columns.filter((c) => c.kind === 'amount');
const startsWith = (path: string[], prefix: string[]): boolean => prefix.every((p, i) => path[i] === p);

/**
 * The arithmetic a table's printed header states: a column headed 合计 (小计, 总计) is the sum
 * of the amount columns that follow it under the same parent header; a group of columns counts
 * by its own 小计 when it prints one, else by its columns.
 */
export function headerArithmetic(table: Table): { total: string; parts: string[] }[] {
  const columns = amountColumns(table);
  const out: { total: string; parts: string[] }[] = [];
  columns.forEach((column, i) => {
    if (!TOTAL_HEADER.test(column.path.at(-1)?.replace(/\s+/g, '') ?? '')) return;
    const prefix = column.path.slice(0, -1);
    const d = prefix.length;
    const after: typeof columns = [];
    for (const c of columns.slice(i + 1)) {
      if (!startsWith(c.path, prefix) || c.path.length <= d) break;
      after.push(c);
    }
    const groups = new Map<string, typeof columns>();
    for (const c of after) groups.set(c.path[d]!, [...(groups.get(c.path[d]!) ?? []), c]);
    const parts = [...groups.values()].flatMap((g) => {
      const own = g.find((c) => c.path.length === d + 1) ?? g.find((c) => TOTAL_HEADER.test(c.path[d + 1] ?? ''));
      return own ? [own.key] : g.filter((c) => c.path.length === d + 2).map((c) => c.key);
    });
    if (parts.length >= 2) out.push({ total: column.key, parts });
  });
  return out;
}

export const rowSums: CheckDefinition = {
  id: 'row-sum',
  theme: 'rows',
  title: '每行合计＝各栏之和',
  rule: '表中每一行的“合计”栏应等于组成它的各栏之和（如合计＝基本支出＋项目支出，合计＝一般公共预算＋政府性基金预算＋……）；标准表以外的表，按表头：“合计（小计）”栏等于其后同一表头下各栏之和。',
  run(report: Report) {
    const out: CheckResult[] = [];
    for (const table of report.tables) {
      const known = ROW_ARITHMETIC[table.key];
      const rules = known ? [known] : headerArithmetic(table);
      rules.forEach((arithmetic, k) =>
        out.push(...checkTable(table, arithmetic, k === 0 ? '' : arithmetic.total, known !== undefined)),
      );
    }
    return out;
  },
};

/** Amount columns the vocabulary did not recognise (keys `c<n>`): they may be parts of a total. */
export const unknownAmountColumns = (table: Table) =>
  table.columns.filter((c) => c.kind === 'amount' && /^c\d+$/.test(c.key));

/**
 * Why a table's rows cannot be summed with certainty, or null when they can: the total column
 * is not read, no column the vocabulary knows as one of its parts is printed, or columns the
 * vocabulary did not recognise could be parts (summing without them would blame a missing part).
 */
export function rowSumBlocker(
  table: Table,
  arithmetic: { total: string; parts: string[] },
  known: boolean,
): string | null {
  if (!hasColumn(table, arithmetic.total)) return '本表没有可识别的“合计”栏，无法按行核对。';
  const parts = arithmetic.parts.filter((p) => hasColumn(table, p));
  if (parts.length === 0) return '本表只印合计一栏，没有可识别的组成栏，无从按行核对。';
  if (!known) return null;
  const unknown = unknownAmountColumns(table);
  if (unknown.length > 0)
    return `本表有未能识别的金额栏（${unknown.map((c) => c.path.join('/') || c.key).join('、')}），可能是合计的组成部分，不能只按已识别的栏核对。`;
  return null;
}

function checkTable(
  table: Table,
  arithmetic: { total: string; parts: string[] },
  column = '',
  known = false,
): CheckResult[] {
  const name = tableName(table);
  const parts = arithmetic.parts.filter((p) => hasColumn(table, p));
  const results: CheckResult[] = [];
  const blocker = rowSumBlocker(table, arithmetic, known);
  if (blocker !== null && !table.empty)
    return [notApplicable(metaOf(rowSums, subjectId(table.key, column), `${name}：每行合计＝各栏之和`), blocker)];
  for (const row of table.rows) {
    const refs = [cellRef(table, row, arithmetic.total), ...parts.map((p) => cellRef(table, row, p))];
    if (refs.every((r) => r.value === null)) continue;
    const title = `${name} ${rowName(table, row, arithmetic.total)}：合计＝各栏之和`;
    results.push(sumCheck(metaOf(rowSums, subjectId(table.key, row.id, column), title), refs[0]!, refs.slice(1)));
  }
  if (results.length === 0) {
    const reason = table.empty
      ? '本表注明无数据。'
      : table.rows.every((r) => isBlankRow(table, r))
        ? '本表各行均为空白。'
        : '本表没有可核对的行。';
    results.push(notApplicable(metaOf(rowSums, subjectId(table.key, column), `${name}：每行合计＝各栏之和`), reason));
  }
  return results;
}

export const ROW_CHECKS = [rowSums];
