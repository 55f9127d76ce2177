import { describe, expect, it } from 'vitest';
import type { Table } from '../schemas';
import { runChecks } from './registry';
import { build } from './test-support/build';
import { cleanReport } from './test-support/clean';
import { setFigure } from './test-support/mutate';
import { amount, CODE_NAME, shaped } from './test-support/shaped';
import { itemWords } from './text-sums';

/**
 * Shapes of tables printed by real documents (Jiangsu 2017–2019, Shanghai Putuo 2025–2026) that
 * the Shanxi seed layouts do not have: each check reads them as not applicable with a reason,
 * never as a fail from a cell it cannot place.
 */

const of = (tables: Table[], check: string) => runChecks(build({ tables })).filter((r) => r.check === check);

/** Jiangsu 一般公共预算支出表: 科目编码, 科目名称, 金额. */
const jiangsuGeneral = shaped(
  'general',
  [['c0', '功能科目代码', 'code'], ['name', '功能科目名称', 'text'], amount('total', '金额')],
  [
    { label: '合计', kind: 'total', cells: [null, '合计', '28849.38'] },
    { code: '204', label: '公共安全支出', cells: ['204', '公共安全支出', '23513.11'] },
  ],
);

/** Jiangsu 收入总表: a vertical list of sources with one 金额 column, no 科目 codes. */
const jiangsuIncome = shaped(
  'income',
  [['name', '项目名称', 'text'], amount('total', '金额')],
  [
    { label: '一般公共预算拨款', cells: ['一般公共预算拨款', '28849.38'] },
    { label: '收入总计', kind: 'total', cells: ['收入总计', '28849.38'] },
  ],
);

describe('same 科目 in two tables, matched by code', () => {
  it('is not applicable when 收入总表 lists sources, not 科目 (Jiangsu)', () => {
    const r = of([jiangsuGeneral, jiangsuIncome], 'general-income-code');
    expect(r.map((x) => x.status)).toEqual(['not-applicable']);
    expect(r[0]!.reason).toMatch(/收入总表没有按科目编码列出的行/);
  });

  it('is not applicable when 收入总表 has codes but no recognised 一般公共预算 column', () => {
    const income = shaped(
      'income',
      [...CODE_NAME, amount('total', '合计'), amount('c3', '第4列')],
      [{ code: '204', label: '公共安全支出', cells: ['204', '公共安全支出', '23513.11', '23513.11'] }],
    );
    const r = of([jiangsuGeneral, income], 'general-income-code');
    expect(r.map((x) => x.status)).toEqual(['not-applicable']);
    expect(r[0]!.reason).toMatch(/一般公共预算/);
  });

  it('still compares, and fails, when both tables list the 科目 by code', () => {
    const income = shaped(
      'income',
      [...CODE_NAME, amount('total', '合计'), amount('general', '一般公共预算')],
      [{ code: '204', label: '公共安全支出', cells: ['204', '公共安全支出', '23000.00', '23000.00'] }],
    );
    const r = of([jiangsuGeneral, income], 'general-income-code').find((x) => x.id.endsWith('204'));
    expect(r?.status).toBe('fail');
  });
});

describe('a figure in a column the vocabulary did not recognise is unread, not blank', () => {
  /** Jiangsu 一般公共预算支出表 prints no 基本支出 column: 基本支出 cannot be read from it. */
  const economic = shaped(
    'basic-economic',
    [...CODE_NAME, amount('total', '合计'), amount('personnel', '人员经费'), amount('public', '公用经费')],
    [{ label: '合计', kind: 'total', cells: [null, '合计', '17123.19', '13594.82', '3528.37'] }],
  );

  it('is not applicable, with the column it lacks, instead of blank against a figure', () => {
    const r = of([jiangsuGeneral, economic], 'same-total').filter((x) => x.id.includes('basic'));
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => x.status === 'not-applicable')).toBe(true);
    expect(r.some((x) => /没有可识别的“basic”栏/.test(x.reason ?? ''))).toBe(true);
  });
});

describe('经济科目表 levels by code', () => {
  it('sums 合计 over the 3-digit classes only, when the reader marks 5-digit rows as subtotals too', () => {
    const t = shaped(
      'basic-economic',
      [...CODE_NAME, amount('total', '金额')],
      [
        { label: '合计', kind: 'total', cells: [null, '合计', '100.00'] },
        { code: '301', label: '工资福利支出', kind: 'subtotal', cells: ['301', '工资福利支出', '70.00'] },
        { code: '30101', label: '基本工资', kind: 'subtotal', cells: ['30101', '基本工资', '40.00'] },
        { code: '30102', label: '津贴补贴', kind: 'subtotal', cells: ['30102', '津贴补贴', '30.00'] },
        { code: '302', label: '商品和服务支出', kind: 'subtotal', cells: ['302', '商品和服务支出', '30.00'] },
        { code: '30201', label: '办公费', kind: 'subtotal', cells: ['30201', '办公费', '31.00'] },
      ],
    );
    const r = of([t], 'levels');
    expect(r.map((x) => [x.id.replace(/^levels--/, ''), x.status])).toEqual([
      ['total--basic-economic--total--total', 'pass'],
      ['class--basic-economic--301--total', 'pass'],
      ['class--basic-economic--302--total', 'fail'],
    ]);
  });
});

describe('a sum with an unread part', () => {
  /** Shanghai 收支总表 printed with the totals the reader did not place: 本年支出合计 not recognised. */
  const summary = shaped(
    'summary',
    [
      ['income-item', '项目', 'text'],
      amount('income', '预算数'),
      ['expenditure-item', '项目', 'text'],
      amount('expenditure-total', '预算数'),
    ],
    [{ label: '收入总计', kind: 'total', cells: ['收入总计', '100.00', '支出总计', '100.00'] }],
  );

  it('is not applicable when the read parts fall short of the total', () => {
    const r = of([summary], 'grand-total');
    expect(r.length).toBeGreaterThan(0);
    expect(r.filter((x) => x.status === 'fail')).toEqual([]);
    expect(r.some((x) => x.status === 'not-applicable' && /未能识别/.test(x.reason ?? ''))).toBe(true);
  });
});

describe('“三公” table printing its items as columns (Shanghai)', () => {
  const three = shaped(
    'three-public',
    [amount('total', '“三公”经费预算数合计'), amount('c1', '因公出国（境）费'), amount('c2', '公务接待费')],
    [{ label: '', kind: 'total', cells: ['5.00', '2.00', '3.00'] }],
  );
  const economic = shaped(
    'basic-economic',
    [...CODE_NAME, amount('total', '合计')],
    [{ code: '30217', label: '公务接待费', cells: ['30217', '公务接待费', '3.00'] }],
  );

  it('does not fail 经济科目表 ≤ “三公” for an item row the table does not have', () => {
    const r = of([three, economic], 'three-public-economic').find((x) => x.id.endsWith('reception'));
    expect(r?.status).toBe('not-applicable');
    expect(r?.reason).toMatch(/按栏列出/);
  });
});

describe('final accounts: a 总表 row the reader did not recognise', () => {
  it('is unread, so 总计 = 本年支出合计 + … is not applicable rather than a fail', async () => {
    const { fixturePair } = await import('../../tests/fixtures/final-accounts/build');
    const final = structuredClone(fixturePair().final);
    const summary = final.tables.find((t) => t.key === 'fa-summary')!;
    for (const row of summary.rows) row.label = row.label.replace(/本年支出合计/, '本年支出（合计未识别）');
    for (const row of summary.rows)
      row.cells = row.cells.map((c) => (c === '本年支出合计' ? '本年支出（合计未识别）' : c));
    const r = runChecks(final).find((x) => x.id === 'fa-balance--expenditure');
    expect(r?.status).toBe('not-applicable');
    expect(r?.reason).toMatch(/未能识别出“本年支出合计”行/);
  });
});

describe('one item said twice in a paragraph', () => {
  it('reads the item named before each amount', () => {
    expect(itemWords('本年收入预算合计15897.44万元，其中：一般公共预算收入')).toBe('一般公共预算收入');
    expect(itemWords('占0%；政府性基金预算收入')).toBe('政府性基金预算收入');
    expect(itemWords('')).toBeNull();
  });

  it('does not pair two differently named items the reader gave one meaning (Jiangsu 说明（二）)', () => {
    const base = setFigure(cleanReport(), '五', 0, { context: '其中：一般公共预算收入' });
    const other = setFigure(base, '五', 3, { value: '0.00', context: '政府性基金预算收入' });
    expect(runChecks(other).filter((r) => r.check === 'text-repeat' && r.status === 'fail')).toEqual([]);
    const same = setFigure(base, '五', 3, { value: '95.00', context: '其中：一般公共预算收入' });
    expect(runChecks(same).some((r) => r.check === 'text-repeat' && r.status === 'fail')).toBe(true);
  });
});
