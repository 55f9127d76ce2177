/** The reader's pure steps on small hand-made pages. */
import { describe, expect, it } from 'vitest';
import { tableRows } from './cells';
import { fallbackColumns } from './fallback';
import { freeLines } from './freetext';
import { uprightMatrix, type Segment } from './geometry';
import { clippedAway, readGraphics, ruleOfBox, type OpCodes } from './graphics';
import { findGrids } from './grid';
import { judgePages, pageList, pageStatus } from './quality';
import { dropHidden, removeCjkSpaces, splitItemAt, toTextItems, type TextItem } from './text';

const item = (str: string, x: number, y: number, w: number, size = 10): TextItem => ({ str, x, y, w, size });
const h = (at: number, a: number, b: number): Segment => ({ dir: 'h', at, a, b });
const v = (at: number, a: number, b: number): Segment => ({ dir: 'v', at, a, b });

describe('text', () => {
  it('removes spaces between CJK characters only', () => {
    expect(removeCjkSpaces('财 政 业 务 费')).toBe('财政业务费');
    expect(removeCjkSpaces('2024 年 GDP 增长')).toBe('2024 年 GDP 增长');
  });
  it('splits a glued item at a border, preferring the space', () => {
    const glued = item('91,016,775.35 一、一般', 0, 0, 6.5 * 10 + 0.5 * 10 + 4 * 10 + 10);
    const parts = splitItemAt(glued, 70);
    expect(parts?.map((p) => p.str)).toEqual(['91,016,775.35', '一、一般']);
  });
  it('turns a page rotated by 90° upright', () => {
    const view = uprightMatrix([0, 0, 842, 1191], 90);
    const [it0] = toTextItems(
      [{ str: '公开表二', transform: [0, 12, -12, 0, 145.92, 44.85], width: 48, height: 12 }],
      view,
    );
    expect(it0?.x).toBeCloseTo(44.85);
    expect(it0?.y).toBeCloseTo(842 - 145.92);
  });
  it('drops items a clip hides, keeps those a visible run also starts', () => {
    const items = [item('a', 10, 10, 5), item('b', 10, 500, 5)];
    const { kept, hidden } = dropHidden(items, [
      { x: 10, y: 10, hidden: false },
      { x: 10, y: 500, hidden: true },
    ]);
    expect(kept.map((i) => i.str)).toEqual(['a']);
    expect(hidden.map((i) => i.str)).toEqual(['b']);
  });
});

describe('graphics', () => {
  it('reads thin boxes as rulings and thick ones as shading', () => {
    expect(ruleOfBox({ x0: 10, y0: 100, x1: 300, y1: 100.9 })).toEqual({ dir: 'h', at: 100.45, a: 10, b: 300 });
    expect(ruleOfBox({ x0: 10, y0: 100, x1: 300, y1: 130 })).toBeNull();
  });
  it('counts half-cut glyphs as shown', () => {
    const clip = { x0: 0, y0: 100, x1: 100, y1: 200 };
    expect(clippedAway({ x0: 10, y0: 95, x1: 30, y1: 105 }, clip)).toBe(false);
    expect(clippedAway({ x0: 10, y0: 80, x1: 30, y1: 90 }, clip)).toBe(true);
  });
  it('tracks the CTM through save/restore and marks text outside the clip', () => {
    const ops = Object.fromEntries(
      [
        'save',
        'restore',
        'transform',
        'clip',
        'eoClip',
        'constructPath',
        'fill',
        'eoFill',
        'stroke',
        'beginText',
        'setFont',
        'setTextMatrix',
        'showText',
      ].map((k, i) => [k, i + 1]),
    ) as unknown as OpCodes;
    const rect = (x: number, y: number, w: number, hh: number): number[] => [
      0,
      x,
      y,
      1,
      x + w,
      y,
      1,
      x + w,
      y + hh,
      1,
      x,
      y + hh,
      4,
    ];
    const list = {
      fnArray: [
        ops.save,
        ops.transform,
        ops.constructPath,
        ops.restore,
        ops.save,
        ops.eoClip,
        ops.constructPath,
        ops.beginText,
        ops.setFont,
        ops.setTextMatrix,
        ops.showText,
        ops.setTextMatrix,
        ops.showText,
        ops.restore,
      ],
      argsArray: [
        null,
        [1, 0, 0, -1, 0, 600],
        [ops.fill, [rect(10, 100, 200, 1)]],
        null,
        null,
        null,
        [28, [rect(0, 0, 300, 300)]],
        null,
        ['f', 10],
        [[1, 0, 0, 1, 20, 20]],
        [[{ width: 500 }]],
        [[1, 0, 0, 1, 20, 400]],
        [[{ width: 500 }]],
        null,
      ],
    };
    const g = readGraphics(list, ops);
    expect(g.segments).toEqual([{ dir: 'h', at: 499.5, a: 10, b: 210 }]);
    expect(g.runs.map((r) => r.hidden)).toEqual([false, true]);
  });
});

describe('grid and cells', () => {
  // Two columns, three rows; the top row is one cell merged across both columns.
  const segments = [
    h(100, 0, 200),
    h(80, 0, 200),
    h(60, 0, 200),
    h(40, 0, 200),
    v(0, 40, 100),
    v(100, 40, 80),
    v(200, 40, 100),
  ];
  it('finds one table with a merged cell', () => {
    const [grid] = findGrids(segments);
    expect(grid?.cells.map((c) => [c.row, c.col, c.rows, c.cols])).toEqual([
      [0, 0, 1, 2],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
      [2, 0, 1, 1],
      [2, 1, 1, 1],
    ]);
  });
  it('splits glued items at the border, joins wrapped text, keeps empty cells', () => {
    const [grid] = findGrids(segments);
    const rows = tableRows(grid!, [
      item('标题', 80, 86, 20),
      item('一般公共 1,234.00', 55, 70, 85, 10),
      item('服务', 10, 62, 20),
      item('2.00', 110, 46, 20),
    ]);
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([['标题'], ['一般公共服务', '1,234.00'], ['', '2.00']]);
  });
});

describe('free text and fallback columns', () => {
  it('splits a line at wide gaps only', () => {
    const lines = freeLines([
      item('部门：', 0, 500, 30),
      item('某某办公厅', 32, 500, 50),
      item('单位：万元', 300, 500, 50),
    ]);
    expect(lines[0]?.cells.map((c) => c.text)).toEqual(['部门：某某办公厅', '单位：万元']);
  });
  it('lines up unruled amounts by their right edges', () => {
    const lines = freeLines([
      item('项目', 0, 300, 20),
      item('合计', 140, 300, 20),
      item('基本', 220, 300, 20),
      item('行政运行', 0, 280, 40),
      item('1,000.00', 120, 280, 40),
      item('900.00', 230, 280, 30),
      item('机关服务', 0, 260, 40),
      item('200.00', 130, 260, 30),
      item('100.00', 230, 260, 30),
      item('其他', 0, 240, 20),
      item('50.00', 135, 240, 25),
      item('合计', 0, 220, 20),
      item('1,250.00', 120, 220, 40),
      item('1,000.00', 220, 220, 40),
    ]);
    const result = fallbackColumns(lines);
    expect(result.used).toBe(true);
    expect(result.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目', '合计', '基本'],
      ['行政运行', '1,000.00', '900.00'],
      ['机关服务', '200.00', '100.00'],
      ['其他', '50.00', ''],
      ['合计', '1,250.00', '1,000.00'],
    ]);
  });
});

describe('quality', () => {
  it('tells scans, undecodable pages and blank pages', () => {
    expect(pageStatus('', 500_000, 500_000)).toBe('scan');
    expect(pageStatus('', 0, 500_000)).toBe('blank');
    expect(pageStatus('\ue001\ue002\ue003部', 0, 500_000)).toBe('undecodable');
    expect(pageStatus('一般公共预算', 0, 500_000)).toBe('text');
  });
  it('names pages and refuses a mostly unreadable document', () => {
    expect(pageList([1, 3, 4, 5])).toBe('第 1、3–5 页');
    expect(judgePages(['text', 'scan', 'text']).refused).toBeNull();
    expect(judgePages(['scan', 'scan', 'text']).refused).toMatch(/3 个有内容的页面中有 2 个/);
  });
});
