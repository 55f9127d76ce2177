import { describe, expect, it } from 'vitest';
import { buildReportChart, REPORT_CHARTS } from '../index';
import type { BarChartData, ProportionData, TreemapData } from '../model';
import { measureText } from '../text';
import { overflowingTexts, overlappingTexts, rects, texts } from '../test-support/geometry';
import { allReports } from '../test-support/reports';
import { layoutBars } from './bars';
import { WIDTH } from './common';
import { layoutEmpty } from './empty';
import { layoutProportion } from './proportion';
import { layoutTreemap, TREEMAP } from './treemap';

const bars = (values: (string | null)[], labels?: string[]): BarChartData => ({
  series: [{ name: '金额', style: 'solid' }],
  rows: values.map((v, i) => ({
    label: labels?.[i] ?? `项目${i + 1}`,
    note: null,
    bars: [{ value: v, label: v ?? '—' }],
  })),
});

describe('bars', () => {
  it('draws bar lengths proportional to the values', () => {
    const scene = layoutBars(bars(['10.00', '25.00', '5.00', '0.00']));
    const widths = rects(scene, 'bar').map((r) => r.width);
    const unit = widths[1]! / 25;
    expect(widths[0]).toBeCloseTo(10 * unit, 0);
    expect(widths[2]).toBeCloseTo(5 * unit, 0);
    expect(widths[3]).toBe(0);
  });

  it('keeps every value label inside the chart, even for very large values', () => {
    const scene = layoutBars(bars(['987654321098765.43', '1.00'], ['很大的金额', '很小的金额']));
    expect(overflowingTexts(scene)).toEqual([]);
    expect(overlappingTexts(scene)).toEqual([]);
    const [big, small] = rects(scene, 'bar');
    expect(big!.width).toBeGreaterThan(WIDTH * 0.3);
    expect(small!.width).toBeLessThan(0.1);
  });

  it('wraps long labels instead of letting them run out of the chart', () => {
    const long = '14057124606T100000013-2024年市级中小企业发展专项资金（小微企业双创基地资金）';
    const scene = layoutBars(bars(['25.00'], [long]));
    expect(texts(scene).filter((t) => t.size === 14).length).toBeGreaterThan(1);
    expect(overflowingTexts(scene)).toEqual([]);
  });

  it('handles a single bar and a blank value', () => {
    const one = layoutBars(bars(['3.00']));
    expect(rects(one, 'bar')).toHaveLength(1);
    expect(rects(one, 'bar')[0]!.width).toBeGreaterThan(0);
    const blank = layoutBars(bars([null, '2.00']));
    expect(rects(blank, 'bar')).toHaveLength(1);
    expect(texts(blank).map((t) => t.text)).toContain('—');
  });

  it('draws a legend and a hatched second series', () => {
    const scene = layoutBars({
      series: [
        { name: '2024年预算', style: 'solid' },
        { name: '2023年（推算）', style: 'hatch' },
      ],
      rows: [
        {
          label: '公务接待费',
          note: '比上年减少 20.00',
          bars: [
            { value: '15.00', label: '15.00' },
            { value: '35.00', label: '35.00' },
          ],
        },
      ],
    });
    expect(rects(scene, 'swatch').map((r) => r.fill?.kind)).toEqual(['solid', 'hatch']);
    expect(rects(scene, 'bar').map((r) => r.fill?.kind)).toEqual(['solid', 'hatch']);
    expect(overlappingTexts(scene)).toEqual([]);
  });
});

describe('treemap', () => {
  const data: TreemapData = {
    totalLabel: '100.00',
    classes: [
      {
        code: '201',
        label: '一般公共服务支出',
        value: '70.00',
        children: [
          { code: '2010301', label: '行政运行', value: '50.00', children: [] },
          { code: '2010302', label: '一般行政管理事务', value: '20.00', children: [] },
        ],
      },
      {
        code: '208',
        label: '社会保障和就业支出',
        value: '29.90',
        children: [{ code: '2080505', label: '养老保险缴费', value: '29.90', children: [] }],
      },
      {
        code: '210',
        label: '卫生健康支出',
        value: '0.10',
        children: [{ code: '2101102', label: '事业单位医疗', value: '0.10', children: [] }],
      },
    ],
  };

  it('tile areas sum to the whole rectangle and are proportional to the amounts', () => {
    const scene = layoutTreemap(data);
    const tiles = rects(scene, 'tile');
    const area = tiles.reduce((s, r) => s + r.width * r.height, 0);
    expect(area).toBeCloseTo(WIDTH * TREEMAP.height, -2);
    expect(Math.abs(area - WIDTH * TREEMAP.height) / (WIDTH * TREEMAP.height)).toBeLessThan(0.005);
    for (const t of tiles) {
      expect((t.width * t.height) / (WIDTH * TREEMAP.height)).toBeCloseTo(Number(t.value) / 100, 2);
    }
  });

  it('puts a label inside a tile only where it fits; others go to the legend', () => {
    const scene = layoutTreemap(data);
    const tiles = rects(scene, 'tile');
    const inside = texts(scene).filter((t) => t.y < TREEMAP.height);
    for (const t of inside) {
      const tile = tiles.find((r) => t.x >= r.x && t.x < r.x + r.width && t.y > r.y && t.y < r.y + r.height)!;
      expect(tile).toBeDefined();
      expect(t.x + measureText(t.text, t.size)).toBeLessThanOrEqual(tile.x + tile.width);
    }
    const all = texts(scene)
      .map((t) => t.text)
      .join('\n');
    expect(all).toContain('事业单位医疗');
    expect(overlappingTexts(scene)).toEqual([]);
    expect(overflowingTexts(scene)).toEqual([]);
  });

  it('draws a single leaf as the whole rectangle', () => {
    const scene = layoutTreemap({
      totalLabel: '5.00',
      classes: [{ code: '201', label: '一般公共服务支出', value: '5.00', children: [] }],
    });
    const [tile] = rects(scene, 'tile');
    expect([tile!.width, tile!.height]).toEqual([WIDTH, TREEMAP.height]);
  });
});

describe('proportion bars', () => {
  const data: ProportionData = {
    bars: [
      {
        title: '基本支出与项目支出',
        totalLabel: '14,101.87',
        parts: [
          { name: '基本支出', value: '7.57', label: '7.57', share: '0.05' },
          { name: '项目支出', value: '14094.30', label: '14,094.30', share: '99.95' },
        ],
      },
    ],
  };

  it('segments fill the width in proportion to the parts', () => {
    const [a, b] = rects(layoutProportion(data), 'segment');
    expect(a!.width + b!.width).toBeCloseTo(WIDTH, 1);
    expect(a!.width).toBeCloseTo((7.57 / 14101.87) * WIDTH, 1);
    expect(b!.fill?.kind).toBe('hatch');
  });

  it('names every part in a legend line, whatever its width', () => {
    const scene = layoutProportion(data);
    expect(texts(scene).map((t) => t.text)).toEqual(
      expect.arrayContaining(['基本支出 7.57（0.05%）', '项目支出 14,094.30（99.95%）']),
    );
    expect(overlappingTexts(scene)).toEqual([]);
  });
});

describe('the no-data state', () => {
  it('is a framed message with the reason', () => {
    const scene = layoutEmpty('“三公”经费预算表注明“本表无数据”。');
    expect(texts(scene).map((t) => t.text)).toEqual(['无数据', '“三公”经费预算表注明“本表无数据”。']);
    expect(overflowingTexts(scene)).toEqual([]);
  });

  it('wraps a long reason', () => {
    const scene = layoutEmpty('很长的原因'.repeat(30));
    expect(texts(scene).length).toBeGreaterThan(3);
    expect(overflowingTexts(scene)).toEqual([]);
    expect(overlappingTexts(scene)).toEqual([]);
  });
});

describe.each(allReports())('every chart of $name', ({ report }) => {
  it.each(REPORT_CHARTS)('%s: labels inside the chart, none overlapping', (kind) => {
    const { scene } = buildReportChart(kind, report);
    expect(scene.height).toBeGreaterThan(0);
    expect(overflowingTexts(scene)).toEqual([]);
    expect(overlappingTexts(scene)).toEqual([]);
  });
});
