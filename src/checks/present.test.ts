import { describe, expect, it } from 'vitest';
import { figureLocation, figureValue, qualityAnchor } from './present';
import type { CheckFigure } from './schema';
import { emptyReport } from '../schemas/test-support/report';

const report = emptyReport();
const base: CheckFigure = { label: 'x', value: '2283.49', unit: '万元', role: 'stated' };

describe('presentation', () => {
  it('links a table figure to its row anchor, bare on the report page', () => {
    const f = { ...base, table: 'expenditure' as const, rowId: '2011308', line: 135 };
    expect(figureLocation(report, f, true)).toEqual({
      path: '#expenditure-2011308',
      text: '支出总表该行，原文第135行',
    });
    expect(figureLocation(report, f, false)?.path).toBe('/r/test/ceshi/2024/#expenditure-2011308');
  });

  it('links a KPI figure to its project page and a narrative figure to its line in the source view', () => {
    expect(figureLocation(report, { ...base, project: 'xmpsf', line: 581 }, true)?.path).toBe(
      '/r/test/ceshi/2024/p/xmpsf/',
    );
    expect(figureLocation(report, { ...base, line: 330 }, true)).toEqual({
      path: '/s/test/#L330',
      text: '原文第330行',
    });
    expect(figureLocation(report, { ...base, line: 44, file: '002.txt' }, true)?.path).toBe('/s/002/#L44');
    expect(figureLocation(report, base, true)).toBeNull();
  });

  it('shows values exactly, grouped, with their unit; blank as 空白', () => {
    expect(figureValue({ ...base, value: '15432.54' })).toBe('15,432.54 万元');
    expect(figureValue({ ...base, value: '-6.00' })).toBe('−6.00 万元');
    expect(figureValue({ ...base, value: '96.55', unit: '%' })).toBe('96.55%');
    expect(figureValue({ ...base, value: null })).toBe('空白');
    expect(figureValue({ ...base, value: null, unit: null })).toBe('');
  });

  it('anchors a report on /quality/', () => {
    expect(qualityAnchor(report)).toBe('test-ceshi-2024');
  });
});
