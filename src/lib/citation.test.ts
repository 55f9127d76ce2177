import { describe, expect, it } from 'vitest';
import { citeGbt7714 } from './citation';

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
