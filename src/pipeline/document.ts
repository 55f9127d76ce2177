import type { Correction, ManifestEntry, NarrativeSection, Report, Scope, Table, Warning } from '../schemas';
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

export function parseDocument(entry: ManifestEntry, text: string, corrections: Correction[]): ParsedDocument {
  const lines = toLines(applyCorrections(text, corrections));
  if (entry.documentType === 'performance-targets') {
    const kpi = parseKpiForms(lines);
    return {
      entry,
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
