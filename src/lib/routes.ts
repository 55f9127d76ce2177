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
 * The id of a table (`Table.id`) in URLs and anchors (`/t/<id>/`, `#<id>`, `<id>.csv`, `/embed/…/t/<id>/`).
 * Every route and anchor of a table goes through this one function.
 */
export const tableId = (table: { id: string }): string => table.id;

export const regionPath = (region: string): string => `/r/${region}/`;
export const departmentPath = (region: string, dept: string): string => `/r/${region}/${dept}/`;
export const reportPath = (r: ReportRef): string => `/r/${r.region}/${r.department.slug}/${reportStem(r)}/`;
export const tablePath = (r: ReportRef, key: string): string => `${reportPath(r)}t/${key}/`;
/** The comparison of a department's budget and final accounts of one year. */
export const budgetVsActualPath = (region: string, dept: string, year: number): string =>
  `/r/${region}/${dept}/${year}/budget-vs-actual/`;
export const projectPath = (r: ReportRef, slug: string): string => `${reportPath(r)}p/${slug}/`;

/** Site-wide lists, per region and year so that no page grows with the whole content. */
export const BROWSE_PATH = '/r/';
export const regionYearPath = (region: string, year: number): string => `/r/${region}/years/${year}/`;
export const QUALITY_PATH = '/quality/';
export const qualityRegionPath = (region: string): string => `/quality/${region}/`;
export const qualityReportPath = (r: ReportRef): string =>
  `/quality/${r.region}/${r.department.slug}/${reportStem(r)}/`;
export const COMPARE_PATH = '/compare/';
export const compareRegionYearPath = (region: string, year: number): string => `/compare/${region}/${year}/`;

export const reportJsonPath = (r: ReportRef): string => `/data/${r.region}/${r.department.slug}/${reportStem(r)}.json`;
export const tableCsvPath = (r: ReportRef, key: string): string =>
  `/data/${r.region}/${r.department.slug}/${reportStem(r)}/${key}.csv`;
export const sourceTextPath = (file: string): string => `/data/sources/${file}`;
/** The media type a source document is served with: a PDF, or a text. */
export const sourceMediaType = (file: string): string => (file.endsWith('.pdf') ? 'application/pdf' : 'text/plain');
/** A report's change log (JSON Lines), as committed under content/history/. */
export const reportHistoryPath = (r: ReportRef): string =>
  `/data/${r.region}/${r.department.slug}/${reportStem(r)}/history.jsonl`;
/** One ZIP per report (its tables as CSV, the JSON, the source document). */
export const reportZipPath = (r: ReportRef): string => `/data/${r.region}/${r.department.slug}/${reportStem(r)}.zip`;
/** One ZIP of everything (every report's files, the JSON Schema, the data package). */
export const SITE_ZIP_PATH = '/data/yusuan-gongkai.zip';
export const SCHEMA_PATH = '/data/schema.json';
export const DATAPACKAGE_PATH = '/data/datapackage.json';
export const DATA_PATH = '/data/';
/** The files of a region's reports, when /data/ does not list every report (DATA_ALL_MAX). */
export const dataRegionPath = (region: string): string => `/data/${region}/`;

/** Embeddable pages (no site chrome): a table, a report chart. */
export const embedTablePath = (r: ReportRef, id: string): string =>
  `/embed/${r.region}/${r.department.slug}/${reportStem(r)}/t/${id}/`;
export const embedChartPath = (r: ReportRef, kind: string): string =>
  `/embed/${r.region}/${r.department.slug}/${reportStem(r)}/c/${kind}/`;

/** Change log and Atom feeds. */
export const CHANGES_PATH = '/changes/';
export const FEED_PATH = '/feed.xml';
export const regionFeedPath = (region: string): string => `/r/${region}/feed.xml`;

/** Anchor id of a table row on the report page: `expenditure-2011308`. */
export const rowAnchor = (tableKey: string, rowId: string): string => `${tableKey}-${rowId}`;

/** Anchor id of a KPI indicator row on a project page: `annual-3` (1-based within its period). */
export const indicatorAnchor = (period: string, index: number): string => `${period}-${index + 1}`;

/**
 * Absolute URL of a site-relative path for the given deployment (`site` = SITE_URL,
 * `base` = BASE_PATH). Without SITE_URL the build cannot know its origin, so the result is
 * the site-relative path (with the base): never a made-up domain.
 */
export function absoluteFor(path: string, base: string, site?: URL | string): string {
  const local = joinBase(base, path);
  return site === undefined || site === '' ? local : new URL(local, site).toString();
}
