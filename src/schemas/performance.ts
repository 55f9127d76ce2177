import { z } from 'zod';
import { LineRange, NullableDecimal, Slug } from './common';

/** A KPI target value: the text as printed plus what could be read from it. */
export const IndicatorValue = z.object({
  raw: z.string().describe('value cell as printed'),
  op: z.enum(['≥', '≤', '>', '<', '=']).nullable().describe('comparison operator, if any'),
  number: NullableDecimal.describe('the number in the value, if it has exactly one'),
  unit: z.string().nullable().describe('unit following the number (个, %, 万元 …)'),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const Indicator = z.object({
  period: z.enum(['implementation', 'annual']).describe('实施期目标 or 年度目标 column group'),
  level1: z.string().describe('一级指标 (产出指标 / 效益指标 / 满意度指标)'),
  level2: z.string().describe('二级指标 (数量指标 …), as printed, possibly truncated'),
  level3: z.string().describe('三级指标 as printed, possibly truncated'),
  value: IndicatorValue,
  truncated: z.boolean().describe('a cell of this indicator looks cut off in the source'),
  sourceLine: z.number().int().positive(),
});
export type Indicator = z.infer<typeof Indicator>;

/** An amount in a KPI form: as printed, and normalised to 万元 where the unit is known. */
export const FormAmount = z.object({
  raw: z.string(),
  wan: NullableDecimal.describe('value in 万元 (converted exactly from 元 where printed in 元)'),
  line: z.number().int().positive().optional().describe('source line the amount is printed on'),
});
export type FormAmount = z.infer<typeof FormAmount>;

export const FundBreakdown = z.object({
  total: FormAmount.nullable(),
  fiscal: FormAmount.nullable().describe('其中：财政拨款 (forms that split only fiscal / other funds)'),
  central: FormAmount.nullable(),
  provincial: FormAmount.nullable(),
  local: FormAmount.nullable(),
  self: FormAmount.nullable(),
  other: FormAmount.nullable(),
});
export type FundBreakdown = z.infer<typeof FundBreakdown>;

export const SourceRef = z.object({
  file: z.string(),
  lines: LineRange,
});
export type SourceRef = z.infer<typeof SourceRef>;

export const ProjectForm = z.object({
  name: z.string(),
  slug: Slug,
  department: z.object({
    code: z.string().nullable(),
    name: z.string().nullable().describe('主管部门 as printed (after corrections)'),
  }),
  implementer: z.string().nullable(),
  attribute: z.string().nullable().describe('项目属性'),
  period: z.string().nullable().describe('项目期'),
  fundsUnit: z.string().nullable().describe('unit printed in the 项目资金 header (元 or 万元)'),
  funds: z.object({ implementation: FundBreakdown, annual: FundBreakdown }),
  overview: z.string().nullable(),
  basis: z.string().nullable(),
  necessity: z.string().nullable(),
  measures: z.string().nullable(),
  plan: z.string().nullable(),
  goals: z.object({ implementation: z.string().nullable(), annual: z.string().nullable() }),
  indicators: z.array(Indicator),
  truncated: z.boolean().describe('some cells of this form are cut off in (at least one) source'),
  overflow: z.array(z.string()).describe('stray text fragments printed after the form (cut-off cell tails)'),
  sources: z.array(SourceRef).min(1).describe('every document this form was seen in'),
});
export type ProjectForm = z.infer<typeof ProjectForm>;

export const FundLine = z.object({
  label: z.string(),
  amount: NullableDecimal,
  line: z.number().int().positive().optional().describe('source line the amount is printed on'),
});

export const OverallForm = z.object({
  department: z.object({ code: z.string().nullable(), name: z.string().nullable() }),
  internalDepartments: z.string().nullable().describe('内设职能部门数 as printed'),
  subordinateUnits: z.string().nullable().describe('所属预算单位数 as printed'),
  staffQuota: z.number().int().nullable().describe('核定的人员编制数'),
  staffActual: z.number().int().nullable().describe('实际在职人员总数'),
  duties: z.string().nullable(),
  strategicGoal: z.string().nullable(),
  fundsBySource: z.array(FundLine).describe('按资金来源划分, in 万元'),
  fundsByDirection: z.array(FundLine).describe('按资金方向划分, in 万元'),
  keyTasks: z.array(z.object({ function: z.string(), task: z.string() })),
  annualGoal: z.string().nullable(),
  indicators: z.array(Indicator),
  sourceLines: LineRange,
});
export type OverallForm = z.infer<typeof OverallForm>;

export const Performance = z.object({
  overall: OverallForm.nullable(),
  projects: z.array(ProjectForm),
});
export type Performance = z.infer<typeof Performance>;
