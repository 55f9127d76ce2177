import { describe, expect, it } from 'vitest';
import type { Report, Table } from '../schemas';
import { emptyReport } from '../schemas/test-support/report';
import { describeChange, relevantCorrections, share, summarize } from './summary';

const col = (key: string, kind: 'code' | 'text' | 'amount', ...path: string[]) => ({ key, kind, path });
const row = (id: string, kind: 'total' | 'subtotal' | 'item', level: number, cells: (string | null)[]) => ({
  id,
  code: null,
  label: cells.find((c) => c !== null) ?? '',
  level,
  kind,
  cells,
  sourceLines: [1, 1] as [number, number],
});
const table = (key: Table['key'], columns: Table['columns'], rows: Table['rows']): Table => ({
  id: key,
  key,
  number: null,
  title: key,
  unit: '万元',
  columns,
  rows,
  empty: false,
  sourceLines: [1, 2],
});

const report = emptyReport({
  source: {
    title: 't',
    publishedBy: 'p',
    files: [{ file: 'a.txt', sha256: '0'.repeat(64), format: 'text', lines: [1, 1], pages: [] }],
  },
  tables: [
    table(
      'summary',
      [col('income-item', 'text', '收入', '项目'), col('income', 'amount', '收入', '2024年')],
      [row('r1', 'total', 0, ['本年收入合计', '2178.49']), row('r2', 'total', 0, ['收入总计', '2283.49'])],
    ),
    table(
      'income',
      [
        col('code', 'code', '科目编码'),
        col('name', 'text', '科目名称'),
        col('total', 'amount', '本年收入', '合计'),
        col('general', 'amount', '本年收入', '一般公共预算'),
        col('fund', 'amount', '本年收入', '政府性基金'),
        col('carryover', 'amount', '上年结转'),
      ],
      [row('total', 'total', 0, ['合计', null, '2178.49', '2178.49', '0.00', '105.00'])],
    ),
    table(
      'expenditure',
      [
        col('name', 'text', '科目名称'),
        col('total', 'amount', '合计'),
        col('basic', 'amount', '基本支出'),
        col('project', 'amount', '项目支出'),
      ],
      [row('total', 'total', 0, ['合计', '2283.49', '412.03', '1871.46'])],
    ),
    table(
      'three-public',
      [col('name', 'text', '项目'), col('total', 'amount', '合计')],
      [
        row('r1', 'item', 1, ['因公出国（境）费', null]),
        row('r2', 'item', 1, ['公务接待费', '3.00']),
        row('r3', 'item', 2, ['①公务用车购置费', '0.00']),
        row('total', 'total', 0, ['合计', '3.00']),
      ],
    ),
    table(
      'projects',
      [col('name', 'text', '项目名称'), col('total', 'amount', '合计')],
      [
        row('r1', 'subtotal', 1, ['某部门', '30.00']),
        row('r2', 'item', 2, ['甲', '10.00']),
        row('r3', 'item', 2, ['乙', '20.00']),
      ],
    ),
  ],
  narrative: [
    {
      number: '一',
      title: 't',
      paragraphs: [],
      sourceLines: [1, 1],
      figures: [
        {
          raw: '6.76万元',
          value: '6.76',
          unit: '万元',
          sign: '-',
          claim: 'change-amount',
          subject: null,
          context: '',
          line: 5,
        },
        {
          raw: '0.30%',
          value: '0.30',
          unit: '%',
          sign: '-',
          claim: 'change-percent',
          subject: null,
          context: '',
          line: 5,
        },
        {
          raw: '0.88万元',
          value: '0.88',
          unit: '万元',
          sign: '+',
          claim: 'three-public-change',
          subject: null,
          context: '',
          line: 9,
        },
      ],
    },
  ],
});

describe('summarize', () => {
  const s = summarize(report);

  it('reads the totals from the tables, as stored', () => {
    expect(s.total).toBe('2283.49');
    expect(s.current).toBe('2178.49');
    expect(s.carryover).toBe('105.00');
    expect(s.basic).toBe('412.03');
    expect(s.project).toBe('1871.46');
  });

  it('lists the non-zero sources by their printed column name', () => {
    expect(s.sources).toEqual([
      { label: '一般公共预算', amount: '2178.49' },
      { label: '上年结转', amount: '105.00' },
    ]);
  });

  it('computes shares exactly and takes changes from the narrative', () => {
    expect(s.basicShare).toBe('18.0');
    expect(s.projectShare).toBe('82.0');
    expect(s.change).toEqual({ amount: '6.76', percent: '0.30', sign: '-', line: 5 });
    expect(describeChange(s.change!)).toBe('比上年减少 6.76 万元（下降 0.30%）');
  });

  it('summarises 三公 and counts projects', () => {
    expect(s.threePublic).toEqual({
      total: '3.00',
      change: { amount: '0.88', percent: null, sign: '+', line: 9 },
      items: [{ label: '公务接待费', amount: '3.00' }],
    });
    expect(s.projectCount).toBe(2);
    expect(s.kpiCount).toBe(0);
    expect(s.kpiAnnualFunds).toBeNull();
  });

  it('copes with a report without tables', () => {
    const empty = summarize({ ...report, documentType: 'performance-targets', tables: [], narrative: [] });
    expect(empty.total).toBeNull();
    expect(empty.threePublic).toBeNull();
    expect(empty.projectCount).toBeNull();
    expect(empty.sources).toEqual([]);
  });
});

describe('share', () => {
  it('handles zero and missing values', () => {
    expect(share('1', '3')).toBe('33.3');
    expect(share('1', '0.00')).toBeNull();
    expect(share(null, '3')).toBeNull();
  });
});

describe('relevantCorrections', () => {
  const c = (file: string, line: number) => ({ file, line, original: 'x', corrected: 'y', reason: 'r' });
  const form = {
    sources: [{ file: 'k.txt', lines: [40, 70] as [number, number] }],
  } as unknown as Report['performance']['projects'][number];

  it('keeps a budget document’s own corrections and those inside its forms only', () => {
    const r = {
      ...report,
      corrections: [c('a.txt', 3), c('k.txt', 45), c('k.txt', 90)],
      performance: { overall: null, projects: [form] },
    };
    expect(relevantCorrections(r).map((x) => `${x.file}:${x.line}`)).toEqual(['a.txt:3', 'k.txt:45']);
    const kpiOnly = {
      ...r,
      documentType: 'performance-targets' as const,
      source: { ...r.source, files: [{ ...r.source.files[0]!, file: 'k.txt' }] },
    };
    expect(relevantCorrections(kpiOnly).map((x) => `${x.file}:${x.line}`)).toEqual(['k.txt:45']);
  });
});
