import type { Correction, ManifestEntry, NarrativeSection, Report, SourceFile, Table, Warning } from '../schemas';
import { applyCorrections } from './corrections';
import { parseAssets, parseGlossary, parseOverview, parseProcurement } from './extras';
import { parseKpiForms, performanceSection, type KpiParseResult } from './kpi';
import { toLines } from './lines';
import { parseNarrative } from './narrative';
import { coverTitle, splitParts } from './sections';
import { parseTables, tocTableNumbers } from './tables';

/**
 * One source document, parsed: everything a report needs except what depends on other
 * documents (KPI forms published separately are merged in model.ts).
 */
export interface ParsedDocument {
  entry: ManifestEntry;
  /** Where the text came from: the file, its format and, for a PDF, the lines of each page. */
  source: SourceFile;
  corrections: Correction[];
  coverTitle: string | null;
  overview: Report['overview'];
  tables: Table[];
  narrative: NarrativeSection[];
  kpi: KpiParseResult;
  assets: Report['assets'];
  procurement: Report['procurement'];
  glossary: Report['glossary'];
  warnings: Warning[];
}

/** A text source: its own line numbers, no pages. */
export function textSource(entry: ManifestEntry, text: string): SourceFile {
  const count = Math.max(1, text.replace(/\r?\n$/, '').split(/\r?\n/).length);
  return { file: entry.file, sha256: entry.sha256, format: 'text', lines: [1, count], pages: [] };
}

export function parseDocument(
  entry: ManifestEntry,
  text: string,
  corrections: Correction[],
  source: SourceFile = textSource(entry, text),
): ParsedDocument {
  const lines = toLines(applyCorrections(text, corrections));
  if (entry.documentType === 'performance-targets') {
    const kpi = parseKpiForms(lines);
    return {
      entry,
      source,
      corrections,
      coverTitle: null,
      overview: null,
      tables: [],
      narrative: [],
      kpi,
      assets: null,
      procurement: null,
      glossary: [],
      warnings: kpi.warnings,
    };
  }
  const parts = splitParts(lines);
  const { tables, warnings: tableWarnings } = parseTables(parts.tables, {
    year: entry.year,
    departmentNames: entry.departments.flatMap((d) => [d.name, ...d.match]),
    tocNumbers: tocTableNumbers(parts.toc),
  });
  const narrative = parseNarrative(parts.narrative);
  const kpi = parseKpiForms(performanceSection(lines));
  const section = (title: RegExp): NarrativeSection | undefined => narrative.find((s) => title.test(s.title));
  return {
    entry,
    source,
    corrections,
    coverTitle: coverTitle(parts.cover),
    overview: parseOverview(parts.overview),
    tables,
    narrative,
    kpi,
    assets: parseAssets(section(/国有资产/)),
    procurement: parseProcurement(section(/政府采购/)),
    glossary: parseGlossary(parts.glossary),
    warnings: [...tableWarnings, ...kpi.warnings],
  };
}
