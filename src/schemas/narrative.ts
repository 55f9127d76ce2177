import { z } from 'zod';
import { DecimalString, LineRange } from './common';

/**
 * What a quoted figure claims to be. The claim is read from the words around it, so a
 * check can compare it with the right table cell (e.g. `change-total` speaks of 收入总计,
 * `gp-change` of 一般公共预算当年支出 — two different bases).
 */
export const FIGURE_CLAIMS = [
  'income-total', // 预算收入总计 / 预算收入
  'income-current', // 本年收入
  'carryover', // 上年结转
  'change-amount', // 比上年增加/减少 … 万元 (total)
  'change-percent', // 增长/下降 … % (total)
  'expenditure-total', // 支出预算 / 支出总计
  'expenditure-current', // 本年预算安排
  'source-amount', // 一般公共预算拨款收入 … (by source, with `subject`)
  'source-share', // … 占 x%
  'basic', // 基本支出
  'basic-share',
  'project', // 项目支出
  'project-share',
  'fiscal-total', // 财政拨款收支总预算
  'function-amount', // 一般公共服务支出 x 万元 (with `subject`)
  'function-share',
  'gp-current', // 一般公共预算当年支出/拨款
  'gp-change-amount',
  'gp-change-percent',
  'personnel', // 人员经费
  'public', // 公用经费
  'three-public-total',
  'three-public-change',
  'three-public-item', // 因公出国(境)费 … (with `subject`)
  'three-public-item-change',
  'procurement-total',
  'procurement-goods',
  'procurement-works',
  'procurement-services',
  'kpi-overall-amount', // 整体绩效目标，涉及资金 …
  'kpi-projects-amount', // 纳入绩效目标管理的二级项目 … 共计金额 / 实行绩效管理的项目 … 涉及 …
  'kpi-category-amount', // 其中：其他运转类项目 n 个，涉及金额 … (with `subject`: the category)
  'kpi-published-amount', // 公开项目绩效目标 n 个，涉及项目金额 …
  'kpi-published-share', // 占部门（单位）项目支出总额的 …%
  'kpi-published-category-amount', // 其中：特定目标类项目 n 个，涉及项目金额 … (with `subject`)
  'other',
] as const;
export const FigureClaim = z.enum(FIGURE_CLAIMS);
export type FigureClaim = z.infer<typeof FigureClaim>;

export const Figure = z.object({
  raw: z.string().describe('the figure as printed, e.g. "14,101.87万元"'),
  value: DecimalString,
  unit: z.enum(['万元', '%']),
  sign: z.enum(['+', '-']).nullable().describe('direction stated by the text (增加/减少), if any'),
  claim: FigureClaim,
  subject: z.string().nullable().describe('what the figure is of, when the claim needs it'),
  context: z.string().describe('the words just before the figure'),
  line: z.number().int().positive(),
});
export type Figure = z.infer<typeof Figure>;

/**
 * A numbered item of a 编制说明 that names a budget subject and its amount:
 * "1. “一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元，主要用于…".
 */
export const SubjectItem = z.object({
  number: z.string().describe('item number as printed: 1, 2 … or 一, 二 …'),
  path: z
    .array(z.object({ level: z.enum(['类', '款', '项']), name: z.string() }))
    .describe('the subject as printed, from 类 down; a parent heading such as （一）一般公共服务（类） included'),
  amount: DecimalString.nullable().describe('the amount as printed (separators removed), in `unit`'),
  unit: z.enum(['万元', '元']).nullable(),
  text: z.string().describe('the whole item, purpose included'),
  line: z.number().int().positive(),
});
export type SubjectItem = z.infer<typeof SubjectItem>;

/** The numerals a 编制说明 numbers its sections with, in order. */
export const SECTION_NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
] as const;

export const NarrativeSection = z.object({
  number: z.string().describe('section numeral as printed: 一 … 十五; empty for a section with a title only'),
  title: z.string(),
  paragraphs: z.array(
    z.object({
      text: z.string(),
      lines: LineRange,
      starts: z
        .array(z.tuple([z.number().int().nonnegative(), z.number().int().positive()]))
        .optional()
        .describe('[offset in text, source line] where each source line of the paragraph starts'),
    }),
  ),
  figures: z.array(Figure),
  items: z.array(SubjectItem).optional().describe('numbered items naming a budget subject and its amount'),
  sourceLines: LineRange,
});
export type NarrativeSection = z.infer<typeof NarrativeSection>;
