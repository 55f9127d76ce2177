/**
 * What goes into the bulk downloads, as pure functions over already-read texts:
 *
 *   /data/<region>/<dept>/<year>.zip   one report: its JSON, every table as CSV (the same
 *                                      bytes as the per-table downloads), its source
 *                                      document(s) and its change log
 *   /data/yusuan-gongkai.zip           every report's files, schema.json, datapackage.json
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

const bytes = (d: string | Uint8Array): Uint8Array => (typeof d === 'string' ? new TextEncoder().encode(d) : d);
function sameData(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  const x = bytes(a);
  const y = bytes(b);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/**
 * Every file of several bundles, each path once (a source shared by reports is one file);
 * `same` tells whether two files under one path are the same, else it is an error.
 */
export function mergeBundles<T extends { path: string }>(
  bundles: Iterable<readonly T[]>,
  same: (a: T, b: T) => boolean,
): Map<string, T> {
  const files = new Map<string, T>();
  for (const bundle of bundles) {
    for (const f of bundle) {
      const seen = files.get(f.path);
      if (seen && !same(seen, f)) throw new Error(`bundle: two different files for ${f.path}`);
      files.set(f.path, f);
    }
  }
  return files;
}

/** Paths in the site archive of the files that are not a report's. */
export const SITE_EXTRAS = { schema: inArchive(SCHEMA_PATH), datapackage: 'datapackage.json' };

/** The site archive: every report bundle (shared sources once), the schema and the data package. */
export function siteBundle(bundles: readonly ZipFile[][], schema: string, datapackage: string): ZipFile[] {
  const files = mergeBundles(bundles, (a, b) => sameData(a.data, b.data));
  files.set(SITE_EXTRAS.schema, { path: SITE_EXTRAS.schema, data: schema });
  files.set(SITE_EXTRAS.datapackage, { path: SITE_EXTRAS.datapackage, data: datapackage });
  return [...files.values()];
}
