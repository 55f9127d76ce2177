import { z } from 'zod';
import { Slug } from './common';
import { DocumentType } from './report';

/** A department as the maintainer registered it; `match` lists the names forms may print. */
export const ManifestDepartment = z.object({
  slug: Slug,
  name: z.string(),
  shortName: z.string(),
  code: z.string().nullable(),
  match: z.array(z.string()).default([]).describe('other printed names that mean this department'),
});
export type ManifestDepartment = z.infer<typeof ManifestDepartment>;

export const ManifestEntry = z.object({
  file: z
    .string()
    .regex(/^[\w.-]+\.(txt|pdf)$/)
    .describe('under content/sources/: a text (.txt) or the published PDF (.pdf)'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string(),
  publishedBy: z.string(),
  region: z.object({ slug: Slug, name: z.string() }),
  year: z.number().int(),
  documentType: DocumentType,
  /** The publishing department (budget documents) or every department with forms (KPI-only). */
  departments: z.array(ManifestDepartment).min(1),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.array(ManifestEntry);
