/**
 * A department across the years: its documents in order (budgets and final accounts, year
 * by year) and the main figures of each (./main-figures.ts) as series, each value with the
 * table row it is printed in. Pure; the department page, its charts and tests read this.
 */
import Decimal from 'decimal.js';
import type { Report } from '../schemas';
import { mainFigures, MEASURES, type FigureRef } from './main-figures';

export interface SeriesDocument {
  report: Report;
  /** "2024年预算", "2024年决算". */
  label: string;
}

export interface SeriesRow {
  /** A measure of MEASURES, or `class-<code>` for a function class. */
  key: string;
  label: string;
  /** One per document; null when the document has no such figure. */
  cells: (FigureRef | null)[];
}

export interface DepartmentSeries {
  documents: SeriesDocument[];
  rows: SeriesRow[];
  years: number[];
}

export const DOCUMENT_LABELS = { budget: '预算', 'final-accounts': '决算', 'performance-targets': '绩效目标' } as const;

const TYPE_ORDER = { budget: 0, 'final-accounts': 1, 'performance-targets': 2 } as const;

/** Documents oldest first; in one year the budget before the final accounts. */
export const byYearAndType = (a: Report, b: Report): number =>
  a.year - b.year || TYPE_ORDER[a.documentType] - TYPE_ORDER[b.documentType];

/** How many function classes the series shows: the largest in the newest document that has them. */
export const CLASS_COUNT = 3;

export function departmentSeries(reports: readonly Report[]): DepartmentSeries {
  const documents = reports
    .filter((r) => r.documentType !== 'performance-targets')
    .sort(byYearAndType)
    .map((report) => ({ report, label: `${report.year}年${DOCUMENT_LABELS[report.documentType]}` }));
  const figures = documents.map((d) => mainFigures(d.report));
  const rows: SeriesRow[] = MEASURES.map((m) => ({
    key: m.key,
    label: m.label,
    cells: figures.map((f) => f.figures[m.key]),
  }));
  const newest = [...figures].reverse().find((f) => f.classes.length > 0);
  const largest = (newest?.classes ?? [])
    .filter((c) => c.ref.value !== null)
    .sort((a, b) => new Decimal(b.ref.value!).comparedTo(a.ref.value!) || a.code.localeCompare(b.code))
    .slice(0, CLASS_COUNT);
  for (const c of largest) {
    rows.push({
      key: `class-${c.code}`,
      label: `${c.label}（${c.code}）`,
      cells: figures.map((f) => f.classes.find((x) => x.code === c.code)?.ref ?? null),
    });
  }
  return { documents, rows, years: [...new Set(documents.map((d) => d.report.year))] };
}
