import { describe, expect, it } from 'vitest';
import { cellInWan, toWanYuan } from './units';

describe('toWanYuan', () => {
  it('keeps 万元 figures as printed', () => {
    expect(toWanYuan('432.54', '万元')).toBe('432.54');
    expect(toWanYuan('15', '万元')).toBe('15');
  });
  it('converts 元 exactly, keeping every digit', () => {
    // 2025 普陀区商务委员会 收支总表: 371,514,655.00 元 = 37,151.4655 万元 (the text says 37,151.47).
    expect(toWanYuan('371514655.00', '元')).toBe('37151.4655');
    expect(toWanYuan('165000', '元')).toBe('16.50');
    expect(toWanYuan('8001', '元')).toBe('0.8001');
    expect(toWanYuan('-12.5', '元')).toBe('-0.00125');
  });
  it('converts 千元 and 亿元', () => {
    expect(toWanYuan('12.3', '千元')).toBe('1.23');
    expect(toWanYuan('1.5', '亿元')).toBe('15000.00');
  });
  it('refuses an unknown unit and keeps a blank blank', () => {
    expect(() => toWanYuan('1', '美元')).toThrow(/unknown money unit/);
    expect(cellInWan(null, '元')).toBeNull();
  });
});
