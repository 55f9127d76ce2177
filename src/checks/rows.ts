import type { Report, Table, TableKey } from '../schemas';
import { cellRef, hasColumn, isBlankRow, rowName, TABLE_NAMES } from './access';
import { notApplicable, sumCheck } from './compare';
import { metaOf, subjectId, type CheckDefinition } from './define';
import type { CheckResult } from './schema';

/** Within one row: the total column equals the sum of the columns it is made of. */

/** For each table: the total column and the columns that make it up. */
export const ROW_ARITHMETIC: Partial<Record<TableKey, { total: string; parts: string[] }>> = {
  summary: { total: 'expenditure-total', parts: ['expenditure-current', 'expenditure-carryover'] },
  income: { total: 'total', parts: ['general', 'fund', 'state-capital', 'special-account', 'unit'] },
  expenditure: { total: 'total', parts: ['basic', 'project'] },
  fiscal: { total: 'total', parts: ['general', 'fund', 'state-capital'] },
  general: { total: 'total', parts: ['basic', 'project'] },
  'basic-economic': { total: 'total', parts: ['personnel', 'public'] },
  'fund-expenditure': { total: 'total', parts: ['basic', 'project'] },
  'state-capital': { total: 'total', parts: ['basic', 'project'] },
  'three-public': { total: 'total', parts: ['general', 'fund', 'state-capital'] },
  'admin-operation': { total: 'total', parts: ['general', 'fund', 'state-capital'] },
  projects: { total: 'total', parts: ['general', 'fund', 'state-capital', 'special-account', 'unit'] },
  'projects-carryover': { total: 'total', parts: ['general', 'fund', 'state-capital'] },
};

export const rowSums: CheckDefinition = {
  id: 'row-sum',
  theme: 'rows',
  title: '每行合计＝各栏之和',
  rule: '表中每一行的“合计”栏应等于组成它的各栏之和（如合计＝基本支出＋项目支出，合计＝一般公共预算＋政府性基金预算＋……）。',
  run(report: Report) {
    const out: CheckResult[] = [];
    for (const table of report.tables) {
      const arithmetic = ROW_ARITHMETIC[table.key];
      if (!arithmetic) continue;
      out.push(...checkTable(table, arithmetic));
    }
    return out;
  },
};

function checkTable(table: Table, arithmetic: { total: string; parts: string[] }): CheckResult[] {
  const name = TABLE_NAMES[table.key];
  const parts = arithmetic.parts.filter((p) => hasColumn(table, p));
  const results: CheckResult[] = [];
  for (const row of table.rows) {
    const refs = [cellRef(table, row, arithmetic.total), ...parts.map((p) => cellRef(table, row, p))];
    if (refs.every((r) => r.value === null)) continue;
    const title = `${name} ${rowName(table, row, arithmetic.total)}：合计＝各栏之和`;
    results.push(sumCheck(metaOf(rowSums, subjectId(table.key, row.id), title), refs[0]!, refs.slice(1)));
  }
  if (results.length === 0) {
    const reason = table.empty
      ? '本表注明无数据。'
      : table.rows.every((r) => isBlankRow(table, r))
        ? '本表各行均为空白。'
        : '本表没有可核对的行。';
    results.push(notApplicable(metaOf(rowSums, subjectId(table.key), `${name}：每行合计＝各栏之和`), reason));
  }
  return results;
}

export const ROW_CHECKS = [rowSums];
