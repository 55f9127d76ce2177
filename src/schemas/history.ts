/**
 * The change log of a report: content/history/<region>/<dept>/<year>.jsonl, one
 * HistoryEntry per line, appended by scripts/import.ts whenever an import changes the
 * report (never rewritten). Figures are table cells of amount columns, kept as printed.
 */
import { z } from 'zod';
import { NullableDecimal } from './common';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** Where a figure sits: table id and title, row id and label, column key and header path. */
const FigurePlace = z.object({
  table: z.string(),
  tableTitle: z.string(),
  row: z.string(),
  label: z.string(),
  column: z.string(),
  columnLabel: z.string(),
  unit: z.string(),
});

export const Change = z.discriminatedUnion('type', [
  FigurePlace.extend({ type: z.literal('added'), value: NullableDecimal, line: z.number().int().positive() }),
  FigurePlace.extend({ type: z.literal('removed'), value: NullableDecimal, line: z.number().int().positive() }),
  FigurePlace.extend({
    type: z.literal('changed'),
    from: NullableDecimal,
    to: NullableDecimal,
    fromLine: z.number().int().positive(),
    toLine: z.number().int().positive(),
  }),
  z.object({
    type: z.enum(['table-added', 'table-removed']),
    table: z.string(),
    tableTitle: z.string(),
    rows: z.number().int().nonnegative(),
    line: z.number().int().positive(),
  }),
  z.object({
    type: z.literal('correction'),
    file: z.string(),
    line: z.number().int().positive(),
    original: z.string(),
    corrected: z.string(),
    reason: z.string(),
  }),
]);
export type Change = z.infer<typeof Change>;

export const HistoryEntry = z.object({
  date: IsoDate.describe('day of the import (UTC)'),
  kind: z.enum(['first-import', 'update']).describe('首次导入 or a later import that changed the report'),
  changes: z.array(Change),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
