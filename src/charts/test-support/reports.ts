import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Report, type Figure, type Row, type Table, type TableKey } from '../../schemas';
import { seedColumns } from '../../schemas/test-support/seed-columns';
import { emptyReport } from '../../schemas/test-support/report';

/**
 * Reports for chart tests: the hand-checked fixtures (tables and narrative of the seed
 * budget documents), every imported report under content/reports when there are any, and
 * a builder for edge cases.
 */

const here = new URL('.', import.meta.url).pathname;
const fixturesDir = join(here, '../__fixtures__');
const reportsDir = join(here, '../../../content/reports');

function readReport(file: string): Report {
  return Report.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function fixtureReports(): { name: string; report: Report }[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), report: readReport(join(fixturesDir, f)) }));
}

export function fixture(name: string): Report {
  return readReport(join(fixturesDir, `${name}.json`));
}

export function importedReports(): { name: string; report: Report }[] {
  if (!existsSync(reportsDir)) return [];
  return readdirSync(reportsDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((file) => ({ name: file.slice(reportsDir.length + 1).replace(/\.json$/, ''), report: readReport(file) }));
}

/** Fixtures plus imported budget reports: every report a chart test should hold for. */
export function allReports(): { name: string; report: Report }[] {
  return [...fixtureReports(), ...importedReports().map((r) => ({ ...r, name: `content:${r.name}` }))];
}

let line = 1;
const lines = (): [number, number] => [line, line++];

/** A table with the standard columns of `key`; rows as [label, code, kind, ...amount cells]. */
export function makeTable(
  key: TableKey,
  rows: {
    label: string;
    code?: string | null;
    kind?: Row['kind'];
    level?: number;
    cells: Record<string, string | null>;
  }[],
  opts: { year?: number; empty?: boolean } = {},
): Table {
  const columns = seedColumns(key, opts.year ?? 2024);
  return {
    id: key,
    key,
    number: null,
    title: `${opts.year ?? 2024}年测试表`,
    unit: '万元',
    columns,
    rows: rows.map((r, i) => ({
      id: r.code ?? `r${i + 1}`,
      code: r.code ?? null,
      label: r.label,
      level: r.level ?? (r.code ? (r.code.length === 3 ? 1 : r.code.length === 5 ? 2 : 3) : 1),
      kind: r.kind ?? 'item',
      cells: columns.map((c) =>
        c.key === 'code' ? (r.code ?? null) : c.key === 'name' ? r.label : (r.cells[c.key] ?? null),
      ),
      sourceLines: lines(),
    })),
    empty: opts.empty ?? false,
    sourceLines: lines(),
  };
}

export function makeFigure(claim: Figure['claim'], value: string, extra: Partial<Figure> = {}): Figure {
  return { raw: `${value}万元`, value, unit: '万元', sign: null, claim, subject: null, context: '', line: 1, ...extra };
}

export function makeReport(parts: { tables?: Table[]; figures?: Figure[]; year?: number; text?: string } = {}): Report {
  return emptyReport({
    department: { code: null, name: '测试部门', slug: 'test-dept' },
    year: parts.year ?? 2024,
    source: {
      title: '测试',
      publishedBy: '测试',
      files: [{ file: 'test.txt', sha256: '0'.repeat(64), format: 'text', lines: [1, 1], pages: [] }],
    },
    tables: parts.tables ?? [],
    narrative: parts.figures
      ? [
          {
            number: '七',
            title: '“三公”经费增减变动原因说明',
            paragraphs: [{ text: parts.text ?? '', lines: [1, 1] }],
            figures: parts.figures,
            sourceLines: [1, 1],
          },
        ]
      : [],
  });
}
