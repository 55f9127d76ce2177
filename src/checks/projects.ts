import type { Report, Row, Table } from '../schemas';
import { cellRef, TABLE_NAMES, tableOf, totalRow } from './access';
import { fmt, notApplicable, sumCheck, type Ref } from './compare';
import Decimal from 'decimal.js';
import { metaOf, subjectId, type CheckDefinition } from './define';
import type { CheckResult } from './schema';

/**
 * Project tables: the department (and unit) rows are the sum of their projects, and the
 * projects add up to the project expenditure of 支出总表 and 一般公共预算支出表.
 */

export const projectItems = (table: Table): Row[] => table.rows.filter((r) => r.kind === 'item');

/** Σ of the projects of a table in one column, as a computed Ref. */
export function projectSum(table: Table, column: string): Ref {
  const items = projectItems(table);
  const values = items.map((r) => cellRef(table, r, column).value).filter((v): v is string => v !== null);
  return {
    label: `${TABLE_NAMES[table.key]} 各项目之和（${items.length}个项目）`,
    value: values.length === 0 ? null : fmt(values.reduce((a, v) => a.plus(v), new Decimal(0))),
    table: table.key,
    column,
  };
}

export const projectGroups: CheckDefinition = {
  id: 'project-groups',
  theme: 'projects',
  title: '部门（单位）行＝所属项目之和',
  rule: '项目支出表中部门或单位的汇总行，应等于其下各项目之和。',
  run(report) {
    const out: CheckResult[] = [];
    if (!tableOf(report, 'projects') && !tableOf(report, 'projects-carryover'))
      return [notApplicable(metaOf(projectGroups, ''), '本报告没有项目支出表。')];
    for (const key of ['projects', 'projects-carryover'] as const) {
      const table = tableOf(report, key);
      if (!table) continue;
      const groups = table.rows.filter((r) => r.kind !== 'item');
      groups.forEach((group) => {
        const start = table.rows.indexOf(group);
        // A group covers the projects up to the next group row that is not directly above them
        // (a department row is followed by its unit row with the same figures).
        let end = table.rows.findIndex((r, i) => i > start && r.kind !== 'item' && table.rows[i - 1]!.kind === 'item');
        if (end < 0) end = table.rows.length;
        const items = table.rows.slice(start + 1, end).filter((r) => r.kind === 'item');
        if (items.length === 0) return;
        const title = `${TABLE_NAMES[key]} ${group.label.split(' | ')[0] ?? ''}：汇总行＝所属项目之和`;
        out.push(
          sumCheck(
            metaOf(projectGroups, subjectId(key, group.id), title),
            cellRef(table, group, 'total'),
            items.map((r) => cellRef(table, r, 'total')),
          ),
        );
      });
    }
    return out;
  },
};

export const projectTotals: CheckDefinition = {
  id: 'project-total',
  theme: 'projects',
  title: '项目支出表＝项目支出合计',
  rule: '项目支出表（本年预算）与项目支出表（上年结转）中各项目之和，应等于支出总表的项目支出合计；本年项目的一般公共预算栏之和，应等于一般公共预算支出表的项目支出合计。',
  run(report: Report) {
    const out: CheckResult[] = [];
    const current = tableOf(report, 'projects');
    const carryover = tableOf(report, 'projects-carryover');
    const expenditure = tableOf(report, 'expenditure');
    const general = tableOf(report, 'general');
    const metaAll = metaOf(projectTotals, 'expenditure', '支出总表项目支出＝项目支出表（本年＋上年结转）各项目之和');
    if (!current || !expenditure) {
      out.push(notApplicable(metaAll, `本报告没有${!current ? '项目支出表' : '支出总表'}。`));
    } else {
      const e = totalRow(expenditure);
      const parts = [current, ...(carryover ? [carryover] : [])].flatMap((t) =>
        projectItems(t).map((r) => cellRef(t, r, 'total')),
      );
      out.push(
        sumCheck(
          metaAll,
          e
            ? cellRef(expenditure, e, 'project', '支出总表 合计（项目支出）')
            : { label: '支出总表 项目支出（未列出）', value: null },
          parts,
        ),
      );
    }
    const metaGeneral = metaOf(projectTotals, 'general', '一般公共预算项目支出＝本年项目的一般公共预算之和');
    if (!current || !general) {
      out.push(notApplicable(metaGeneral, `本报告没有${!current ? '项目支出表' : '一般公共预算支出表'}。`));
    } else {
      const g = totalRow(general);
      out.push(
        sumCheck(
          metaGeneral,
          g
            ? cellRef(general, g, 'project', '一般公共预算支出表 合计（项目支出）')
            : { label: '一般公共预算支出表 项目支出（未列出）', value: null },
          projectItems(current).map((r) => cellRef(current, r, 'general')),
        ),
      );
    }
    return out;
  },
};

export const PROJECT_CHECKS = [projectGroups, projectTotals];
