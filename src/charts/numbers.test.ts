import { describe, expect, it } from 'vitest';
import { compareDecimal, divide, formatAmount, minus, percent, sum, toNumber } from './numbers';

describe('formatAmount', () => {
  it('inserts thousands separators into the string, keeping every decimal place', () => {
    expect(formatAmount('14101.87')).toBe('14,101.87');
    expect(formatAmount('432.54')).toBe('432.54');
    expect(formatAmount('1234567890123456789.10')).toBe('1,234,567,890,123,456,789.10');
    expect(formatAmount('-6.00')).toBe('-6.00');
    expect(formatAmount('-1234')).toBe('-1,234');
    expect(formatAmount('0')).toBe('0');
    expect(formatAmount('0.1000')).toBe('0.1000');
  });

  it('leaves text that is not a decimal alone', () => {
    expect(formatAmount('—')).toBe('—');
  });
});

describe('exact arithmetic', () => {
  it('subtracts without float error, to the places of the operands', () => {
    expect(minus('33.00', '-6.00')).toBe('39.00');
    expect(minus('0.3', '0.1')).toBe('0.2');
    expect(minus('15.00', '15.00')).toBe('0.00');
    expect(minus('0.00', '-0.5')).toBe('0.50');
  });

  it('sums and divides exactly', () => {
    expect(sum(['0.1', '0.2'])).toBe('0.3');
    expect(sum([])).toBe('0');
    expect(percent('17.54', '432.54')).toBe('4.06');
    expect(percent('1', '0')).toBeNull();
    expect(divide('432.54', 3)).toBe('144.18');
    expect(compareDecimal('10.5', '9.99')).toBe(1);
  });

  it('converts to numbers only for geometry, blanks as 0', () => {
    expect(toNumber('14101.87')).toBe(14101.87);
    expect(toNumber(null)).toBe(0);
  });
});
