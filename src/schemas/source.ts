import { z } from 'zod';
import { LineRange } from './common';

/**
 * Provenance of a report: the published files it was read from. Every `sourceLines` /
 * `line` of a report refers to the report's own line space: for a text source the file's
 * own line numbers; for a PDF the reader's rows, numbered from 1 in reading order over
 * all files of the report. `locate` (src/lib/provenance.ts) turns a line back into file,
 * page and row.
 */
export const SourceFormat = z.enum(['text', 'pdf']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const SourcePage = z.object({
  page: z.number().int().positive(),
  lines: LineRange.describe('report lines read from this page'),
});
export type SourcePage = z.infer<typeof SourcePage>;

export const SourceFile = z.object({
  file: z.string().describe('file name under content/sources/'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: SourceFormat,
  lines: LineRange.describe('report lines that come from this file'),
  pages: z.array(SourcePage).describe('for a PDF: which report lines each page gave; empty for text'),
});
export type SourceFile = z.infer<typeof SourceFile>;

export const SourceDocument = z.object({
  title: z.string(),
  publishedBy: z.string(),
  files: z.array(SourceFile).min(1),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
