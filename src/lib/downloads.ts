/**
 * Build-time side of the bulk downloads and the change log: reads the committed files
 * and builds (once per build) the ZIP archives that the endpoints serve and whose sizes
 * the pages print. Pure parts: ./bundles, ./zip, ./history.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { jsonText, reportJsonSchema, type HistoryEntry, type Report } from '../schemas';
import { inSiteArchive, reportBundle, reportSourceFiles, siteBundle, SITE_EXTRAS } from './bundles';
import { dataPackageText } from './datapackage';
import { historyFile, lastDate, parseHistory } from './history';
import { getReportEntries, readReportJson, readSourceBytes, readSourceText, type ReportEntry } from './reports';
import { parseBuildPart, partOfPath } from './build-parts';
import { deflateOnWorker } from './deflate-worker';
import { absoluteFor, reportZipPath } from './routes';
import { compressFile, compressFileWith, writeZip, zipSize, type ZipEntry, type ZipFile } from './zip';

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

function bundleOf(entry: ReportEntry): ZipFile[] {
  const sources = new Map(
    reportSourceFiles(entry.report).map(
      (f) => [f, f.endsWith('.pdf') ? readSourceBytes(f) : readSourceText(f)] as const,
    ),
  );
  return reportBundle(entry.report, { json: readReportJson(entry), sources, history: readHistoryText(entry.report) });
}

/**
 * A report's files compressed: its ZIP and the site archive are made of the same entries.
 * The deflate runs on a worker thread, a few reports ahead of the pages: when a page asks for
 * a report's ZIP, the next reports this build renders (its part, src/lib/build-parts.ts) are
 * queued, so the second core compresses while the first renders.
 *
 * Memory: a report's source PDFs weigh about 0.3 MB compressed, its data about 30 KB. So the
 * entries of the site archive (the data) are kept for the build, and all of a report's
 * entries only for the last RECENT reports; at most RECENT reports are read and compressed at
 * once, however many a page asks for together (/data/<region>/ prints every report's size).
 * A report whose ZIP is asked for again later (its size on a page, then the ZIP itself) has
 * its sources compressed again, on the worker, rather than every source held to the end.
 */
const AHEAD = 4;
/** More than the window, so that no queued report is dropped before its page asks for it. */
const RECENT = 2 * (AHEAD + 1);
const recent = new Map<string, ZipEntry[]>();
const pending = new Map<string, Promise<ZipEntry[]>>();
const siteEntries = new Map<string, ZipEntry[]>();
const zipSizes = new Map<string, number>();
const part = parseBuildPart(process.env.BUILD_PART);

let running = 0;
const waiting: (() => void)[] = [];
/** Runs `job` when fewer than RECENT jobs run (a finished job hands its place to the next). */
async function inTurn<T>(job: () => Promise<T>): Promise<T> {
  if (running < RECENT) running++;
  else await new Promise<void>((start) => waiting.push(start));
  try {
    return await job();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** `entries` as the newest of the RECENT reports kept whole. */
function keep(id: string, entries: ZipEntry[]): ZipEntry[] {
  recent.delete(id);
  recent.set(id, entries);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return entries;
}

function compress(entry: ReportEntry): Promise<ZipEntry[]> {
  const done = recent.get(entry.id);
  if (done) return Promise.resolve(keep(entry.id, done));
  let job = pending.get(entry.id);
  if (!job) {
    job = inTurn(() => Promise.all(bundleOf(entry).map((f) => compressFileWith(f, deflateOnWorker)))).then(
      (entries) => {
        pending.delete(entry.id);
        // What the rest of the build needs of a report once it has left the RECENT (the same
        // bytes when a report is compressed again).
        siteEntries.set(
          entry.id,
          entries.filter((e) => inSiteArchive(e.path)),
        );
        zipSizes.set(entry.id, zipSize(entries));
        return keep(entry.id, entries);
      },
    );
    pending.set(entry.id, job);
  }
  return job;
}

/** The entries of `list[i]`, with the next AHEAD reports queued behind it (never more). */
function compressAt(list: readonly ReportEntry[], i: number): Promise<ZipEntry[]> {
  for (const next of list.slice(i + 1, i + 1 + AHEAD)) void compress(next);
  return compress(list[i]!);
}

let ownEntries: Promise<ReportEntry[]> | undefined;
async function reportEntries(entry: ReportEntry): Promise<ZipEntry[]> {
  ownEntries ??= getReportEntries().then((all) =>
    all.filter((e) => partOfPath(reportZipPath(e.report), part.count) === part.index),
  );
  const own = await ownEntries;
  const at = own.indexOf(entry);
  return at < 0 ? compress(entry) : compressAt(own, at);
}

const reportDate = (entry: ReportEntry): string => lastDate(readHistory(entry.report)) ?? EPOCH;

/** One report's ZIP (assembled from its compressed entries; not kept). */
export async function reportZip(entry: ReportEntry): Promise<Uint8Array> {
  return writeZip(await reportEntries(entry), reportDate(entry));
}

/** The byte size of a report's ZIP, as printed beside its link (known once its files are compressed). */
export async function reportZipSize(entry: ReportEntry): Promise<number> {
  if (!zipSizes.has(entry.id)) await reportEntries(entry);
  return zipSizes.get(entry.id)!;
}

let siteZipCache: Promise<Uint8Array> | undefined;
export function siteZip(site: URL | undefined): Promise<Uint8Array> {
  siteZipCache ??= (async () => {
    const entries = await getReportEntries();
    const bundles: ZipEntry[][] = [];
    for (let i = 0; i < entries.length; i++) {
      const id = entries[i]!.id;
      if (!siteEntries.has(id)) await compressAt(entries, i);
      bundles.push(siteEntries.get(id)!);
    }
    const files = siteBundle(bundles, (a, b) => a.crc === b.crc && a.size === b.size);
    const extras: ZipFile[] = [
      { path: SITE_EXTRAS.schema, data: jsonText(reportJsonSchema()) },
      { path: SITE_EXTRAS.datapackage, data: await dataPackageFor(site) },
    ];
    for (const f of extras) files.set(f.path, compressFile(f));
    return writeZip([...files.values()], entries.map(reportDate).sort().at(-1) ?? EPOCH);
  })();
  return siteZipCache;
}

let entryByReport: Promise<Map<Report, ReportEntry>> | undefined;
export async function reportEntryOf(report: Report): Promise<ReportEntry> {
  entryByReport ??= getReportEntries().then((entries) => new Map(entries.map((e) => [e.report, e])));
  const entry = (await entryByReport).get(report);
  if (!entry) throw new Error(`no entry for report ${report.region}/${report.department.slug}/${report.year}`);
  return entry;
}
