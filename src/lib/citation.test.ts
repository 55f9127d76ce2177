import { describe, expect, it } from 'vitest';
import { citeGbt7714, citeRow, describeRow } from './citation';

describe('citeGbt7714', () => {
  it('formats a table citation as [EB/OL] with the access-date placeholder', () => {
    expect(
      citeGbt7714({
        author: '山西转型综合改革示范区晋中开发区产业规划与创新发展部',
        title: '2024年预算收入总表',
        published: 2024,
        url: 'https://example.org/r/jinzhong/chanye-guihua/2024/t/income/',
      }),
    ).toBe(
      '山西转型综合改革示范区晋中开发区产业规划与创新发展部. 2024年预算收入总表[EB/OL]. (2024)[引用日期]. https://example.org/r/jinzhong/chanye-guihua/2024/t/income/.',
    );
  });

  it('uses a given access date and normalises whitespace and trailing stops', () => {
    expect(
      citeGbt7714({
        author: ' 某部门 ',
        title: '2024年 “三公”经费\n支出预算表。',
        published: '2024-03-19',
        url: 'https://example.org/x/',
        accessed: '2025-01-31',
      }),
    ).toBe('某部门. 2024年 “三公”经费 支出预算表[EB/OL]. (2024-03-19)[2025-01-31]. https://example.org/x/.');
  });
});

describe('citeRow', () => {
  it('cites one row with its label, column, value and unit and the row URL', () => {
    expect(
      citeRow({
        author: '山西转型综合改革示范区新材料产业招商服务中心',
        title: '预算公开表3 2023年预算支出总表',
        published: 2023,
        url: '/r/zonggai/xincailiao/2023/#expenditure-2011301',
        row: { label: '行政运行', column: '合计', value: '7.57', unit: '万元' },
      }),
    ).toBe(
      '山西转型综合改革示范区新材料产业招商服务中心. 预算公开表3 2023年预算支出总表：行政运行（合计）：7.57 万元[EB/OL]. (2023)[引用日期]. /r/zonggai/xincailiao/2023/#expenditure-2011301.',
    );
  });

  it('says 空白 for a blank cell, never zero', () => {
    expect(describeRow({ label: '项目支出', value: null, unit: '万元' })).toBe('项目支出：空白');
    expect(describeRow({ label: '产出指标', value: '≥95%' })).toBe('产出指标：≥95%');
  });
});
