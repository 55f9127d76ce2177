import { describe, expect, it } from 'vitest';
import { badPage } from './fixtures';
import { formatVnuMessages, parseVnuJson, validateHtml } from './lib/html-validate';
import { BAD_PAGES } from './fixtures';

describe('HTML validation gate (Nu HTML Checker)', () => {
  it('parses vnu JSON output, keeping errors only', () => {
    const messages = parseVnuJson(
      JSON.stringify({
        messages: [
          { type: 'info', url: 'file:/site/a.html', message: 'just info' },
          {
            type: 'error',
            url: 'file:/site/b.html',
            lastLine: 7,
            firstColumn: 3,
            message: 'Stray end tag “i”.',
            extract: '</b></i>',
          },
          { type: 'non-document-error', subType: 'io', url: 'file:/site/c.html', message: 'File not found.' },
        ],
      }),
    );
    expect(formatVnuMessages(messages, '/site')).toEqual([
      'b.html:7:3: Stray end tag “i”. — near: </b></i>',
      'c.html: File not found.',
    ]);
    expect(parseVnuJson('')).toEqual([]);
    expect(() => parseVnuJson('Exception in thread main')).toThrow(/could not parse/);
  });

  it('reports the errors of an invalid page and none for a valid one', { timeout: 60_000 }, async () => {
    const messages = await validateHtml([badPage('invalid-html'), badPage('good')]);
    const lines = formatVnuMessages(messages, BAD_PAGES);
    expect(lines.every((line) => line.startsWith('invalid-html/index.html:'))).toBe(true);
    const text = lines.join('\n');
    expect(text).toContain('Duplicate ID “title”');
    expect(text).toContain('Attribute “colour” not allowed');
    expect(text).toMatch(/End tag “b” violates nesting rules|Stray end tag “i”/);
    expect(text).toContain('Element “div” not allowed as child of element “ul”');
  });
});
