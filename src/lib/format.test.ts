import { describe, expect, it } from 'vitest';
import { formatAmount, formatLines, formatWan, isZero, unformatAmount } from './format';

describe('formatAmount', () => {
  it.each([
    ['0.00', '0.00'],
    ['0', '0'],
    ['5.1', '5.1'],
    ['432.54', '432.54'],
    ['2283.49', '2,283.49'],
    ['14101.87', '14,101.87'],
    ['12746.74', '12,746.74'],
    ['1234567.891', '1,234,567.891'],
    ['100000', '100,000'],
    ['-6.00', '-6.00'],
    ['-1234.50', '-1,234.50'],
    ['0.333333333333333333333', '0.333333333333333333333'],
    ['99999999999999999999.99', '99,999,999,999,999,999,999.99'],
  ])('%s → %s', (input, expected) => {
    expect(formatAmount(input)).toBe(expected);
    expect(unformatAmount(formatAmount(input))).toBe(input);
  });

  it('keeps blank cells blank and text unchanged', () => {
    expect(formatAmount(null)).toBe('');
    expect(formatAmount(undefined)).toBe('');
    expect(formatAmount('')).toBe('');
    expect(formatAmount('合计')).toBe('合计');
    expect(formatAmount('2011308')).toBe('2,011,308');
    expect(formatAmount('1,234.00')).toBe('1,234.00');
    expect(formatAmount('1e5')).toBe('1e5');
  });

  it('never goes through Number (no float artefacts, no precision loss)', () => {
    expect(formatAmount('0.1000000000000000055511151231257827')).toBe('0.1000000000000000055511151231257827');
    expect(formatAmount('9007199254740993')).toBe('9,007,199,254,740,993');
  });
});

describe('unformatAmount', () => {
  it('only strips commas from decimal numbers', () => {
    expect(unformatAmount('2,283.49')).toBe('2283.49');
    expect(unformatAmount('甲,乙')).toBe('甲,乙');
  });
});

describe('formatWan / formatLines / isZero', () => {
  it('formats', () => {
    expect(formatWan('2283.49')).toBe('2,283.49 万元');
    expect(formatWan(null)).toBeNull();
    expect(formatLines([60, 102])).toBe('第60–102行');
    expect(formatLines([7, 7])).toBe('第7行');
    expect(isZero('0.00')).toBe(true);
    expect(isZero('0')).toBe(true);
    expect(isZero('0.01')).toBe(false);
    expect(isZero(null)).toBe(false);
  });
});
