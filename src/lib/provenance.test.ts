import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../schemas';
import { citedRanges, locate, rangeRules, sourceLink } from './provenance';

const sha256 = 'a'.repeat(64);
const text: SourceDocument = {
  title: 't',
  publishedBy: 'p',
  files: [{ file: '000_x.txt', sha256, format: 'text', lines: [1, 400], pages: [] }],
};
const pdf: SourceDocument = {
  title: 't',
  publishedBy: 'p',
  files: [
    {
      file: 'a.pdf',
      sha256,
      format: 'pdf',
      lines: [1, 60],
      pages: [
        { page: 1, lines: [1, 20] },
        { page: 3, lines: [21, 60] },
      ],
    },
    { file: 'b.pdf', sha256, format: 'pdf', lines: [61, 80], pages: [{ page: 1, lines: [61, 80] }] },
  ],
};

describe('locate', () => {
  it('keeps a text file its own line numbers', () => {
    expect(locate(text, 262)).toEqual({ file: '000_x.txt', format: 'text', line: 262 });
  });
  it('finds file, page and row of a PDF line', () => {
    expect(locate(pdf, 25)).toEqual({ file: 'a.pdf', format: 'pdf', line: 25, page: 3, row: 5 });
    expect(locate(pdf, 61)).toEqual({ file: 'b.pdf', format: 'pdf', line: 61, page: 1, row: 1 });
  });
});

describe('sourceLink', () => {
  it('links a text range to the source view, marked', () => {
    expect(sourceLink(text, [262, 276])).toEqual({ path: '/s/000_x/#L262-276', label: '第262–276行', format: 'text' });
    expect(sourceLink(text, [7, 7]).path).toBe('/s/000_x/#L7');
  });
  it('links a PDF range to its page', () => {
    expect(sourceLink(pdf, [22, 30])).toEqual({
      path: '/data/sources/a.pdf#page=3',
      label: '第 3 页第 2–10 行',
      format: 'pdf',
    });
    expect(sourceLink(pdf, [18, 25]).label).toBe('第 1–3 页第 18 行起');
  });
});

describe('citedRanges / rangeRules', () => {
  it('collects the ranges a report cites in its file and marks them with :target', () => {
    const report = {
      source: text,
      tables: [{ sourceLines: [10, 20] }, { sourceLines: [30, 30] }],
      narrative: [{ sourceLines: [10, 20] }, { sourceLines: [40, 45] }],
      performance: { projects: [{ sources: [{ file: 'other.txt', lines: [1, 9] as const }] }] },
    };
    const ranges = citedRanges([report], '000_x.txt');
    expect(ranges).toEqual([
      [10, 20],
      [40, 45],
    ]);
    expect(rangeRules([[10, 20]])).toBe(
      '.source-lines:has(#L10-20:target) > li:nth-child(n+10):nth-child(-n+20){background:#fff3b0}',
    );
  });
});
