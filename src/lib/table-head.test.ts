import { describe, expect, it } from 'vitest';
import { headerRows } from './table-head';

const simple = (rows: ReturnType<typeof headerRows>) =>
  rows.map((r) => r.map((c) => `${c.label}:${c.colspan}x${c.rowspan}:${c.scope}`));

describe('headerRows', () => {
  it('keeps a flat header in one row', () => {
    expect(simple(headerRows([{ path: ['合计'] }, { path: ['基本支出'] }]))).toEqual([
      ['合计:1x1:col', '基本支出:1x1:col'],
    ]);
  });

  it('spans single-level columns over deeper groups', () => {
    const rows = headerRows([
      { path: ['科目编码'] },
      { path: ['科目名称'] },
      { path: ['本年收入', '合计'] },
      { path: ['本年收入', '一般公共预算'] },
      { path: ['上年结转'] },
    ]);
    expect(simple(rows)).toEqual([
      ['科目编码:1x2:col', '科目名称:1x2:col', '本年收入:2x1:colgroup', '上年结转:1x2:col'],
      ['合计:1x1:col', '一般公共预算:1x1:col'],
    ]);
    expect(rows[1]!.map((c) => c.first)).toEqual([2, 3]);
  });

  it('handles three levels and mixed depths inside a group', () => {
    const rows = headerRows([
      { path: ['收入', '项目'] },
      { path: ['收入', '金额'] },
      { path: ['支出', '项目'] },
      { path: ['支出', '金额', '小计'] },
      { path: ['支出', '金额', '一般公共预算'] },
    ]);
    expect(simple(rows)).toEqual([
      ['收入:2x1:colgroup', '支出:3x1:colgroup'],
      ['项目:1x2:col', '金额:1x2:col', '项目:1x2:col', '金额:2x1:colgroup'],
      ['小计:1x1:col', '一般公共预算:1x1:col'],
    ]);
  });

  it('does not merge equal labels that are not adjacent', () => {
    const rows = headerRows([{ path: ['A', 'x'] }, { path: ['B'] }, { path: ['A', 'y'] }]);
    expect(simple(rows)[0]).toEqual(['A:1x1:colgroup', 'B:1x2:col', 'A:1x1:colgroup']);
  });
});
