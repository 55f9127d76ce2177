/**
 * Provenance: a report line → the file, and for a PDF the page and the row on that page;
 * and where a reader can see it (the PDF's page, or the line in the source view).
 * Contract in src/schemas/source.ts.
 */
import type { SourceDocument, SourceFile, SourceFormat } from '../schemas';

export interface Location {
  file: string;
  format: SourceFormat;
  /** Line in the report's line space (for a text source: the file's own line). */
  line: number;
  page?: number;
  /** Row on the page, 1-based (PDF only). */
  row?: number;
}

export function fileOfLine(source: SourceDocument, n: number): SourceFile {
  return source.files.find((f) => n >= f.lines[0] && n <= f.lines[1]) ?? (source.files[0] as SourceFile);
}

export function locate(source: SourceDocument, n: number): Location {
  const file = fileOfLine(source, n);
  if (file.format === 'text') return { file: file.file, format: 'text', line: n };
  const page =
    file.pages.find((p) => n >= p.lines[0] && n <= p.lines[1]) ??
    [...file.pages].reverse().find((p) => p.lines[0] <= n) ??
    file.pages[0];
  if (!page) return { file: file.file, format: 'pdf', line: n };
  return { file: file.file, format: 'pdf', line: n, page: page.page, row: n - page.lines[0] + 1 };
}

/** The main file of a report (the first it was read from). */
export const mainFile = (source: SourceDocument): SourceFile => source.files[0] as SourceFile;

/** "000_x.txt" → "000_x": the stem names the source view /s/<stem>/. */
export const fileStem = (file: string): string => file.replace(/\.(txt|pdf)$/, '');

export const sourceViewPath = (file: string): string => `/s/${fileStem(file)}/`;
export const sourceFilePath = (file: string): string => `/data/sources/${file}`;

/** Anchor of a cited range in the source view: one line "L7", a range "L262-276". */
export const rangeAnchor = ([from, to]: readonly [number, number]): string =>
  from === to ? `L${from}` : `L${from}-${to}`;

export interface SourceLink {
  /** Site-relative path with fragment. */
  path: string;
  /** "第 3 页第 5–9 行" / "第262–276行". */
  label: string;
  format: SourceFormat;
}

/** Where a cited range [from, to] can be seen. */
export function sourceLink(source: SourceDocument, range: readonly [number, number]): SourceLink {
  const [from, to] = range;
  const start = locate(source, from);
  if (start.format === 'text' || start.page === undefined) {
    const label = from === to ? `第${from}行` : `第${from}–${to}行`;
    return { path: `${sourceViewPath(start.file)}#${rangeAnchor(range)}`, label, format: start.format };
  }
  const end = locate(source, to);
  const rows =
    end.page === start.page && end.file === start.file
      ? start.row === end.row
        ? `第 ${start.row} 行`
        : `第 ${start.row}–${end.row} 行`
      : `第 ${start.row} 行起`;
  const pages =
    end.page !== undefined && end.page !== start.page && end.file === start.file
      ? `第 ${start.page}–${end.page} 页`
      : `第 ${start.page} 页`;
  return { path: `${sourceFilePath(start.file)}#page=${start.page}`, label: `${pages}${rows}`, format: 'pdf' };
}

type Range = readonly [number, number];

function collectRanges(value: unknown, out: Range[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collectRanges(v, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'sourceLines' && Array.isArray(v) && v.length === 2) out.push([Number(v[0]), Number(v[1])]);
    else if (key !== 'sources') collectRanges(v, out);
  }
}

interface CitingReport {
  source: SourceDocument;
  performance: { projects: { sources: { file: string; lines: Range }[] }[] };
}

/**
 * Every line range the reports cite in one text file (the source view marks exactly
 * these): `sourceLines` anywhere in a report read from the file, and KPI form sources.
 */
export function citedRanges(reports: CitingReport[], file: string): [number, number][] {
  const ranges: Range[] = [];
  for (const r of reports) {
    if (r.source.files.length === 1 && r.source.files[0]?.file === file) collectRanges(r, ranges);
    for (const p of r.performance.projects) for (const s of p.sources) if (s.file === file) ranges.push(s.lines);
  }
  const unique = new Map(ranges.filter(([a, b]) => b > a).map(([a, b]) => [`${a}-${b}`, [a, b] as [number, number]]));
  return [...unique.values()].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** CSS marking a cited range when its anchor is the target: no script needed. */
export function rangeRules(ranges: [number, number][]): string {
  return ranges
    .map(
      (r) =>
        `.source-lines:has(#${rangeAnchor(r)}:target) > li:nth-child(n+${r[0]}):nth-child(-n+${r[1]}){background:#fff3b0}`,
    )
    .join('\n');
}
