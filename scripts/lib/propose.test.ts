import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedText } from '../../src/pipeline/test-support/seeds';
import { normalizeOrgName, proposeEntry, ProposeError, shortNameOf, type KnownDepartment } from './propose';

const real = (name: string) => ({
  path: name,
  text: readFileSync(new URL(`../../tests/fixtures/real-texts/${name}`, import.meta.url), 'utf8'),
});
const none = { regions: [], departments: [] };

describe('proposeEntry', () => {
  it('reads a 单位预算 entry from the document alone', () => {
    const { entry } = proposeEntry([real('2025-putuo-commerce-commission-unit-budget.layout.txt')], {}, none);
    expect(entry).toEqual({
      title: '上海市普陀区2025年区级单位预算',
      publishedBy: '上海市普陀区商务委员会',
      region: { slug: 'shanghai-putuo', name: '上海市普陀区' },
      year: 2025,
      documentType: 'budget',
      scope: 'unit',
      departments: [
        { slug: 'shangwuweiyuanhui', name: '上海市普陀区商务委员会', shortName: '商务委员会', code: null, match: [] },
      ],
    });
  });

  it('takes a narrative and its tables file as one report, narrative first, facts from either', () => {
    // Given in the wrong order; the narrative's cover is an image, the tables name the department.
    const files = [
      real('2019-jiangsu-cppcc-office-budget-tables.raw.txt'),
      real('2019-jiangsu-cppcc-office-budget.raw.txt'),
    ];
    const { entry, order } = proposeEntry(files, {}, none);
    expect(order).toEqual([1, 0]);
    expect([entry.title, entry.year, entry.scope, entry.region, entry.departments[0]!.name]).toEqual([
      '江苏省政协办公厅2019年度部门预算公开',
      2019,
      'department',
      { slug: 'jiangsu', name: '江苏省' },
      '江苏省政协办公厅',
    ]);
  });

  it('names the flag for what the document does not print', () => {
    const narrative = [real('2019-jiangsu-cppcc-office-budget.layout.txt')];
    expect(() => proposeEntry(narrative, {}, none)).toThrow(/没有印出部门或单位名称.*--department/);
    const { entry } = proposeEntry(narrative, { department: '江苏省政协办公厅', slug: 'zhengxie' }, none);
    expect([entry.region.name, entry.departments[0]!.slug]).toEqual(['江苏省', 'zhengxie']);
  });

  it('matches an existing region and department by name, whatever form of the name is printed', () => {
    const known: KnownDepartment = {
      region: 'js',
      slug: 'shengwei-bangongting',
      name: '中共江苏省委办公厅',
      shortName: '省委办公厅',
      code: '001',
      match: [],
    };
    const { entry, notes } = proposeEntry(
      [real('2017-jiangsu-party-committee-office-budget-tables.layout.txt')],
      {},
      { regions: [{ slug: 'js', name: '江苏省' }], departments: [known] },
    );
    // Printed as 中国共产党江苏省委员会办公厅.
    expect(entry.region.slug).toBe('js');
    expect(entry.departments[0]).toMatchObject({ slug: 'shengwei-bangongting', code: '001' });
    expect(notes.join('')).toMatch(/已登记的 js\/shengwei-bangongting/);
  });

  it('matches an existing department by code', () => {
    const known: KnownDepartment = {
      region: 'jincheng',
      slug: 'jingji-anjian',
      name: '经安部',
      shortName: '经安部',
      code: '606',
      match: [],
    };
    const { entry } = proposeEntry(
      [{ path: '003.txt', text: seedText('003') }],
      { code: '606' },
      { regions: [{ slug: 'jincheng', name: '晋城经济技术开发区' }], departments: [known] },
    );
    expect(entry.departments[0]!.slug).toBe('jingji-anjian');
    expect(entry.scope).toBe('unit');
  });

  it('gives the 单位预算 its own slug when the 部门预算 of that year is registered', () => {
    const dept = proposeEntry([real('2026-putuo-justice-bureau-budget.layout.txt')], {}, none).entry;
    const known = {
      regions: [dept.region],
      departments: dept.departments.map((d) => ({ ...d, region: dept.region.slug })),
      reports: [`${dept.region.slug}/${dept.departments[0]!.slug}/2026`],
    };
    const unit = proposeEntry([real('2026-putuo-justice-bureau-unit-budget.layout.txt')], {}, known);
    expect([dept.departments[0]!.slug, dept.scope]).toEqual(['sifaju', 'department']);
    expect([unit.entry.departments[0]!.slug, unit.entry.scope]).toEqual(['sifaju-danwei', 'unit']);
    expect(unit.notes.join('')).toMatch(/已有部门预算：单位预算登记为 sifaju-danwei/);
  });

  it('takes a 部门决算 as final accounts', () => {
    const { entry } = proposeEntry([real('2024-putuo-social-work-dept-final-accounts.raw.txt')], {}, none);
    expect([entry.documentType, entry.scope, entry.year, entry.departments[0]!.shortName]).toEqual([
      'final-accounts',
      'department',
      2024,
      '区委社会工作部',
    ]);
  });

  it('gives a KPI-only document every department named on its forms', () => {
    const { entry } = proposeEntry(
      [{ path: '002.txt', text: seedText('002') }],
      { regionName: '山西转型综合改革示范区晋中开发区' },
      none,
    );
    expect(entry.documentType).toBe('performance-targets');
    expect(entry.scope).toBeNull();
    expect(entry.departments.map((d) => d.name)).toContain('经济运行部');
    expect(entry.publishedBy).toBe('山西转型综合改革示范区晋中开发区各预算部门');
  });

  it('refuses files of different kinds or years together', () => {
    expect(() =>
      proposeEntry(
        [real('2018-jiangsu-npc-office-budget.raw.txt'), real('2019-jiangsu-npc-office-budget-tables.raw.txt')],
        {},
        none,
      ),
    ).toThrow(ProposeError);
    expect(() =>
      proposeEntry(
        [real('2025-putuo-commerce-commission-budget.raw.txt'), real('2024-shanghai-final-accounts-template.raw.txt')],
        {},
        none,
      ),
    ).toThrow(/不是同一种文件/);
  });
});

describe('names', () => {
  it.each([
    ['中国共产党江苏省委员会办公厅', '江苏省委办公厅'],
    ['中共江苏省委办公厅', '江苏省委办公厅'],
    ['江苏省 政协办公厅', '江苏省政协办公厅'],
  ])('normalizeOrgName(%s) = %s', (name, normal) => expect(normalizeOrgName(name)).toBe(normal));

  it.each([
    ['上海市普陀区司法局', '上海市普陀区', '司法局'],
    ['中共江苏省委办公厅', '江苏省', '省委办公厅'],
    ['晋城经济技术开发区经济发展与安全监管部', '晋城经济技术开发区', '经济发展与安全监管部'],
  ])('shortNameOf(%s) = %s', (name, region, short) => expect(shortNameOf(name, region)).toBe(short));
});
