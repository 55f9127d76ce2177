import { z } from 'zod';
import { LineRange } from './common';
import { FA_TABLE_KEYS } from './final-accounts';

/**
 * Stable semantic keys of the disclosure tables (numbering differs between years and
 * provinces); 'generic' is a table whose printed title matches no known kind. The
 * vocabulary (src/pipeline/vocabulary/) maps printed titles to these keys.
 */
export const TABLE_KEYS = [
  'summary',
  'income',
  'expenditure',
  'fiscal',
  'general',
  'basic-economic',
  'fund-income',
  'fund-expenditure',
  'state-capital',
  'three-public',
  'admin-operation',
  'projects',
  'projects-carryover',
  'fiscal-expenditure',
  'fiscal-basic',
  'procurement',
  'generic',
  // final accounts (部门决算), see ./final-accounts.ts
  ...FA_TABLE_KEYS,
] as const;
export const TableKey = z.enum(TABLE_KEYS);
export type TableKey = z.infer<typeof TableKey>;

export const Column = z.object({
  key: z
    .string()
    .describe('stable column id within the table, ASCII; c<index> for a column the vocabulary does not know'),
  path: z.array(z.string()).min(1).describe('multi-level header flattened to a path, as printed'),
  kind: z.enum(['code', 'text', 'amount', 'number']).describe('number: percentages, counts (not money)'),
});
export type Column = z.infer<typeof Column>;

export const RowKind = z.enum(['total', 'subtotal', 'item']);

export const Row = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('anchor id, unique within the table'),
  code: z
    .string()
    .regex(/^\d{3}(\d{2}){0,2}$/)
    .nullable()
    .describe('政府收支分类科目 code: 类 3 / 款 5 / 项 7 digits'),
  label: z.string().describe('row label as printed (科目名称, 项目名称, item)'),
  level: z.number().int().min(0).max(3).describe('0 total, 1 类, 2 款, 3 项 (or grouping depth)'),
  kind: RowKind,
  cells: z
    .array(z.string().nullable())
    .describe('one entry per column: amounts as decimal strings, text as printed, blank = null'),
  sourceLines: LineRange,
});
export type Row = z.infer<typeof Row>;

export const Table = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .describe(
      'unique within the report, used in anchors and URLs: the key for the first table of a kind, <key>-2 for a second, table-<n> for a generic one',
    ),
  key: TableKey,
  number: z.string().nullable().describe('number as printed, e.g. "预算公开表3"; null when not printed'),
  title: z.string().describe('title as printed'),
  unit: z.string().describe('money unit as printed (万元, 元, 千元); cells are in this unit, never rescaled'),
  columns: z.array(Column).min(1),
  rows: z.array(Row),
  empty: z.boolean().describe('the source marks the table "注：本表无数据"'),
  sourceLines: LineRange,
});
export type Table = z.infer<typeof Table>;
