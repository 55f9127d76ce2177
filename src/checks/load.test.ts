import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from './load';
import { emptyReport } from '../schemas/test-support/report';
import { writeTree } from '../../tests/support/file-tree';

const contentWith = (files: Record<string, string>): string => writeTree(mkdtempSync(join(tmpdir(), 'checks-')), files);

describe('loadReports', () => {
  it('reads valid reports', () => {
    const dir = contentWith({ 'reports/test/ceshi/2024.json': JSON.stringify(emptyReport()) });
    const { reports, errors } = loadReports(dir);
    expect(errors).toEqual([]);
    expect(reports.map((r) => r.path)).toEqual(['reports/test/ceshi/2024.json']);
  });

  it('reports broken contracts with the file and the JSON path', () => {
    const bad = { ...emptyReport(), unit: '元' };
    const dir = contentWith({
      'reports/test/ceshi/2024.json': JSON.stringify(bad),
      'reports/test/ceshi/2023.json': '{ not json',
      'reports/test/other/2024.json': JSON.stringify(emptyReport()),
    });
    const { reports, errors } = loadReports(dir);
    expect(reports).toEqual([]);
    expect(errors.map((e) => e.path).sort()).toEqual([
      'reports/test/ceshi/2023.json',
      'reports/test/ceshi/2024.json',
      'reports/test/other/2024.json',
    ]);
    expect(errors.find((e) => e.path.endsWith('ceshi/2024.json'))!.issues[0]).toMatch(/^unit：/);
    expect(errors.find((e) => e.path.endsWith('other/2024.json'))!.issues[0]).toMatch(/文件位置与内容不符/);
  });
});
