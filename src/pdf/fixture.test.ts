/**
 * The reader end to end on a PDF written by the test (test-support/make-pdf.ts): a ruled
 * table with a merged header, an item glued across a border, a wrapped cell and spaced
 * CJK, text hidden by a clip, a blank page; and the clear refusals.
 */
import { describe, expect, it } from 'vitest';
import { PdfError } from './load';
import { readPdf } from './reader';
import { renderPages } from './render';
import { makePdf } from './test-support/make-pdf';
import { tablePage } from './test-support/fixture-pages';

describe('reading a generated PDF', () => {
  it('gives the rows of the page, the table cell by cell', async () => {
    const read = await readPdf(makePdf([tablePage, { texts: [] }, { texts: [{ str: '第三页', x: 60, y: 700 }] }]));
    expect(read.pages.map((p) => p.status)).toEqual(['text', 'blank', 'text']);
    expect(read.pages[0]?.hidden).toBe(1);
    expect(read.pages[0]?.rows.map((r) => [r.kind, r.cells.map((c) => c.text)])).toEqual([
      ['text', ['一般公共预算支出表']],
      ['text', ['单位：万元']],
      ['table', ['科目名称', '金额']],
      ['table', ['行政运行', '1,234.00', '56.78']],
      ['table', ['机关事业单位基本养老保险缴费支出', '2.00', '']],
      ['text', ['说明文字']],
    ]);
    const rendered = renderPages(read.pages);
    expect(rendered.lines).toEqual([
      '一般公共预算支出表',
      '单位：万元',
      '',
      '科目名称\t金额\t', // 金额 spans the two amount columns
      '行政运行\t1,234.00\t56.78',
      '机关事业单位基本养老保险缴费支出\t2.00\t',
      '',
      '说明文字',
      '第三页',
    ]);
    expect(rendered.pages).toEqual([
      { page: 1, lines: { from: 1, to: 8 } },
      { page: 3, lines: { from: 9, to: 9 } },
    ]);
  });

  it('writes the same bytes for the same pages', () => {
    expect(Buffer.from(makePdf([tablePage])).equals(Buffer.from(makePdf([tablePage])))).toBe(true);
  });
});

describe('refusing what cannot be read', () => {
  const refusal = async (bytes: Uint8Array): Promise<string> => {
    try {
      await readPdf(bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(PdfError);
      return (e as Error).message;
    }
    return 'read without error';
  };
  it('a text file is not a PDF', async () => {
    expect(await refusal(new TextEncoder().encode('一般公共预算支出表\n'))).toMatch(/不是 PDF 文件/);
  });
  it('a cut-off PDF is damaged', async () => {
    const bytes = makePdf([tablePage]);
    expect(await refusal(bytes.subarray(0, 400))).toMatch(/损坏|无法读取/);
  });
  it('an encrypted PDF needs its password', async () => {
    expect(await refusal(makePdf([tablePage], { encrypt: true }))).toMatch(/已加密/);
  });
  it('a PDF without any text is refused', async () => {
    expect(await refusal(makePdf([{ texts: [] }, { texts: [] }]))).toMatch(/没有可提取的文字/);
  });
});
