/** A generated page with a ruled table: merged header, glued item, wrapped cell, spaced CJK, clipped copy. */
import type { FixturePage } from './make-pdf';

const hLine = (y: number): [number, number, number, number] => [50, y - 0.25, 500, 0.5];
const vLine = (x: number, y0: number, y1: number): [number, number, number, number] => [x - 0.25, y0, 0.5, y1 - y0];

export const tablePage: FixturePage = {
  texts: [
    { str: '一般公共预算支出表', x: 200, y: 780, size: 14 },
    { str: '单位：万元', x: 450, y: 760 },
    { str: '科 目 名 称', x: 60, y: 726 },
    { str: '金额', x: 380, y: 726 },
    { str: '行政运行', x: 60, y: 706 },
    { str: '1,234.00 56.78', x: 355, y: 706 },
    { str: '机关事业单位基本养老', x: 60, y: 688 },
    { str: '保险缴费支出', x: 60, y: 676 },
    { str: '2.00', x: 370, y: 682 },
    { str: '说明文字', x: 60, y: 600 },
    { str: '重复的段落', x: 60, y: 30, clip: [40, 50, 500, 760] },
  ],
  rects: [
    hLine(740),
    hLine(720),
    hLine(700),
    hLine(670),
    vLine(50, 670, 740),
    vLine(250, 670, 740),
    vLine(400, 670, 720),
    vLine(550, 670, 740),
  ],
};
