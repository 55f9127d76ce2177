/**
 * Site-relative paths of every page and download (pass them through `href()` from
 * ./url before putting them in a page). One place, so that links never drift from routes.
 *
 * URLs are stable and ASCII: /r/<region>/<dept>/<year>/, …/t/<table-key>/, …/p/<project>/.
 */
import { reportStem, type DocumentType } from '../schemas/report';
import { joinBase } from './url';

export interface ReportRef {
  region: string;
  department: { slug: string };
  year: number;
  documentType: DocumentType;
}

/**
 * Origin used for absolute URLs (citations, sitemap, Open Graph) when the build has no
 * SITE_URL. It is a reserved example domain on purpose: set SITE_URL for a real deployment,
 * e.g. `SITE_URL=https://budget.example.gov.cn npm run build`.
 */
export const DEFAULT_SITE_URL = 'https://example.org/';

export const regionPath = (region: string): string => `/r/${region}/`;
export const departmentPath = (region: string, dept: string): string => `/r/${region}/${dept}/`;
export const reportPath = (r: ReportRef): string => `/r/${r.region}/${r.department.slug}/${reportStem(r)}/`;
export const tablePath = (r: ReportRef, key: string): string => `${reportPath(r)}t/${key}/`;
export const projectPath = (r: ReportRef, slug: string): string => `${reportPath(r)}p/${slug}/`;

export const reportJsonPath = (r: ReportRef): string => `/data/${r.region}/${r.department.slug}/${reportStem(r)}.json`;
export const tableCsvPath = (r: ReportRef, key: string): string =>
  `/data/${r.region}/${r.department.slug}/${reportStem(r)}/${key}.csv`;
export const sourceTextPath = (file: string): string => `/data/sources/${file}`;
export const SCHEMA_PATH = '/data/schema.json';
export const DATAPACKAGE_PATH = '/data/datapackage.json';

/** Anchor id of a table row on the report page: `expenditure-2011308`. */
export const rowAnchor = (tableKey: string, rowId: string): string => `${tableKey}-${rowId}`;

/** Anchor id of a KPI indicator row on a project page: `annual-3` (1-based within its period). */
export const indicatorAnchor = (period: string, index: number): string => `${period}-${index + 1}`;

/**
 * Absolute URL of a site-relative path for the given deployment (`site` = SITE_URL,
 * `base` = BASE_PATH). Falls back to DEFAULT_SITE_URL.
 */
export function absoluteFor(path: string, base: string, site?: URL | string): string {
  return new URL(joinBase(base, path), site ?? DEFAULT_SITE_URL).toString();
}
