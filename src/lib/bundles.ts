/**
 * What goes into the bulk downloads, as pure functions over already-read texts:
 *
 *   /data/<region>/<dept>/<year>.zip   one report: its JSON, every table as CSV (the same
 *                                      bytes as the per-table downloads), its source
 *                                      document(s) and its change log
 *   /data/yusuan-gongkai.zip           every report's files but the source documents,
 *                                      schema.json, datapackage.json
 *
 * Paths inside an archive are the paths under /data/, so datapackage.json at the root of
 * the site archive describes the files beside it.
 */
import type { Report } from '../schemas';
import { tableToCsv } from './csv';
import { reportHistoryPath, reportJsonPath, SCHEMA_PATH, sourceTextPath, tableCsvPath, tableId } from './routes';
import type { ZipFile } from './zip';

/** Site path under /data/ → path inside an archive. */
export const inArchive = (sitePath: string): string => sitePath.replace(/^\/data\//, '');

/** Every source document a report was read from (its own, and those of KPI forms filed elsewhere). */
export function reportSourceFiles(report: Report): string[] {
  const files = new Set(report.source.files.map((f) => f.file));
  for (const p of report.performance.projects) for (const s of p.sources) files.add(s.file);
  return [...files].sort();
}

export interface ReportTexts {
  /** The committed JSON, byte for byte. */
  json: string;
  /** Text (or bytes, for a PDF) of each file of reportSourceFiles(report). */
  sources: ReadonlyMap<string, string | Uint8Array>;
  /** The change log (JSON Lines; empty when the report has none yet). */
  history: string;
}

export function reportBundle(report: Report, texts: ReportTexts): ZipFile[] {
  return [
    { path: inArchive(reportJsonPath(report)), data: texts.json },
    ...report.tables.map((t) => ({ path: inArchive(tableCsvPath(report, tableId(t))), data: tableToCsv(t) })),
    ...reportSourceFiles(report).map((file) => {
      const text = texts.sources.get(file);
      if (text === undefined) throw new Error(`bundle: no text for source ${file}`);
      return { path: inArchive(sourceTextPath(file)), data: text };
    }),
    { path: inArchive(reportHistoryPath(report)), data: texts.history },
  ];
}

/** Paths in the site archive of the files that are not a report's. */
export const SITE_EXTRAS = { schema: inArchive(SCHEMA_PATH), datapackage: 'datapackage.json' };

const SOURCES_DIR = inArchive(sourceTextPath(''));

/**
 * Whether a file of a report's archive also goes into the site archive: all but the source
 * documents. A province's source PDFs weigh hundreds of megabytes a year (about 0.3 MB a
 * report): the site archive is the data, and each source stays in its report's archive and
 * at /data/sources/.
 */
export const inSiteArchive = (archivePath: string): boolean => !archivePath.startsWith(SOURCES_DIR);

/**
 * The report files of the site archive: every bundle's files but the sources, each path
 * once; `same` tells whether two files under one path are the same, else it is an error.
 */
export function siteBundle<T extends { path: string }>(
  bundles: Iterable<readonly T[]>,
  same: (a: T, b: T) => boolean,
): Map<string, T> {
  const files = new Map<string, T>();
  for (const bundle of bundles) {
    for (const f of bundle) {
      if (!inSiteArchive(f.path)) continue;
      const seen = files.get(f.path);
      if (seen && !same(seen, f)) throw new Error(`bundle: two different files for ${f.path}`);
      files.set(f.path, f);
    }
  }
  return files;
}
