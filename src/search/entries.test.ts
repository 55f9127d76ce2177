import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report, type TableKey } from '../schemas';
import { glossarySearch, projectSearch, reportSearch, tableSearch } from './entries';
import { segmentWords } from './text';

const load = (id: string): Report => Report.parse(JSON.parse(readFileSync(`content/reports/${id}.json`, 'utf8')));
const shenpi = load('jinzhong/xingzheng-shenpi/2024');
const guihua = load('jinzhong/chanye-guihua/2024');
const table = (r: Report, key: TableKey) => r.tables.find((t) => t.key === key)!;
const words = (s: string): Set<string> => new Set(s.split(' '));

/** Every word the browser splits the query into is among the page's words. */
function covers(field: string, query: string): boolean {
  const have = words(field);
  return segmentWords(query).every((w) => have.has(w));
}

describe('tableSearch', () => {
  const entry = tableSearch(shenpi, table(shenpi, 'three-public'));

  it('records type, filters and the total as the amount', () => {
    expect(entry).toMatchObject({
      type: 'table',
      region: '山西转型综合改革示范区晋中开发区',
      department: '山西转型综合改革示范区晋中开发区行政审批局',
      year: '2024',
      amount: '合计 3.00 万元',
      amountValue: '3.00',
    });
  });

  it('names the 三公 table by the words readers use for it', () => {
    for (const q of ['三公', '三公经费', '公务用车', '因公出国（境）费', '公务接待费']) {
      expect(covers(entry.names, q), q).toBe(true);
    }
  });

  it('lists row labels and codes as terms, but not rows that only name the department', () => {
    const general = tableSearch(guihua, table(guihua, 'general'));
    expect(covers(general.terms, '2011308 招商引资')).toBe(true);
    const projects = tableSearch(guihua, table(guihua, 'projects'));
    expect(covers(projects.terms, '招商引资工作经费')).toBe(true);
    expect(words(projects.terms).has('山西')).toBe(false);
  });
});

describe('reportSearch', () => {
  it('names the report by the department’s short and full names', () => {
    const entry = reportSearch(shenpi);
    expect(entry.type).toBe('report');
    expect(covers(entry.names, '行政审批局')).toBe(true);
    expect(covers(entry.names, '山西转型综合改革示范区晋中开发区行政审批局')).toBe(true);
    expect(entry.amount).toMatch(/^收入总计 [\d,.]+ 万元$/);
  });
});

describe('projectSearch', () => {
  it('names the project and lists its indicators', () => {
    const form = guihua.performance.projects.find((p) => p.name === '招商引资工作经费')!;
    const entry = projectSearch(guihua, form);
    expect(entry.type).toBe('project');
    expect(covers(entry.names, '招商引资工作经费')).toBe(true);
    expect(covers(entry.terms, form.indicators[0]!.level3)).toBe(true);
  });
});

describe('glossarySearch', () => {
  it('has no department or year, and lists the terms', () => {
    const entry = glossarySearch(['“三公”经费', '基本支出']);
    expect(entry).toEqual({ type: 'glossary', names: '名词 解释', terms: '三公 经费 基本 支出' });
  });
});

describe('document-type filter', () => {
  it('tells budgets from final accounts', async () => {
    const { fixturePair } = await import('../../tests/fixtures/final-accounts/build');
    const { final } = fixturePair();
    expect(reportSearch(guihua).document).toBe('预算');
    expect(tableSearch(guihua, table(guihua, 'three-public')).document).toBe('预算');
    const entry = reportSearch(final);
    expect(entry).toMatchObject({ document: '决算', amount: '本年支出合计 307.82 万元', amountValue: '307.82' });
    expect(covers(entry.names, '部门决算')).toBe(true);
    expect(tableSearch(final, table(final, 'fa-three-public')).document).toBe('决算');
  });
});
