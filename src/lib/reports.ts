/**
 * Data access for pages and endpoints: every report, region and department of the build,
 * from the content collections (src/content.config.ts), in a stable order.
 */
import { decodeSourceOrThrow } from './decode';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { reportStem, type Department, type Region, type Report, type SourceFile } from '../schemas';

export interface ReportEntry {
  /** "<region>/<dept>/<year>" (or "<year>-final" for final accounts) */
  id: string;
  report: Report;
  /** Path of the committed JSON file, relative to the project root. */
  filePath: string;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

let reportsCache: Promise<ReportEntry[]> | undefined;

/** Every report, sorted by region, department and year. */
export function getReportEntries(): Promise<ReportEntry[]> {
  reportsCache ??= getCollection('reports').then((entries) =>
    entries
      .map((e) => {
        const r = e.data;
        const expected = `${r.region}/${r.department.slug}/${reportStem(r)}`;
        if (e.id !== expected) {
          throw new Error(`${e.filePath ?? e.id}: 文件位置与内容不符（内容是 ${expected}）`);
        }
        return { id: e.id, report: r, filePath: e.filePath ?? `content/reports/${e.id}.json` };
      })
      .sort(byId),
  );
  return reportsCache;
}

export async function getReports(): Promise<Report[]> {
  return (await getReportEntries()).map((e) => e.report);
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

const CONTENT_DIR = process.env.CONTENT_DIR?.trim() || 'content';

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

/** Each source file with its provenance entry and the reports read from it. */
export async function getSourceEntries(): Promise<{ file: SourceFile; reports: Report[] }[]> {
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
