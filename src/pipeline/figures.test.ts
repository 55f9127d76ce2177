import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';

const paragraph = (text: string) => ({ text, lines: [1, 1] as [number, number], starts: [{ offset: 0, n: 1 }] });

describe('figures of 收入预算情况说明', () => {
  it('reads the total and each named source (Jiangsu 2018 政协办公厅, text as printed)', () => {
    const figures = extractFigures(
      '二',
      paragraph(
        '江苏省政协办公厅本年收入预算合计 10,150.48 万元，其中：一般公共预算收入10,070.48万元，占99.21%；政府性基金预算收入0万元，占0%；财政专户管理资金0万元，占0%；其他资金80万元，占0.79%；上年结转资金0万元，占0%。',
      ),
    );
    expect(figures.filter((f) => f.unit === '万元').map((f) => [f.claim, f.subject, f.value])).toEqual([
      ['income-total', null, '10150.48'],
      ['source-amount', '一般公共预算收入', '10070.48'],
      ['source-amount', '政府性基金预算收入', '0'],
      ['source-amount', '财政专户管理资金', '0'],
      ['source-amount', '其他资金', '80'],
      ['source-amount', '上年结转资金', '0'],
    ]);
  });

  it('still reads “预算收入” alone as the total', () => {
    const [f] = extractFigures('二', paragraph('部门预算收入 432.54 万元。'));
    expect(f?.claim).toBe('income-total');
  });

  it('reads 本年支出预算合计 of 支出预算情况说明 as the total (Jiangsu 2019 检察院)', () => {
    const figures = extractFigures(
      '三',
      paragraph('省检察院本年支出预算合计24,169.74万元，其中：基本支出15,844.04万元，占65.56%；'),
    );
    expect(figures.map((f) => [f.claim, f.value])).toEqual([
      ['expenditure-total', '24169.74'],
      ['basic', '15844.04'],
      ['basic-share', '65.56'],
    ]);
  });
});
