import type { OverallForm } from '../schemas';
import { filledCellsOf, labelKey, labelPairs, rowOfLabel, splitDepartment, valueOf, type Cell } from './kpi-fields';
import { parseIndicatorGrid } from './kpi-indicators';
import type { TruncatedCell } from './kpi-text';
import type { SourceLine } from './lines';
import { parseAmountCell } from './numbers';

/**
 * The 整体支出绩效目标申报表: department facts, 年度预算情况 by source and by direction,
 * 年度重点任务, 年度绩效目标 and a one-group indicator grid.
 */

const LABELS =
  /^(部门基本信息|部门名称|内设职能部门数|所属预算单位数|核定的人员编制数|实际在职人员总数|在编人员数|其他人员数|部门职责|部门战略目标|年度预算情况|年度重点任务|年度绩效目标|年度绩效指标)$/;

export interface ParsedOverallForm {
  form: OverallForm;
  truncatedCells: TruncatedCell[];
}

const countOf = (cell: Cell | null): number | null => {
  const digits = cell && /\d+/.exec(cell.text);
  return digits ? Number.parseInt(digits[0], 10) : null;
};

const labelled = (label: string): RegExp => new RegExp(`^${label}$`);

/** Rows from the one after the row labelled `from` up to the row labelled `to`. */
function rowsBetween(rows: SourceLine[], from: string, to: string): SourceLine[] {
  const start = rowOfLabel(rows, labelled(from));
  if (start < 0) return [];
  const end = rowOfLabel(rows, labelled(to));
  return rows.slice(start + 1, end < 0 ? undefined : end);
}

/**
 * 年度预算情况: "label | amount" pairs, 按资金来源 on the left and 按资金方向 on the right of
 * the column the header prints "按资金方向划分" in. Labels lose their "其中:" prefix.
 */
function readBudget(rows: SourceLine[]): Pick<OverallForm, 'fundsBySource' | 'fundsByDirection'> {
  const headerRow = rows[rowOfLabel(rows, labelled('年度预算情况'))];
  const direction = headerRow && filledCellsOf(headerRow).find((c) => labelKey(c.text) === '按资金方向划分');
  const directionCol = direction?.col ?? Infinity;
  const budget: Pick<OverallForm, 'fundsBySource' | 'fundsByDirection'> = { fundsBySource: [], fundsByDirection: [] };
  for (const row of rowsBetween(rows, '年度预算情况', '年度重点任务')) {
    const cells = filledCellsOf(row);
    cells.forEach((cell, i) => {
      // A label with no cell after it (the row ends) has no amount to read.
      const next = cells[i + 1];
      if (next === undefined) return;
      const amount = parseAmountCell(next.text);
      if (parseAmountCell(cell.text) !== undefined || amount === undefined) return;
      const list = cell.col >= directionCol ? budget.fundsByDirection : budget.fundsBySource;
      list.push({ label: labelKey(cell.text), amount, line: next.line });
    });
  }
  return budget;
}

function readKeyTasks(rows: SourceLine[]): OverallForm['keyTasks'] {
  return rowsBetween(rows, '年度重点任务', '年度绩效目标').flatMap((row) => {
    const [fn, ...task] = filledCellsOf(row).map((c) => c.text);
    return fn ? [{ function: fn, task: task.join('') }] : [];
  });
}

export function parseOverallForm(rows: SourceLine[]): ParsedOverallForm {
  const pairs = labelPairs(rows, (key) => LABELS.test(key));
  const value = (label: RegExp): Cell | null => valueOf(pairs, label);
  const gridFrom = rowOfLabel(rows, labelled('年度绩效指标'));
  const grid = parseIndicatorGrid(gridFrom < 0 ? [] : rows.slice(gridFrom));
  return {
    form: {
      department: splitDepartment(value(/^部门名称$/)?.text ?? null),
      internalDepartments: value(/^内设职能部门数$/)?.text ?? null,
      subordinateUnits: value(/^所属预算单位数$/)?.text ?? null,
      staffQuota: countOf(value(/^核定的人员编制数$/)),
      staffActual: countOf(value(/^实际在职人员总数$/)),
      duties: value(/^部门职责$/)?.text ?? null,
      strategicGoal: value(/^部门战略目标$/)?.text ?? null,
      ...readBudget(rows),
      keyTasks: readKeyTasks(rows),
      annualGoal: value(/^年度绩效目标$/)?.text ?? null,
      indicators: grid.indicators,
      sourceLines: [rows[0]!.n, rows.at(-1)!.n],
    },
    truncatedCells: grid.truncatedCells,
  };
}
