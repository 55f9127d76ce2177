import { describe, expect, it } from 'vitest';
import { tablePage } from '../../src/pdf/test-support/fixture-pages';
import { makePdf } from '../../src/pdf/test-support/make-pdf';
import { ImportError, sourceText } from './sources';

const sha = 'b'.repeat(64);

describe('sourceText', () => {
  it('gives a PDF the reader lines and the lines of each page', async () => {
    const bytes = Buffer.from(makePdf([tablePage, { texts: [{ str: '第二页', x: 60, y: 700 }] }]));
    const { text, source } = await sourceText('x.pdf', sha, bytes);
    expect(text.split('\n')[4]).toBe('行政运行\t1,234.00\t56.78');
    expect(source).toEqual({
      file: 'x.pdf',
      sha256: sha,
      format: 'pdf',
      lines: [1, 9],
      pages: [
        { page: 1, lines: [1, 8] },
        { page: 2, lines: [9, 9] },
      ],
    });
  });

  it('numbers an attachment on from the lines before it', async () => {
    const { source } = await sourceText('t.pdf', sha, Buffer.from(makePdf([tablePage])), 101);
    expect(source).toMatchObject({ lines: [101, 108], pages: [{ page: 1, lines: [101, 108] }] });
  });

  it('keeps a text source as stored, with its own line numbers', async () => {
    const { text, source } = await sourceText('a.txt', sha, Buffer.from('一\n二\n三\n'));
    expect(text).toBe('一\n二\n三\n');
    expect(source).toMatchObject({ format: 'text', lines: [1, 3], pages: [] });
  });

  it('names the file when a .pdf is not one', async () => {
    await expect(sourceText('bad.pdf', sha, Buffer.from('hello'))).rejects.toThrow(ImportError);
    await expect(sourceText('bad.pdf', sha, Buffer.from('hello'))).rejects.toThrow(/bad\.pdf：不是 PDF 文件/);
  });
});
