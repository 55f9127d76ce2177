import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../schemas';
import { appendHistory, describeChange, diffReports, entrySummary, historyEntry, parseHistory } from './history';

const load = (): Report =>
  Report.parse(JSON.parse(readFileSync('content/reports/zonggai/xincailiao/2023.json', 'utf8')));

describe('diffReports', () => {
  it('finds nothing between a report and itself', () => {
    expect(diffReports(load(), load())).toEqual([]);
  });

  it('reports a changed figure with old and new value and their source lines', () => {
    const before = load();
    const after = load();
    // 支出预算表, 行政运行 (source line 138 of 001_4bc610c22ba99209.txt prints 7.57 / 7.57 / blank).
    const row = after.tables.find((t) => t.key === 'expenditure')!.rows.find((r) => r.id === '2011301')!;
    row.cells[2] = '8.57';
    row.cells[4] = '1.00';
    expect(diffReports(before, after)).toEqual([
      expect.objectContaining({
        type: 'changed',
        table: 'expenditure',
        row: '2011301',
        label: '行政运行',
        column: 'total',
        from: '7.57',
        to: '8.57',
        fromLine: 138,
        toLine: 138,
        unit: '万元',
      }),
      expect.objectContaining({ type: 'changed', column: 'project', from: null, to: '1.00' }),
    ]);
  });

  it('reports added and removed rows, tables and newly applied corrections', () => {
    const before = load();
    const after = load();
    const three = after.tables.findIndex((t) => t.key === 'three-public');
    const [removedTable] = after.tables.splice(three, 1);
    const exp = after.tables.find((t) => t.key === 'expenditure')!;
    const gone = exp.rows.splice(
      exp.rows.findIndex((r) => r.id === '2011301'),
      1,
    )[0]!;
    exp.rows.push({ ...gone, id: '2011399', label: '其他', cells: ['2011399', '其他', '3.00', null, '3.00'] });
    after.corrections.push({
      file: after.source.files[0]!.file,
      line: 9,
      original: '中新',
      corrected: '中心',
      reason: '错字',
    });
    const changes = diffReports(before, after);
    expect(changes.filter((c) => c.type === 'removed').map((c) => [c.row, c.column, c.value])).toEqual([
      ['2011301', 'total', '7.57'],
      ['2011301', 'basic', '7.57'],
    ]);
    expect(changes.filter((c) => c.type === 'added').map((c) => [c.row, c.column, c.value])).toEqual([
      ['2011399', 'total', '3.00'],
      ['2011399', 'project', '3.00'],
    ]);
    expect(changes.find((c) => c.type === 'table-removed')).toMatchObject({
      table: 'three-public',
      rows: removedTable!.rows.length,
    });
    expect(changes.find((c) => c.type === 'correction')).toMatchObject({ line: 9, corrected: '中心' });
  });
});

describe('history entries and the JSON Lines file', () => {
  it('logs a new report as 首次导入 and an unchanged one not at all', () => {
    expect(historyEntry(null, load(), '2026-11-24', true)).toEqual({
      date: '2026-11-24',
      kind: 'first-import',
      changes: [],
    });
    expect(historyEntry(load(), load(), '2026-12-01', false)).toBeNull();
    expect(entrySummary(historyEntry(load(), load(), '2026-12-01', true)!)).toBe(
      '重新导入：表中数字未变，文字或其他内容有更新',
    );
  });

  it('appends without touching earlier lines and reads back what it wrote', () => {
    const first = appendHistory('', { date: '2026-11-24', kind: 'first-import', changes: [] });
    const after = load();
    after.tables.find((t) => t.key === 'expenditure')!.rows.find((r) => r.id === '2011301')!.cells[2] = '8.57';
    const entry = historyEntry(load(), after, '2026-12-01', true)!;
    const text = appendHistory(first, entry);
    expect(text.startsWith(first)).toBe(true);
    expect(text.split('\n')).toHaveLength(3);
    expect(parseHistory(text, 'x.jsonl')).toEqual([JSON.parse(first), entry]);
    expect(entrySummary(entry)).toBe('重新导入：修改 1 个数字');
    expect(describeChange(entry.changes[0]!)).toBe(
      '修改：预算公开表3 2023年预算支出总表“行政运行”2023年预算数/合计 由 7.57 万元（原第 138 行）改为 8.57 万元（第 138 行）',
    );
  });

  it('names the file and line of a broken entry', () => {
    expect(() => parseHistory('{"date":"2026-11-24","kind":"first-import","changes":[]}\n{oops\n', 'h.jsonl')).toThrow(
      /^h\.jsonl:2：不是有效的 JSON/,
    );
    expect(() => parseHistory('{"date":"24.11.2026","kind":"first-import","changes":[]}\n', 'h.jsonl')).toThrow(
      /^h\.jsonl:1：不符合更新记录格式（date/,
    );
  });
});
