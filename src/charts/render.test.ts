import { describe, expect, it } from 'vitest';
import { buildReportChart, chartSvg, layoutModel, REPORT_CHARTS } from './index';
import { layoutBars } from './layout/bars';
import type { BarChartData, ChartModel } from './model';
import { renderSvg } from './render';
import { fixtureReports, makeReport, makeTable } from './test-support/reports';

const hostile: ChartModel<BarChartData> = {
  title: '标题 <script>alert(1)</script> & “引号”',
  unit: '万元',
  notes: ['说明 <b>'],
  source: '表 "x"',
  summary: '摘要 </desc><desc>',
  table: null,
  status: 'ok',
  data: {
    series: [{ name: '<i>系列</i>', style: 'solid' }],
    rows: [{ label: '项目 <img src=x onerror=alert(1)>', note: "a'b", bars: [{ value: '1.00', label: '1.00' }] }],
  },
};

describe('renderSvg', () => {
  it('is an accessible image: role, title and desc with prefixed ids', () => {
    const svg = chartSvg(layoutModel(hostile, layoutBars), { idPrefix: 'three-public' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 360 \d+"/);
    expect(svg).toContain('role="img" aria-labelledby="three-public-title" aria-describedby="three-public-desc"');
    expect(svg).toContain('<title id="three-public-title">');
    expect(svg).toContain('<desc id="three-public-desc">');
    expect(svg).toContain('class="chart-svg"');
    expect(svg.split('\n')[0]).not.toContain(' width=');
  });

  it('escapes every text that comes from the data', () => {
    const svg = chartSvg(layoutModel(hostile, layoutBars), { idPrefix: 'x', standalone: true });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('</desc><desc>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('a&#39;b');
  });

  it('makes ids safe and unique per prefix, patterns included', () => {
    const report = fixtureReports().find((r) => r.name === 'jinzhong-chanye-guihua-2024')!.report;
    const built = buildReportChart('three-public', report);
    const a = chartSvg(built, { idPrefix: 'report 1/三公' });
    const b = chartSvg(built, { idPrefix: 'report-2' });
    const ids = (s: string): string[] => [...s.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids(a).every((id) => /^[A-Za-z][\w-]*$/.test(id))).toBe(true);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
    expect(a).toMatch(/fill="url\(#report-1----hatch-0\)"/);
  });

  it('a standalone file has its size, a white background, the font stack, its title and caption', () => {
    const report = fixtureReports()[0]!.report;
    const svg = chartSvg(buildReportChart('balance', report), {
      idPrefix: 'b',
      standalone: true,
      extraCaption: ['来源文件：测试'],
    });
    expect(svg).toMatch(
      /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 392 (\d+)" width="392" height="\1"/,
    );
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toContain('font-family="system-ui, -apple-system, &#39;Segoe UI&#39;');
    expect(svg).toContain('Noto Sans CJK SC');
    expect(svg).toContain('font-weight="700">2024年支出构成');
    expect(svg).toContain('>单位：万元</text>');
    expect(svg).toContain('>来源文件：测试</text>');
  });

  it('prints coordinates rounded to 0.1 and is byte-identical on every run', () => {
    for (const { report } of fixtureReports()) {
      for (const kind of REPORT_CHARTS) {
        const one = chartSvg(buildReportChart(kind, report), { idPrefix: kind, standalone: true });
        const two = chartSvg(buildReportChart(kind, report), { idPrefix: kind, standalone: true });
        expect(one).toBe(two);
        const numbers = [...one.matchAll(/ (?:x|y|width|height|x1|x2|y1|y2)="(-?[\d.]+)"/g)].map((m) => m[1]!);
        expect(numbers.filter((n) => /\.\d{2,}/.test(n))).toEqual([]);
      }
    }
  });

  it('renders an empty scene without breaking', () => {
    const svg = renderSvg({ width: 360, height: 0, shapes: [] }, { idPrefix: 'e', title: 't', desc: 'd' });
    expect(svg).toContain('viewBox="0 0 360 0"');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
});

describe('SVG snapshots', () => {
  it.each(fixtureReports().flatMap(({ name, report }) => REPORT_CHARTS.map((kind) => ({ name, kind, report }))))(
    '$name $kind',
    async ({ name, kind, report }) => {
      const svg = chartSvg(buildReportChart(kind, report), { idPrefix: kind, standalone: true });
      await expect(svg).toMatchFileSnapshot(`./__snapshots__/${name}-${kind}.svg`);
    },
  );

  it('no data', async () => {
    const svg = chartSvg(buildReportChart('three-public', makeReport()), { idPrefix: 'empty', standalone: true });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/edge-empty.svg');
  });

  it('very large amounts', async () => {
    const report = makeReport({
      tables: [
        makeTable('projects', [
          { label: '特大项目', cells: { total: '123456789012.34' } },
          { label: '小项目', cells: { total: '0.01' } },
          { label: '零金额项目', cells: { total: '0.00' } },
        ]),
      ],
    });
    const svg = chartSvg(buildReportChart('projects', report), { idPrefix: 'large', standalone: true });
    expect(svg).toContain('>123,456,789,012.34</text>');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/edge-large.svg');
  });
});
