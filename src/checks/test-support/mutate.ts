/** Break one figure of a report (on a deep copy) to make a failing fixture. */
import type { Figure, OverallForm, ProjectForm, Report, TableKey } from '../../schemas';
import { Report as ReportSchema } from '../../schemas';

const copy = (report: Report): Report => structuredClone(report);

export function setCell(report: Report, key: TableKey, rowId: string, column: string, value: string | null): Report {
  const next = copy(report);
  const table = next.tables.find((t) => t.key === key);
  if (!table) throw new Error(`no table ${key}`);
  const row = table.rows.find((r) => r.id === rowId);
  if (!row) throw new Error(`no row ${key}/${rowId}: ${table.rows.map((r) => r.id).join(', ')}`);
  const i = table.columns.findIndex((c) => c.key === column);
  if (i < 0) throw new Error(`no column ${key}.${column}`);
  row.cells[i] = value;
  return ReportSchema.parse(next);
}

export function setFigure(report: Report, section: string, index: number, patch: Partial<Figure>): Report {
  const next = copy(report);
  const s = next.narrative.find((x) => x.number === section);
  if (!s?.figures[index]) throw new Error(`no figure ${section}/${index}`);
  s.figures[index] = { ...s.figures[index], ...patch };
  return ReportSchema.parse(next);
}

export function setForm(report: Report, slug: string, change: (form: ProjectForm) => void): Report {
  const next = copy(report);
  const form = next.performance.projects.find((f) => f.slug === slug);
  if (!form) throw new Error(`no form ${slug}`);
  change(form);
  return ReportSchema.parse(next);
}

export function setOverall(report: Report, change: (form: OverallForm) => void): Report {
  const next = copy(report);
  if (!next.performance.overall) throw new Error('no overall form');
  change(next.performance.overall);
  return ReportSchema.parse(next);
}

export function dropTable(report: Report, key: TableKey): Report {
  const next = copy(report);
  next.tables = next.tables.filter((t) => t.key !== key);
  return ReportSchema.parse(next);
}
