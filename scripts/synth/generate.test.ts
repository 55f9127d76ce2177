import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/registry';
import { Report, reportStem } from '../../src/schemas';
import { readTemplates } from '../synth';
import { synthesize } from './generate';

const templates = readTemplates('content');
const failures = (r: Report): number => runChecks(r).filter((c) => c.status === 'fail').length;

describe('synthesize', () => {
  const content = synthesize(templates, 60, 3);

  it('makes exactly N schema-valid reports with unique ids, the same for the same seed', () => {
    expect(content.reports).toHaveLength(60);
    for (const r of content.reports) expect(() => Report.parse(r)).not.toThrow();
    const ids = content.reports.map((r) => `${r.region}/${r.department.slug}/${reportStem(r)}`);
    expect(new Set(ids).size).toBe(60);
    expect(JSON.stringify(synthesize(templates, 60, 3))).toBe(JSON.stringify(content));
    expect(JSON.stringify(synthesize(templates, 60, 4))).not.toBe(JSON.stringify(content));
  });

  it('spreads departments over several years and mixes full and KPI-only documents', () => {
    expect(content.departments.some((d) => d.reports.length >= 3)).toBe(true);
    expect(content.departments.reduce((n, d) => n + d.reports.length, 0)).toBe(60);
    const types = new Set(content.reports.map((r) => r.documentType));
    expect(types.has('budget')).toBe(true);
    expect(types.has('performance-targets')).toBe(true);
    expect(new Set(content.reports.map((r) => r.performance.projects.length)).size).toBeGreaterThan(2);
  });

  it('writes the new department and year into the texts, and keeps the source as it is', () => {
    const r = content.reports.find((x) => x.narrative.length > 0 && x.year !== 2024)!;
    const text = r.narrative.map((s) => s.paragraphs.map((p) => p.text).join('')).join('');
    expect(text).toContain(r.department.name);
    expect(text).toContain(`${r.year}年`);
    const template = templates.find((t) => t.source.files[0]!.file === r.source.files[0]!.file)!;
    expect(r.source).toEqual(template.source);
    expect(text).not.toContain(template.department.name);
  });

  it('records each known inconsistency, and the checks find it', () => {
    expect(content.inconsistencies.length).toBeGreaterThan(0);
    for (const known of content.inconsistencies) {
      const r = content.reports.find((x) => `${x.region}/${x.department.slug}/${reportStem(x)}` === known.report)!;
      const table = r.tables.find((t) => t.key === known.table)!;
      const column = table.columns.findIndex((c) => c.key === known.column);
      const row = table.rows.find((x) => x.id === known.row)!;
      expect(row.cells[column]).toBe(known.printed);
      const repaired = structuredClone(r);
      repaired.tables.find((t) => t.key === known.table)!.rows.find((x) => x.id === known.row)!.cells[column] =
        known.was;
      expect(failures(r)).toBeGreaterThan(failures(repaired));
    }
  });
});
