import type {
  Correction,
  ManifestEntry,
  NarrativeSection,
  Report,
  Scope,
  SourceFile,
  Table,
  Warning,
} from '../schemas';
import { readCover } from './cover';
import { applyCorrections } from './corrections';
import { parseAssets, parseGlossary, parseOverview, parseProcurement } from './extras';
import { parseKpiForms, performanceSection, type KpiParseResult } from './kpi';
import { toLines } from './lines';
import { parseNarrativeParts } from './narrative';
import { withoutRepeats } from './repeats';
import { splitParts } from './sections';
import { parseTables, tocTableNumbers } from './tables';

/**
 * One source document, parsed: everything a report needs except what depends on other
 * documents (KPI forms published separately are merged in model.ts).
 */
export interface ParsedDocument {
  entry: ManifestEntry;
  /** Where the text came from: per file, its format, its lines and, for a PDF, the lines of each page. */
  files: SourceFile[];
  corrections: Correction[];
  /** 部门 or 单位 document: as registered, else as the title says. */
  scope: Scope | null;
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
  files: SourceFile[] = [textSource(entry, text)],
): ParsedDocument {
  const lines = toLines(applyCorrections(text, corrections));
  if (entry.documentType === 'performance-targets') {
    const kpi = parseKpiForms(lines);
    return {
      entry,
      files,
      corrections,
      scope: null,
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
  const { parts, warnings: repeatWarnings } = withoutRepeats(splitParts(lines));
  const { tables, warnings: tableWarnings } = parseTables(parts.tables, {
    year: entry.year,
    departmentNames: entry.departments.flatMap((d) => [d.name, ...d.match]),
    tocNumbers: tocTableNumbers(parts.toc),
  });
  const narrative = parseNarrativeParts(parts.parts);
  const cover = readCover(lines);
  const kpi = parseKpiForms(performanceSection(lines));
  const section = (title: RegExp): NarrativeSection | undefined => narrative.find((s) => title.test(s.title));
  return {
    entry,
    files,
    corrections,
    scope: entry.scope !== undefined ? entry.scope : cover.scope,
    coverTitle: cover.title,
    overview: parseOverview(parts.parts),
    tables,
    narrative,
    kpi,
    assets: parseAssets(section(/国有资产/)),
    procurement: parseProcurement(section(/政府采购/)),
    glossary: parseGlossary(parts.glossary),
    warnings: [...repeatWarnings, ...tableWarnings, ...kpi.warnings],
  };
}
