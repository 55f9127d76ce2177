import { describe, expect, it } from 'vitest';
import { cellsOf, toLines } from './lines';

describe('toLines', () => {
  it('drops watermarks and page footers but keeps original line numbers', () => {
    const lines = toLines(
      '仅供内部审核\n## 2024年预算收支总表\n-1-山西转型综合改革示范区晋中开发区行政审批局  \n2024年单位预算公开报告\n**一、基本支出：**指',
    );
    expect(lines.map((l) => [l.n, l.text])).toEqual([
      [2, '2024年预算收支总表'],
      [5, '一、基本支出：指'],
    ]);
  });
  it('keeps positional cells', () => {
    expect(cellsOf({ n: 1, text: '合计\t\t432.54\t' })).toEqual(['合计', '', '432.54', '']);
  });
});
