import { z } from 'zod';
import { Slug } from './common';
import { DocumentType, Scope } from './report';

/** A department as the maintainer registered it; `match` lists the names forms may print. */
export const ManifestDepartment = z.object({
  slug: Slug,
  name: z.string(),
  shortName: z.string(),
  code: z.string().nullable(),
  match: z.array(z.string()).default([]).describe('other printed names that mean this department'),
});
export type ManifestDepartment = z.infer<typeof ManifestDepartment>;

const SourceFileName = z
  .string()
  .regex(/^[\w.-]+\.(txt|pdf)$/, 'must be a file name under content/sources/ (.txt or .pdf)');
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestEntry = z.object({
  file: SourceFileName,
  sha256: Sha256,
  /** Further files of the same report, read after `file` in this order (e.g. the tables of a narrative that says 公开表附后). */
  attachments: z.array(z.object({ file: SourceFileName, sha256: Sha256 })).default([]),
  title: z.string(),
  publishedBy: z.string(),
  region: z.object({ slug: Slug, name: z.string() }),
  year: z.number().int(),
  documentType: DocumentType,
  /** 部门 or 单位 document; when absent, what the document's title says. */
  scope: Scope.nullable().optional(),
  /** The publishing department (budget documents) or every department with forms (KPI-only). */
  departments: z.array(ManifestDepartment).min(1),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.array(ManifestEntry);
