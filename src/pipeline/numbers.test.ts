import { describe, expect, it } from 'vitest';
import { collapseSpacedDigits, parseAmountCell, parseNumber, yuanToWan } from './numbers';

describe('parseAmountCell', () => {
  it('reads spaced digits from PDF extraction exactly', () => {
    expect(parseAmountCell('14, 101. 87')).toBe('14101.87');
    expect(parseAmountCell('7. 57')).toBe('7.57');
  });
  it('keeps printed decimals and drops thousands separators', () => {
    expect(parseAmountCell('14,000.00')).toBe('14000.00');
    expect(parseAmountCell('0.00')).toBe('0.00');
    expect(parseAmountCell('415')).toBe('415');
  });
  it('tells a blank from a zero and text from an amount', () => {
    expect(parseAmountCell('')).toBeNull();
    expect(parseAmountCell('   ')).toBeNull();
    expect(parseAmountCell('合计')).toBeUndefined();
    expect(parseAmountCell('1,23')).toBeUndefined();
  });
});

describe('running-text numbers', () => {
  it('collapses spaces only inside numbers', () => {
    expect(collapseSpacedDigits('支出 14, 101. 87万元, 占 4.06%')).toBe('支出 14,101.87万元, 占 4.06%');
  });
  it('parses or refuses', () => {
    expect(parseNumber('15,415.00')).toBe('15415.00');
    expect(() => parseNumber('十二')).toThrow(/not a number/);
  });
});

describe('yuanToWan', () => {
  it('converts exactly without floats', () => {
    expect(yuanToWan('165000')).toBe('16.50');
    expect(yuanToWan('140000000')).toBe('14000.00');
    expect(yuanToWan('8001')).toBe('0.8001');
  });
});
