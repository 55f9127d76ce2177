import { z } from 'zod';
import { NullableDecimal, TableKey } from '../schemas';

/**
 * The result of one consistency check on one report. Results are data: they are computed
 * at build time from a validated report, shown on the report page and on /quality/, and
 * printed by `npm run check-data`.
 */

/**
 * `fail`: arithmetic on printed figures proves a contradiction. `rounding`: a difference that
 * the rounding of the printed figures can produce. `note`: something a reader should be told
 * that arithmetic does not prove wrong (a cap below the funds, a missing required figure, a
 * sentence that stops), with its reason. `not-applicable`: nothing to compare.
 */
export const CHECK_STATUSES = ['pass', 'rounding', 'fail', 'note', 'not-applicable'] as const;
export const CheckStatus = z.enum(CHECK_STATUSES);
export type CheckStatus = z.infer<typeof CheckStatus>;

/** Reader-facing labels: the status is always spelled out, never shown by colour alone. */
export const STATUS_LABELS: Record<CheckStatus, string> = {
  pass: '通过',
  rounding: '舍入差异',
  fail: '不符',
  note: '提示',
  'not-applicable': '不适用',
};

export const CHECK_THEMES = [
  'totals',
  'rows',
  'hierarchy',
  'basic',
  'three-public',
  'projects',
  'narrative',
  'kpi',
] as const;
export const CheckTheme = z.enum(CHECK_THEMES);
export type CheckTheme = z.infer<typeof CheckTheme>;

export const THEME_LABELS: Record<CheckTheme, string> = {
  totals: '收支总数',
  rows: '行内合计',
  hierarchy: '科目层级',
  basic: '基本支出',
  'three-public': '“三公”经费',
  projects: '项目支出',
  narrative: '文字说明',
  kpi: '绩效目标表',
};

/** What a figure is in the comparison. */
export const FigureRole = z.enum([
  'stated', // a total or figure as printed, the thing being checked
  'part', // one of the summed items
  'computed', // derived by the check (a sum, a recomputed share)
  'reference', // the same figure printed elsewhere
]);
export type FigureRole = z.infer<typeof FigureRole>;

export const CheckFigure = z.object({
  label: z.string().describe('what the figure is, in Chinese, e.g. “支出总表 合计 基本支出”'),
  value: NullableDecimal.describe('exact decimal string; null for a blank cell'),
  unit: z.enum(['万元', '%']).nullable().describe('null for a figure that is not an amount (a code)'),
  role: FigureRole,
  table: TableKey.optional().describe('table the figure was read from'),
  tableId: z.string().optional().describe('id of that table in the report (its anchor prefix); the key when absent'),
  rowId: z.string().optional().describe('row id in that table: the anchor is `#<table>-<rowId>` on the report page'),
  column: z.string().optional().describe('column key in that table'),
  project: z.string().optional().describe('slug of the KPI form the figure was read from'),
  file: z.string().optional().describe('source file of `line`, when it is not the report’s own source'),
  line: z.number().int().positive().optional().describe('line in the source text'),
});
export type CheckFigure = z.infer<typeof CheckFigure>;

export const CheckResult = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*(--[a-z0-9]+(-[a-z0-9]+)*)*$/)
    .describe('unique within the report, usable as an HTML id: `<check>--<subject>`'),
  check: z.string().describe('id of the check in the registry'),
  theme: CheckTheme,
  title: z.string().describe('what is compared, in Chinese'),
  rule: z.string().describe('the rule in plain words'),
  status: CheckStatus,
  figures: z.array(CheckFigure),
  difference: NullableDecimal.describe('stated minus computed, in the unit of the figures'),
  tolerance: NullableDecimal.describe('largest difference still counted as rounding'),
  message: z.string().describe('one sentence: the outcome in plain words'),
  reason: z.string().nullable().describe('why the check is not applicable, or why a note is only a note'),
});
export type CheckResult = z.infer<typeof CheckResult>;

export const CheckSummary = z.object({
  total: z.number().int(),
  pass: z.number().int(),
  rounding: z.number().int(),
  fail: z.number().int(),
  note: z.number().int(),
  'not-applicable': z.number().int(),
});
export type CheckSummary = z.infer<typeof CheckSummary>;
