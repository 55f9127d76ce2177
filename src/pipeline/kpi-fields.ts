import Decimal from 'decimal.js';
import type { FormAmount, FundBreakdown, ProjectForm } from '../schemas';
import { hasUnclosedBracket, isCutCopy, isPlaceholderText, squash, type TruncatedCell } from './kpi-text';
import { cellsOf, type SourceLine } from './lines';
import { parseAmountCell, yuanToWan } from './numbers';

/**
 * The labelled fields of a KPI form: "label | value" cells, two or three pairs to a row,
 * at whatever columns the extraction left them.
 */

export interface Cell {
  text: string;
  col: number;
  line: number;
}

/** A label as compared: no spaces, no trailing colon, no leading "其中". */
export const labelKey = (text: string): string =>
  squash(text)
    .replace(/[:：]$/, '')
    .replace(/^其中[:：]?/, '');

export const filledCellsOf = (row: SourceLine): Cell[] =>
  cellsOf(row)
    .map((text, col) => ({ text, col, line: row.n }))
    .filter((c) => c.text !== '');

/** Labels of the project forms, by the field they introduce. */
const PROJECT_LABELS = {
  name: /^项目名称$/,
  department: /^主管部门及代码$/,
  implementer: /^实施单位$/,
  attribute: /^项目属性$/,
  // "项目册" is an OCR slip for 项目期 in 003.
  period: /^项目(期|日期|周期|册)$/,
  // "项目资金(元)", "项目资金（万元）"; not a 项目概况 text that begins "项目资金主要用于…".
  funds: /^项目资金([（(][^)）]{0,4}[)）])?$/,
  overview: /^项目概况$/,
  basis: /^立项依据$/,
  necessity: /^项目设立的?必要性$/,
  measures: /^保证项目实施的制度、措施$/,
  plan: /^项目实施计划$/,
  goals: /^总体目标$/,
} as const;

const GOAL_HEADINGS = /^(实施期目标|年度目标|项目总目标)$/;

const FUND_LABELS: [RegExp, keyof FundBreakdown][] = [
  [/^(实施期)?资金总额/, 'total'],
  [/^年度资金总额/, 'total'],
  [/^中央/, 'central'],
  [/^省级/, 'provincial'],
  [/^市县/, 'local'],
  [/^单位自筹/, 'self'],
  [/^其他资金/, 'other'],
  // 002's 万元 layout splits only 财政拨款 / 其他资金.
  [/^财政拨款/, 'fiscal'],
];

const isProjectLabel = (key: string): boolean =>
  Object.values(PROJECT_LABELS).some((p) => p.test(key)) || GOAL_HEADINGS.test(key);
const fundField = (key: string): [RegExp, keyof FundBreakdown] | undefined => FUND_LABELS.find(([p]) => p.test(key));
const isLabelKey = (key: string): boolean => isProjectLabel(key) || fundField(key) !== undefined;

export interface LabelPair {
  label: string;
  /** The next filled cell of the row, null when that is a label too (a blank field). */
  value: Cell | null;
}

/** Every label cell of the rows with the value cell printed after it. */
export function labelPairs(rows: SourceLine[], isLabel: (key: string) => boolean = isLabelKey): LabelPair[] {
  return rows.flatMap((row) => {
    const cells = filledCellsOf(row).map((cell) => ({ cell, key: labelKey(cell.text) }));
    return cells.flatMap(({ key }, i) => {
      if (!isLabel(key)) return [];
      const next = cells[i + 1];
      return [{ label: key, value: next && !isLabel(next.key) ? next.cell : null }];
    });
  });
}

/** The value printed after the first label matching `pattern`. */
export const valueOf = (pairs: LabelPair[], pattern: RegExp): Cell | null =>
  pairs.find((p) => pattern.test(p.label))?.value ?? null;

/** Index of the first row holding a label matching `pattern`, or -1. */
export function rowOfLabel(rows: SourceLine[], pattern: RegExp): number {
  return rows.findIndex((row) => filledCellsOf(row).some((c) => pattern.test(labelKey(c.text))));
}

/** Value cells cut off at the column edge: a bracket opened and never closed. */
export function cutFieldCells(rows: SourceLine[]): TruncatedCell[] {
  return rows
    .flatMap(filledCellsOf)
    .filter((c) => hasUnclosedBracket(c.text) && !isLabelKey(labelKey(c.text)))
    .map(({ line, text }) => ({ line, text }));
}

/** "610-山西转型综合改革…" → code "610", name; a name printed without code keeps code null. */
export function splitDepartment(text: string | null): { code: string | null; name: string | null } {
  if (!text) return { code: null, name: null };
  const m = /^(\d{3,})\s*[-－—]\s*(.+)$/.exec(text);
  return m ? { code: m[1]!, name: m[2]!.trim() } : { code: null, name: text };
}

export type HeaderFields = Pick<
  ProjectForm,
  | 'name'
  | 'department'
  | 'implementer'
  | 'attribute'
  | 'period'
  | 'overview'
  | 'basis'
  | 'necessity'
  | 'measures'
  | 'plan'
>;

export function readHeaderFields(rows: SourceLine[]): HeaderFields {
  const pairs = labelPairs(rows);
  const text = (pattern: RegExp): string | null => valueOf(pairs, pattern)?.text ?? null;
  return {
    name: text(PROJECT_LABELS.name) ?? '',
    department: splitDepartment(text(PROJECT_LABELS.department)),
    implementer: text(PROJECT_LABELS.implementer),
    attribute: text(PROJECT_LABELS.attribute),
    period: text(PROJECT_LABELS.period),
    overview: text(PROJECT_LABELS.overview),
    basis: text(PROJECT_LABELS.basis),
    necessity: text(PROJECT_LABELS.necessity),
    measures: text(PROJECT_LABELS.measures),
    plan: text(PROJECT_LABELS.plan),
  };
}

/** Index of the 总体目标 row (the indicator grid follows its goal texts), or -1. */
export const goalsRowIndex = (rows: SourceLine[]): number => rowOfLabel(rows, PROJECT_LABELS.goals);

export interface Goals {
  goals: ProjectForm['goals'];
  /** The goal text printed cut off: a strict prefix of the other group's goal. */
  cut: TruncatedCell[];
}

/**
 * The 总体目标 texts. The heading row above them ("实施期目标 | 年度目标", or inside the
 * 总体目标 row itself as "项目总目标 | 年度目标") says where the 年度 column starts; a text
 * left of it is the implementation goal, from it on the annual goal. Without a heading the
 * first text is the implementation goal and the second the annual one. The texts are on
 * the 总体目标 row or, in 002's layout, on the rows after it (`goalRows`).
 */
export function readGoals(headingRows: SourceLine[], goalRows: SourceLine[]): Goals {
  const headings = headingRows.flatMap(filledCellsOf).filter((c) => GOAL_HEADINGS.test(labelKey(c.text)));
  const annualFrom = headings.findLast((c) => labelKey(c.text) === '年度目标')?.col;
  const texts = goalRows.flatMap(filledCellsOf).filter((c) => !isProjectLabel(c.text) && !isPlaceholderText(c.text));
  const isAnnual = (c: Cell, i: number): boolean => (annualFrom === undefined ? i > 0 : c.col >= annualFrom);
  const implementation = texts.find((c, i) => !isAnnual(c, i)) ?? null;
  const annual = texts.find((c, i) => isAnnual(c, i)) ?? null;
  const cutOf = (goal: Cell | null, other: Cell | null): TruncatedCell[] =>
    goal && other && isCutCopy(goal.text, other.text) ? [{ line: goal.line, text: goal.text }] : [];
  return {
    goals: { implementation: implementation?.text ?? null, annual: annual?.text ?? null },
    cut: [...cutOf(implementation, annual), ...cutOf(annual, implementation)],
  };
}

export interface Funds {
  unit: string | null;
  funds: ProjectForm['funds'];
  /** Bare amounts whose unit cannot be told (see {@link readFunds}). */
  ambiguous: Cell[];
}

const emptyBreakdown = (): FundBreakdown => ({
  total: null,
  fiscal: null,
  central: null,
  provincial: null,
  local: null,
  self: null,
  other: null,
});

const UNIT_SUFFIX = /^(.*?)(万元|元)$/;

/**
 * 项目资金 and its breakdown, each as printed and in 万元. A cell that says 万元 or 元 is
 * converted by what it says; a bare number by the header's unit ("项目资金（元）"). When a
 * form with a 元 header also prints amounts in 万元 (002's "4000" next to "4000万元"), a bare
 * non-zero number could be either, so it is not converted and reported instead.
 */
export function readFunds(rows: SourceLine[]): Funds {
  const header = rows.flatMap(filledCellsOf).find((c) => PROJECT_LABELS.funds.test(labelKey(c.text)));
  const unit = header ? (/(万元|元)/.exec(header.text)?.[1] ?? null) : null;
  const pairs = labelPairs(rows).flatMap(({ label, value }) => {
    const field = fundField(label);
    return field ? [{ label, value, field: field[1] }] : [];
  });
  const mixedUnits = unit === '元' && pairs.some((p) => p.value?.text.endsWith('万元'));
  const funds = { implementation: emptyBreakdown(), annual: emptyBreakdown() };
  const ambiguous: Cell[] = [];

  const amountOf = (cell: Cell): FormAmount => {
    const raw = cell.text;
    const printed = UNIT_SUFFIX.exec(squash(raw));
    const value = parseAmountCell(printed ? printed[1]! : raw);
    const line = cell.line;
    if (!value) return { raw, wan: null, line };
    const cellUnit = printed?.[2] ?? null;
    if (!cellUnit && mixedUnits && !new Decimal(value).isZero()) {
      ambiguous.push(cell);
      return { raw, wan: null, line };
    }
    const inUnit = cellUnit ?? unit;
    if (inUnit === '万元') return { raw, wan: value, line };
    return { raw, wan: inUnit === '元' ? yuanToWan(value) : null, line };
  };

  const seen = new Set<string>();
  for (const { label, value, field } of pairs) {
    // Each label is printed once per group: first the 实施期 one, then the 年度 one.
    const period = /^年度/.test(label) || seen.has(field) ? 'annual' : 'implementation';
    seen.add(field);
    funds[period][field] = value ? amountOf(value) : null;
  }
  return { unit, funds, ambiguous };
}
