import type { LineRange, OverallForm, ProjectForm, Warning } from '../schemas';
import {
  cutFieldCells,
  goalsRowIndex,
  readFunds,
  readGoals,
  readHeaderFields,
  rowOfLabel,
  type Cell,
  type Goals,
} from './kpi-fields';
import { isGridRow, parseIndicatorGrid } from './kpi-indicators';
import { parseOverallForm } from './kpi-overall';
import { splitForms, type FormBlock } from './kpi-segment';
import { excerpt, type TruncatedCell } from './kpi-text';
import type { SourceLine } from './lines';

/**
 * Stage: the KPI forms (绩效目标申报表) of a document — the 整体 form and the project forms —
 * read into the performance schema, with warnings for what the source itself got wrong
 * (cut-off cells, overflowing text, amounts of unknown unit, forms without department).
 */

export { parseIndicatorValue } from './kpi-values';
export { performanceSection } from './kpi-segment';

export type ProjectFormDraft = Omit<ProjectForm, 'slug' | 'sources'> & { sourceLines: LineRange };

export interface KpiParseResult {
  overall: OverallForm | null;
  projects: ProjectFormDraft[];
  warnings: Warning[];
}

const quote = (text: string): string => `“${text}”`;

function truncationWarning(found: TruncatedCell[], form: string): Warning[] {
  const cells = [...new Map(found.map((c) => [`${c.line}\u0000${c.text}`, c])).values()].sort(
    (a, b) => a.line - b.line,
  );
  const [first] = cells;
  if (!first) return [];
  return [
    {
      code: 'kpi-truncated-cell',
      line: first.line,
      message: `第${first.line}行：${form}中有 ${cells.length} 处单元格文字在原文中被截断（如${quote(excerpt(first.text))}），内容可能不完整。`,
    },
  ];
}

function overflowWarning(overflow: SourceLine[], name: string): Warning[] {
  const [first] = overflow;
  if (!first) return [];
  const fragments = overflow.map((l) => quote(l.text.trim())).join('、');
  return [
    {
      code: 'kpi-overflow-text',
      line: first.n,
      message: `第${first.n}行：项目${quote(name)}的表格之后印有 ${overflow.length} 段游离文字（${fragments}），应是表内被截断文字的后半部分，已随该表保留。`,
    },
  ];
}

function ambiguousUnitWarning(cells: Cell[], name: string): Warning[] {
  const [first] = cells;
  if (!first) return [];
  return [
    {
      code: 'kpi-ambiguous-unit',
      line: first.line,
      message: `第${first.line}行：项目${quote(name)}的资金表头单位为“元”，但同表另有金额写作“万元”，无法确定${cells.map((c) => quote(c.text)).join('、')}的单位，未换算为万元。`,
    },
  ];
}

function missingDepartmentWarning(form: ProjectFormDraft, line: number): Warning[] {
  if (form.department.name) return [];
  const what = form.implementer ? '主管部门' : '主管部门和实施单位';
  return [{ code: 'kpi-missing-department', line, message: `第${line}行：项目${quote(form.name)}未填写${what}。` }];
}

const noGoals: Goals = { goals: { implementation: null, annual: null }, cut: [] };

function parseProjectForm(block: FormBlock): { form: ProjectFormDraft; warnings: Warning[] } {
  const rows = block.table;
  const goalsAt = goalsRowIndex(rows);
  const gridOffset = rows.slice(goalsAt + 1).findIndex(isGridRow);
  const gridAt = gridOffset < 0 ? rows.length : goalsAt + 1 + gridOffset;
  const fieldRows = rows.slice(0, gridAt);
  const { unit, funds, ambiguous } = readFunds(fieldRows);
  const grid = parseIndicatorGrid(rows.slice(gridAt));
  const { goals, cut: cutGoals } =
    goalsAt < 0 ? noGoals : readGoals(rows.slice(0, goalsAt + 1), rows.slice(goalsAt, gridAt));
  const cutCells = [...cutFieldCells(fieldRows), ...cutGoals, ...grid.truncatedCells];
  const overflow = block.overflow.map((l) => l.text.trim());
  const last = [...rows, ...block.footer, ...block.overflow].reduce((n, l) => Math.max(n, l.n), 0);
  const form: ProjectFormDraft = {
    ...readHeaderFields(fieldRows),
    fundsUnit: unit,
    funds,
    goals,
    indicators: grid.indicators,
    truncated: cutCells.length > 0 || overflow.length > 0,
    overflow,
    sourceLines: [rows[0]!.n, last],
  };
  const departmentLine = fieldRows[rowOfLabel(fieldRows, /^主管部门/)]?.n ?? form.sourceLines[0];
  return {
    form,
    warnings: [
      ...missingDepartmentWarning(form, departmentLine),
      ...ambiguousUnitWarning(ambiguous, form.name),
      ...truncationWarning(cutCells, `项目${quote(form.name)}的绩效目标表`),
      ...overflowWarning(block.overflow, form.name),
    ],
  };
}

/** lines: the cleaned lines of the performance part of a document (or of a whole KPI-only document). */
export function parseKpiForms(lines: SourceLine[]): KpiParseResult {
  const result: KpiParseResult = { overall: null, projects: [], warnings: [] };
  for (const block of splitForms(lines)) {
    if (block.kind === 'overall') {
      const { form, truncatedCells } = parseOverallForm(block.table);
      result.overall ??= form;
      result.warnings.push(...truncationWarning(truncatedCells, '整体支出绩效目标表'));
    } else {
      const { form, warnings } = parseProjectForm(block);
      result.projects.push(form);
      result.warnings.push(...warnings);
    }
  }
  return result;
}
