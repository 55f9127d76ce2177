import { describe, expect, it } from 'vitest';
import type { Table } from '../schemas';
import { BOM, csvField, csvHeader, parseCsv, tableToCsv, toCsv } from './csv';

const table: Pick<Table, 'columns' | 'rows'> = {
  columns: [
    { key: 'code', path: ['科目编码'], kind: 'code' },
    { key: 'name', path: ['科目名称'], kind: 'text' },
    { key: 'total', path: ['本年收入', '合计'], kind: 'amount' },
    { key: 'general', path: ['本年收入', '一般公共预算'], kind: 'amount' },
  ],
  rows: [
    {
      id: 'total',
      code: null,
      label: '合计',
      level: 0,
      kind: 'total',
      cells: ['合计', null, '2178.49', '0.00'],
      sourceLines: [1, 1],
    },
    {
      id: '2011308',
      code: '2011308',
      label: '招商引资',
      level: 3,
      kind: 'item',
      cells: ['2011308', '招商引资, "重点"项目\n第二行', '1234.50', null],
      sourceLines: [2, 3],
    },
    {
      id: 'r3',
      code: null,
      label: '',
      level: 1,
      kind: 'item',
      cells: ['', ' 空格 ', '-6.00', '0'],
      sourceLines: [4, 4],
    },
  ],
};

describe('csvField', () => {
  it.each([
    [null, ''],
    ['', '""'],
    ['2283.49', '2283.49'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    [' lead', '" lead"'],
    ['因公出国（境）费', '因公出国（境）费'],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('tableToCsv', () => {
  const csv = tableToCsv(table);

  it('starts with the UTF-8 BOM and ends lines with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes the header from the column paths, after 行号', () => {
    expect(csv.slice(1).split('\r\n')[0]).toBe('行号,科目编码,科目名称,本年收入/合计,本年收入/一般公共预算');
  });

  it('writes amounts exactly as stored, blank as empty, 0.00 as 0.00', () => {
    expect(csv.slice(1).split('\r\n')[1]).toBe('total,合计,,2178.49,0.00');
  });

  it('parses back to exactly the JSON cells (quotes, commas, newlines, blanks, empty strings)', () => {
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(csvHeader(table));
    expect(rows).toEqual(table.rows.map((r) => [r.id, ...r.cells]));
  });
});

describe('csvHeader', () => {
  it('makes repeated header names unique', () => {
    expect(
      csvHeader({
        columns: [
          { key: 'a', path: ['项目'], kind: 'text' },
          { key: 'b', path: ['项目'], kind: 'text' },
        ],
      }),
    ).toEqual(['行号', '项目', '项目（2）']);
  });
});

describe('parseCsv', () => {
  it('reads with or without BOM, LF or CRLF, and a missing final newline', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv(`${BOM}a,"b\r\nc"\r\n`)).toEqual([['a', 'b\r\nc']]);
    expect(parseCsv(',\r\n')).toEqual([[null, null]]);
    expect(parseCsv('')).toEqual([]);
  });

  it('round-trips arbitrary rows', () => {
    const rows = [
      ['"', '""', ',', '\n', null, ''],
      ['x', null, 'y,"z"\r\n', ' ', '中文', '0.00'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('rejects malformed input', () => {
    expect(() => parseCsv('"abc')).toThrow(/unterminated/);
    expect(() => parseCsv('a"b')).toThrow(/stray quote/);
    expect(() => parseCsv('"a"b')).toThrow(/unexpected/);
  });
});

describe('formula prefixes in source text (CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+法治建设', "'+法治建设"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
  ])('%s is written as %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('leaves amounts, negative ones included, as numbers', () => {
    expect(['-6.00', '432.54', '0', '-12'].map(csvField)).toEqual(['-6.00', '432.54', '0', '-12']);
  });
});
