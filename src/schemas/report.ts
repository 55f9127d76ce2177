import { z } from 'zod';
import { LineRange, NullableDecimal, Slug, Warning } from './common';
import { NarrativeSection } from './narrative';
import { Performance } from './performance';
import { SourceDocument } from './source';
import { Table } from './table';

export const SCHEMA_VERSION = 1;

/** 部门预算, 部门决算 (final accounts), or a document of project KPI forms only. */
export const DocumentType = z.enum(['budget', 'final-accounts', 'performance-targets']);
export type DocumentType = z.infer<typeof DocumentType>;

/** 部门预算/决算 (consolidated over the department's units) or 单位预算/决算 (one unit's own). */
export const Scope = z.enum(['department', 'unit']);
export type Scope = z.infer<typeof Scope>;

/**
 * The file stem and URL segment of a report: its year, plus "-final" for final accounts, so
 * a department's budget and final accounts of one year live side by side:
 * content/reports/<region>/<dept>/2024.json and 2024-final.json, /r/<region>/<dept>/2024/ and 2024-final/.
 */
export const reportStem = (r: { year: number; documentType: DocumentType }): string =>
  r.documentType === 'final-accounts' ? `${r.year}-final` : String(r.year);

export const Correction = z.object({
  file: z.string().describe('source file the correction applies to'),
  line: z.number().int().positive(),
  original: z.string().min(1).describe('text as printed'),
  corrected: z.string().describe('text used instead'),
  reason: z.string().min(1),
});
export type Correction = z.infer<typeof Correction>;

export const Assets = z.object({
  asOf: z.string().nullable().describe('date as printed, e.g. 2024年3月19日'),
  vehicles: z
    .object({
      quota: z.number().int().nullable().describe('公务用车编制'),
      actual: z.number().int().nullable().describe('实有'),
      breakdown: z.array(z.object({ kind: z.string(), count: z.number().int() })),
    })
    .nullable(),
  officeArea: NullableDecimal.describe('办公用房建筑总面积, 平方米'),
  equipmentOver500k: z.number().int().nullable().describe('单价50万元以上通用设备 台(套)'),
  text: z.string(),
  sourceLines: LineRange,
});
export type Assets = z.infer<typeof Assets>;

export const Procurement = z.object({
  total: NullableDecimal,
  goods: NullableDecimal,
  works: NullableDecimal,
  services: NullableDecimal,
  text: z.string(),
  sourceLines: LineRange,
});
export type Procurement = z.infer<typeof Procurement>;

export const GlossaryEntry = z.object({
  number: z.string(),
  term: z.string(),
  definition: z.string(),
  sourceLines: LineRange,
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const Report = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  region: Slug,
  department: z.object({ code: z.string().nullable(), name: z.string(), slug: Slug }),
  year: z.number().int().min(2000).max(2100),
  documentType: DocumentType,
  // Optional so that reports built by hand (fixtures) need not say it; the importer always writes it.
  scope: Scope.nullable()
    .optional()
    .describe('部门 (consolidated) or 单位 (one unit) document; null when not printed and for KPI-only forms'),
  unit: z.literal('万元'),
  source: SourceDocument,
  overview: z
    .object({
      duties: z.string().nullable(),
      organization: z.string().nullable(),
      sourceLines: LineRange,
    })
    .nullable(),
  tables: z.array(Table),
  narrative: z.array(NarrativeSection),
  performance: Performance,
  assets: Assets.nullable(),
  procurement: Procurement.nullable(),
  glossary: z.array(GlossaryEntry),
  corrections: z.array(Correction).describe('reviewed fixes applied to the source text'),
  warnings: z.array(Warning).describe('problems of the source found while importing'),
});
export type Report = z.infer<typeof Report>;

export const Region = z.object({ slug: Slug, name: z.string() });
export type Region = z.infer<typeof Region>;
export const Regions = z.array(Region);

export const Department = z.object({
  slug: Slug,
  region: Slug,
  code: z.string().nullable(),
  name: z.string(),
  shortName: z.string(),
  reports: z.array(z.object({ year: z.number().int(), documentType: DocumentType })),
});
export type Department = z.infer<typeof Department>;
export const Departments = z.array(Department);
