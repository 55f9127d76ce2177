import { describe, expect, it } from 'vitest';
import { CLOSING_LABEL, ROW_TOTAL_LABEL, TOTAL_LABEL } from './words';

const accepts = (re: RegExp, labels: string[]) => labels.filter((l) => re.test(l));

describe('total labels, built from TOTAL_LABEL_WORDS', () => {
  const labels = ['合计', '总计', '收入总计', '本年支出合计', '部门合计', '单位总计', '收入小计', '本年支出小计'];
  const more = ['小计', '当年支出小计', '上年结转', '结转下年资金', '年末结余', '基本支出', '合计数'];

  it('TOTAL_LABEL: a total word alone or a side’s total', () => {
    expect(accepts(TOTAL_LABEL, [...labels, ...more])).toEqual(['合计', '总计', '收入总计', '本年支出合计']);
  });

  it('ROW_TOTAL_LABEL: also a department’s or unit’s total and a side’s subtotal', () => {
    expect(accepts(ROW_TOTAL_LABEL, [...labels, ...more])).toEqual(labels);
  });

  it('CLOSING_LABEL: any label ending in a total word, and carry-overs', () => {
    expect(accepts(CLOSING_LABEL, [...labels, ...more])).toEqual([
      ...labels,
      '小计',
      '当年支出小计',
      '上年结转',
      '结转下年资金',
      '年末结余',
    ]);
  });
});
