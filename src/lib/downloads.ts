/**
 * Build-time side of the bulk downloads and the change log: reads the committed files
 * and builds (once per build) the ZIP archives that the endpoints serve and whose sizes
 * the pages print. Pure parts: ./bundles, ./zip, ./history.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { jsonText, reportJsonSchema, type HistoryEntry, type Report } from '../schemas';
import { reportBundle, reportSourceFiles, siteBundle } from './bundles';
import { dataPackageText } from './datapackage';
import { historyFile, lastDate, parseHistory } from './history';
import { getReportEntries, readReportJson, readSourceBytes, readSourceText, type ReportEntry } from './reports';
import { absoluteFor } from './routes';
import { buildZip } from './zip';

const CONTENT_DIR = process.env.CONTENT_DIR?.trim() || 'content';
/** Timestamp of archive entries when nothing has a date (the earliest a ZIP can store). */
const EPOCH = '1980-01-01';

/** The committed change log of a report (JSON Lines), '' when it has none yet. */
export function readHistoryText(report: Report): string {
  const file = path.resolve(CONTENT_DIR, historyFile(report));
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

const historyCache = new Map<string, HistoryEntry[]>();
export function readHistory(report: Report): HistoryEntry[] {
  const key = historyFile(report);
  let entries = historyCache.get(key);
  if (!entries) {
    entries = parseHistory(readHistoryText(report), `${CONTENT_DIR}/${key}`);
    historyCache.set(key, entries);
  }
  return entries;
}

/** The data package text, with a homepage only when the build knows its origin. */
export async function dataPackageFor(site: URL | undefined): Promise<string> {
  const reports = (await getReportEntries()).map((e) => e.report);
  const homepage = site ? absoluteFor('/data/', import.meta.env.BASE_URL, site) : undefined;
  return dataPackageText(reports, homepage ? { homepage } : {});
}

function bundleOf(entry: ReportEntry) {
  const sources = new Map(
    reportSourceFiles(entry.report).map(
      (f) => [f, f.endsWith('.pdf') ? readSourceBytes(f) : readSourceText(f)] as const,
    ),
  );
  return reportBundle(entry.report, { json: readReportJson(entry), sources, history: readHistoryText(entry.report) });
}

const reportZips = new Map<string, Uint8Array>();
export function reportZip(entry: ReportEntry): Uint8Array {
  let zip = reportZips.get(entry.id);
  if (!zip) {
    zip = buildZip(bundleOf(entry), lastDate(readHistory(entry.report)) ?? EPOCH);
    reportZips.set(entry.id, zip);
  }
  return zip;
}

let siteZipCache: Promise<Uint8Array> | undefined;
export function siteZip(site: URL | undefined): Promise<Uint8Array> {
  siteZipCache ??= (async () => {
    const entries = await getReportEntries();
    const files = siteBundle(entries.map(bundleOf), jsonText(reportJsonSchema()), await dataPackageFor(site));
    const dates = entries.map((e) => lastDate(readHistory(e.report))).filter((d): d is string => d !== null);
    return buildZip(files, dates.sort().at(-1) ?? EPOCH);
  })();
  return siteZipCache;
}

export async function reportEntryOf(report: Report): Promise<ReportEntry> {
  const entry = (await getReportEntries()).find((e) => e.report === report);
  if (!entry) throw new Error(`no entry for report ${report.region}/${report.department.slug}/${report.year}`);
  return entry;
}
