import { describe, expect, it } from 'vitest';
import { FA_TABLE_COLUMNS, FA_TABLE_KEYS, TableKey, reportStem, threePublicColumn } from './index';

describe('final-accounts contract', () => {
  it('makes every final-accounts key a table key', () => {
    for (const key of FA_TABLE_KEYS) expect(TableKey.safeParse(key).success).toBe(true);
  });

  it('gives each table unique column keys', () => {
    for (const key of FA_TABLE_KEYS) {
      const keys = FA_TABLE_COLUMNS[key].map((c) => c.key);
      expect(new Set(keys).size, key).toBe(keys.length);
    }
  });

  it('prints 预算数 and 决算数 for each 三公 item (12 columns as the template)', () => {
    const cols = FA_TABLE_COLUMNS['fa-three-public'];
    expect(cols).toHaveLength(12);
    expect(cols.find((c) => c.key === threePublicColumn('reception', 'actual'))?.path).toEqual([
      '公务接待费',
      '决算数',
    ]);
  });

  it('keeps carry-over columns first-class in the fund tables', () => {
    expect(FA_TABLE_COLUMNS['fa-fund'].map((c) => c.key)).toContain('carryover-start');
    expect(FA_TABLE_COLUMNS['fa-state-capital'].map((c) => c.key)).toContain('carryover-end');
  });

  it('files final accounts beside the budget of the same year', () => {
    expect(reportStem({ year: 2024, documentType: 'budget' })).toBe('2024');
    expect(reportStem({ year: 2024, documentType: 'final-accounts' })).toBe('2024-final');
  });
});
