import { describe, expect, it } from 'vitest';
import { tablePage } from '../../src/pdf/test-support/fixture-pages';
import { makePdf } from '../../src/pdf/test-support/make-pdf';
import { ImportError, joinSourceTexts, sourceText } from './sources';

const sha = 'b'.repeat(64);

describe('sourceText', () => {
  it('gives a PDF the reader lines and the lines of each page', async () => {
    const bytes = Buffer.from(makePdf([tablePage, { texts: [{ str: '第二页', x: 60, y: 700 }] }]));
    const {
      text,
      files: [source],
    } = await sourceText('x.pdf', sha, bytes);
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

  it('keeps a text source as stored, with its own line numbers', async () => {
    const {
      text,
      files: [source],
    } = await sourceText('a.txt', sha, Buffer.from('一\n二\n三\n'));
    expect(text).toBe('一\n二\n三\n');
    expect(source).toMatchObject({ format: 'text', lines: [1, 3], pages: [] });
  });

  it('names the file when a .pdf is not one', async () => {
    await expect(sourceText('bad.pdf', sha, Buffer.from('hello'))).rejects.toThrow(ImportError);
    await expect(sourceText('bad.pdf', sha, Buffer.from('hello'))).rejects.toThrow(/bad\.pdf：不是 PDF 文件/);
  });
});

describe('joinSourceTexts', () => {
  it('numbers the lines and pages of a second file on from the end of the first', async () => {
    const narrative = await sourceText('a.txt', sha, Buffer.from('说明\n公开表附后'));
    const tables = await sourceText(
      'b.pdf',
      sha,
      Buffer.from(makePdf([tablePage, { texts: [{ str: '第二页', x: 60, y: 700 }] }])),
    );
    const joined = joinSourceTexts([narrative, tables]);
    expect(joined.text.split('\n').slice(0, 3)).toEqual(['说明', '公开表附后', tables.text.split('\n')[0]]);
    expect(joined.files.map((f) => [f.file, f.lines, f.pages.map((p) => [p.page, p.lines])])).toEqual([
      ['a.txt', [1, 2], []],
      [
        'b.pdf',
        [3, 11],
        [
          [1, [3, 10]],
          [2, [11, 11]],
        ],
      ],
    ]);
    expect(joined.text.split('\n')[10]).toBe('第二页');
  });
});
