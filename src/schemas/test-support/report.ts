/**
 * A valid Report with nothing in it, for tests that build the parts they need on top of it.
 */
import { Report } from '../report';

/** An empty budget report of 测试部门 for 2024 (schema-checked); `patch` replaces whole fields. */
export function emptyReport(patch: Partial<Report> = {}): Report {
  const report: Report = {
    schemaVersion: 1,
    region: 'test',
    department: { code: '606', name: '测试部门', slug: 'ceshi' },
    year: 2024,
    documentType: 'budget',
    unit: '万元',
    source: {
      title: '测试部门2024年度部门预算公开',
      publishedBy: '测试部门',
      files: [{ file: 'test.txt', sha256: '0'.repeat(64), format: 'text', lines: [1, 1], pages: [] }],
    },
    overview: null,
    tables: [],
    narrative: [],
    performance: { overall: null, projects: [] },
    assets: null,
    procurement: null,
    glossary: [],
    corrections: [],
    warnings: [],
    ...patch,
  };
  return Report.parse(report);
}
