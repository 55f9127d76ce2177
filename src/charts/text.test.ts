import { describe, expect, it } from 'vitest';
import { charWidth, coord, escapeXml, measureText, round1, wrapText } from './text';

describe('measureText', () => {
  it('counts CJK characters and full-width punctuation as 1 em', () => {
    expect(measureText('三公经费', 10)).toBe(40);
    expect(measureText('（境）', 10)).toBe(30);
    expect(measureText('“三公”', 10)).toBe(40);
  });

  it('counts digits and Latin at about 0.6 em, narrow punctuation less, wide letters more', () => {
    expect(measureText('2024', 10)).toBeCloseTo(24.8);
    expect(charWidth('.')).toBeLessThan(charWidth('0'));
    expect(charWidth('W')).toBeGreaterThan(charWidth('a'));
    expect(measureText('14,101.87', 14)).toBeCloseTo((7 * 0.62 + 2 * 0.35) * 14);
  });

  it('is wider in bold and zero for the empty string', () => {
    expect(measureText('合计', 10, true)).toBeGreaterThan(measureText('合计', 10));
    expect(measureText('', 14)).toBe(0);
  });
});

describe('wrapText', () => {
  it('keeps a short text on one line', () => {
    expect(wrapText('公务接待费', 200, 14)).toEqual(['公务接待费']);
  });

  it('breaks long Chinese text into lines that fit, losing no character', () => {
    const text = '中小企业发展专项转移支付——“规范化股改”奖励资金（第一批）';
    const lines = wrapText(text, 120, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureText(line, 14)).toBeLessThanOrEqual(120);
    expect(lines.join('')).toBe(text);
  });

  it('keeps numbers whole and does not start a line with closing punctuation', () => {
    const lines = wrapText('其余合计 14,101.87，见表', 100, 14);
    expect(lines.some((l) => l.includes('14,101.87'))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/^[，。）]/);
  });

  it('splits a token longer than the line by character', () => {
    const lines = wrapText('14057124606T100000013', 60, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureText(line, 14)).toBeLessThanOrEqual(60);
    expect(lines.join('')).toBe('14057124606T100000013');
  });

  it('returns one empty line for empty text', () => {
    expect(wrapText('', 100, 14)).toEqual(['']);
  });
});

describe('escaping and coordinates', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('prints coordinates rounded to 0.1 without float noise or negative zero', () => {
    expect(coord(0.1 + 0.2)).toBe('0.3');
    expect(coord(12.345)).toBe('12.3');
    expect(coord(-0.04)).toBe('0');
    expect(coord(100)).toBe('100');
    expect(round1(2.25)).toBe(2.3);
  });
});
