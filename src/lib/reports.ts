/**
 * Data access for pages and endpoints: every report, region and department of the build, in
 * a stable order.
 *
 * Regions and departments come from the content collections (src/content.config.ts). Reports
 * are read here, straight from `<CONTENT_DIR>/reports/<region>/<dept>/<year>.json`, once per
 * build, and validated against the schema as they are read: through Astro's content layer
 * every report was held several times over (its data store, the store serialised into the
 * build's bundle, and the copy the pages read), and the build's memory grew with all of them
 * (docs/scaling.md). Read here, a report is in memory once.
 */
import { decodeSourceOrThrow } from './decode';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { contractErrors, formatContractErrors } from '../schemas/errors';
import {
  Report as ReportSchema,
  reportStem,
  type Department,
  type Region,
  type Report,
  type SourceFile,
} from '../schemas';

export interface ReportEntry {
  /** "<region>/<dept>/<year>" (or "<year>-final" for final accounts) */
  id: string;
  report: Report;
  /** Path of the committed JSON file, relative to the project root. */
  filePath: string;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const CONTENT_DIR = (process.env.CONTENT_DIR?.trim() || 'content').replace(/\/+$/, '');

/** One committed report file, parsed and validated; a file that breaks the contract stops the build. */
export function loadReportFile(filePath: string, id: string): ReportEntry {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.resolve(filePath), 'utf8'));
  } catch (e) {
    throw new Error(`${filePath}: 无法解析：${(e as Error).message}`, { cause: e });
  }
  const parsed = ReportSchema.safeParse(raw);
  if (!parsed.success) throw new Error(formatContractErrors(contractErrors(filePath, raw, parsed.error)));
  const r = parsed.data;
  const expected = `${r.region}/${r.department.slug}/${reportStem(r)}`;
  if (id !== expected) throw new Error(`${filePath}: 文件位置与内容不符（内容是 ${expected}）`);
  return { id, report: r, filePath };
}

/** Ids ("<region>/<dept>/<year>") of the report files under `<dir>/reports`, sorted. */
export function reportIds(dir: string): string[] {
  const base = path.resolve(dir, 'reports');
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => path.relative(base, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((f) => f.split('/').length === 3)
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

let reportsCache: Promise<ReportEntry[]> | undefined;

/** Every report, sorted by region, department and year. */
export function getReportEntries(): Promise<ReportEntry[]> {
  reportsCache ??= Promise.resolve().then(() =>
    reportIds(CONTENT_DIR)
      .map((id) => loadReportFile(path.join(CONTENT_DIR, 'reports', `${id}.json`), id))
      .sort(byId),
  );
  return reportsCache;
}

let reportList: Promise<Report[]> | undefined;
export function getReports(): Promise<Report[]> {
  reportList ??= getReportEntries().then((entries) => entries.map((e) => e.report));
  return reportList;
}

export async function getRegions(): Promise<Region[]> {
  return (await getCollection('regions')).map((e) => e.data).sort((a, b) => a.slug.localeCompare(b.slug));
}

export async function getDepartments(): Promise<Department[]> {
  return (await getCollection('departments'))
    .map((e) => e.data)
    .sort((a, b) => `${a.region}/${a.slug}`.localeCompare(`${b.region}/${b.slug}`));
}

/** The reports of one department, newest year first. */
export async function getDepartmentReports(region: string, dept: string): Promise<Report[]> {
  return (await getReports())
    .filter((r) => r.region === region && r.department.slug === dept)
    .sort((a, b) => b.year - a.year);
}

/** The committed JSON text of a report, byte for byte. */
export function readReportJson(entry: ReportEntry): string {
  return readFileSync(path.resolve(entry.filePath), 'utf8');
}

/** The text of a source document as published (content/sources/<file>). */
export function readSourceText(file: string): string {
  if (!/^[\w.-]+\.txt$/.test(file)) throw new Error(`not a source file name: ${file}`);
  // Decoded as the importer reads it (GB18030, UTF-16, BOM, CRLF), so line numbers agree.
  return decodeSourceOrThrow(readFileSync(path.resolve(CONTENT_DIR, 'sources', file)), file);
}

/** The bytes of a published PDF as stored (content/sources/<file>.pdf). */
export function readSourceBytes(file: string): Buffer {
  if (!/^[\w.-]+\.pdf$/.test(file)) throw new Error(`not a PDF source file name: ${file}`);
  return readFileSync(path.resolve(CONTENT_DIR, 'sources', file));
}

let sourceEntries: Promise<{ file: SourceFile; reports: Report[] }[]> | undefined;
/** Each source file with its provenance entry and the reports read from it (computed once). */
export function getSourceEntries(): Promise<{ file: SourceFile; reports: Report[] }[]> {
  sourceEntries ??= collectSourceEntries();
  return sourceEntries;
}

async function collectSourceEntries(): Promise<{ file: SourceFile; reports: Report[] }[]> {
  const byName = new Map<string, { file: SourceFile; reports: Report[] }>();
  for (const r of await getReports()) {
    for (const f of r.source.files) {
      const entry = byName.get(f.file) ?? { file: f, reports: [] };
      entry.reports.push(r);
      byName.set(f.file, entry);
    }
  }
  return [...byName.values()].sort((a, b) => a.file.file.localeCompare(b.file.file));
}

/** Every source file that some report (or one of its KPI forms) was read from. */
export async function getSourceFiles(): Promise<string[]> {
  const files = new Set<string>();
  for (const r of await getReports()) {
    for (const f of r.source.files) files.add(f.file);
    for (const p of r.performance.projects) for (const s of p.sources) files.add(s.file);
  }
  return [...files].sort();
}
