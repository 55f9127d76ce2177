import { describe, expect, it } from 'vitest';
import { cellOf, findTable } from '../report-tables';
import { allReports, fixture, makeFigure, makeReport, makeTable } from '../test-support/reports';
import { itemColumns } from '../../lib/three-public-items';
import { threePublicChart, threePublicFacts } from './three-public';

const ITEM_KEY: Record<string, string> = {
  '因公出国（境）费': 'abroad',
  公务接待费: 'reception',
  公务用车购置费: 'vehicle-purchase',
  公务用车运行维护费: 'vehicle-operation',
  公务用车购置及运行费: 'vehicles',
};

const table = (rows: [string, string | null][], total: string | null) =>
  makeTable('three-public', [
    ...rows.map(([label, value]) => ({ label, cells: { total: value } })),
    { label: '合计', kind: 'total' as const, level: 0, cells: { total } },
  ]);

describe('三公 facts from the seed documents', () => {
  it('derives last year from the stated changes (产业规划与创新发展部 2024)', () => {
    const facts = threePublicFacts(fixture('jinzhong-chanye-guihua-2024'))!;
    expect(facts.items.map((i) => [i.name, i.current, i.change, i.previous])).toEqual([
      ['因公出国（境）费', '15.00', '15.00', '0.00'],
      ['公务接待费', '15.00', '-20.00', '35.00'],
      ['公务用车购置费', null, '0', '0.00'],
      ['公务用车运行维护费', '3.00', '-1.00', '4.00'],
    ]);
    expect(facts.total).toMatchObject({ current: '33.00', change: '-6.00', previous: '39.00' });
  });

  it('counts a blank cell as 0 and reads "与上年预算数相同" as no change (行政审批局 2024)', () => {
    const facts = threePublicFacts(fixture('jinzhong-xingzheng-shenpi-2024'))!;
    expect(facts.items.map((i) => [i.name, i.current, i.changeKind, i.previous])).toEqual([
      ['因公出国（境）费', null, 'unchanged', '0.00'],
      ['公务接待费', null, 'stated', '0.50'],
      ['公务用车购置费', null, 'unchanged', '0.00'],
      ['公务用车运行维护费', '3.00', 'stated', '1.62'],
    ]);
    expect(facts.total).toMatchObject({ current: '3.00', change: '0.88', previous: '2.12' });
  });

  it('keeps this year where every item is stated unchanged (新材料产业招商服务中心 2023)', () => {
    const facts = threePublicFacts(fixture('zonggai-xincailiao-2023'))!;
    expect(facts.items.every((i) => i.changeKind === 'unchanged')).toBe(true);
    expect(facts.items.find((i) => i.name === '公务接待费')!.previous).toBe('0.33');
    expect(facts.total).toMatchObject({ current: '0.33', changeKind: 'unchanged', previous: '0.33' });
  });

  it('the derived items add up to the derived total where every change is stated', () => {
    for (const name of ['jinzhong-chanye-guihua-2024', 'jinzhong-xingzheng-shenpi-2024']) {
      const facts = threePublicFacts(fixture(name))!;
      const sum = facts.items.reduce((s, i) => s + Number(i.previous), 0);
      expect(sum.toFixed(2)).toBe(facts.total!.previous);
    }
  });
});

describe('threePublicChart', () => {
  it('says "no data" with the reason when the table is marked 本表无数据', () => {
    const model = threePublicChart(fixture('jincheng-jingji-anjian-2024'));
    expect(model.status).toBe('empty');
    expect(model.status === 'empty' && model.reason).toContain('本表无数据');
  });

  it('says "no data" when the report has no 三公 table', () => {
    const model = threePublicChart(makeReport());
    expect(model).toMatchObject({ status: 'empty', reason: '本报告没有“三公”经费预算表。' });
  });

  it('shows no last-year bar where no change is stated, and says so', () => {
    const report = makeReport({ tables: [table([['公务接待费', '5.00']], '5.00')] });
    const model = threePublicChart(report);
    expect(model.status).toBe('ok');
    if (model.status !== 'ok') return;
    expect(model.data.rows[0]!.bars[1]).toEqual({ value: null, label: '上年数未说明' });
    expect(model.notes.join('')).toContain('公务接待费：情况说明未给出与上年的增减，不显示上年数');
  });

  it('uses the stated change of the matching subject only', () => {
    const report = makeReport({
      tables: [
        table(
          [
            ['因公出国（境）费', '10.00'],
            ['公务接待费', '5.00'],
          ],
          '15.00',
        ),
      ],
      figures: [
        makeFigure('three-public-item', '5.00', { subject: '公务接待费' }),
        makeFigure('three-public-item-change', '2.50', { subject: '公务接待费', sign: '+' }),
      ],
    });
    const facts = threePublicFacts(report)!;
    expect(facts.items.map((i) => i.previous)).toEqual([null, '2.50']);
  });

  it('is "no data" when every amount is zero or blank, this year and last', () => {
    const report = makeReport({
      tables: [
        table(
          [
            ['因公出国（境）费', '0.00'],
            ['公务接待费', null],
          ],
          '0.00',
        ),
      ],
    });
    expect(threePublicChart(report)).toMatchObject({
      status: 'empty',
      reason: '各项“三公”经费本年和上年均为 0 或空白。',
    });
  });

  it('still draws a cut to zero: this year 0, last year from the stated decrease', () => {
    const report = makeReport({
      tables: [table([['公务接待费', '0.00']], '0.00')],
      figures: [
        makeFigure('three-public-item', '0', { subject: '公务接待费' }),
        makeFigure('three-public-item-change', '8.00', { subject: '公务接待费', sign: '-' }),
      ],
    });
    const model = threePublicChart(report);
    expect(model.status).toBe('ok');
    expect(model.status === 'ok' && model.data.rows[0]!.bars.map((b) => b.value)).toEqual(['0.00', '8.00']);
  });

  it.each(allReports())('prints this year exactly as the table cells ($name)', ({ report }) => {
    const model = threePublicChart(report);
    if (model.status !== 'ok') return;
    const t = findTable(report, 'three-public')!;
    // Items printed as columns (one row of figures): the item's column under its stable key.
    const items = itemColumns(t);
    for (const row of model.data.rows) {
      const cell =
        (items
          ? cellOf(t, items.row, ITEM_KEY[row.label]!)
          : cellOf(
              t,
              t.rows.find((r) => r.label.replace(/^[①②]/, '') === row.label)!,
              'total',
            )) ?? null;
      expect(row.bars[0]!.value).toBe(cell);
      expect(row.bars[0]!.label.replace(/,/g, '')).toBe(cell ?? '—');
    }
  });
});
