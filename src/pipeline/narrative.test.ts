import { describe, expect, it } from 'vitest';
import { SECTION_NUMERALS, type Figure, type NarrativeSection } from '../schemas';
import { parseAssets, parseGlossary, parseOverview, parseProcurement } from './extras';
import { parseNarrative } from './narrative';
import { toParagraphs } from './paragraphs';
import { seedParts } from './test-support/seeds';

const section = (sections: NarrativeSection[], n: string): NarrativeSection => sections.find((s) => s.number === n)!;
const figure = (s: NarrativeSection, claim: Figure['claim'], subject?: string): Figure[] =>
  s.figures.filter((f) => f.claim === claim && (subject === undefined || f.subject === subject));

describe('paragraphs', () => {
  it('re-joins text wrapped across lines and page breaks', () => {
    const paragraphs = toParagraphs([
      { n: 10, text: '2024年度山西转型综合改革示范区晋中开发区产业规划与创新发' },
      { n: 11, text: '' },
      { n: 12, text: '展部预算收入总计432.54万元。' },
      { n: 13, text: '' },
      { n: 14, text: '(二) 一般公共预算当年支出结构情况' },
    ]);
    expect(paragraphs.map((p) => [p.text, p.lines])).toEqual([
      ['2024年度山西转型综合改革示范区晋中开发区产业规划与创新发展部预算收入总计432.54万元。', [10, 12]],
      ['(二) 一般公共预算当年支出结构情况', [14, 14]],
    ]);
  });
});

describe('narrative of 000 (figures read from the source)', () => {
  const sections = parseNarrative(seedParts('000').narrative);

  it('has the twelve sections 一 … 十二', () => {
    expect(sections.map((s) => s.number)).toEqual(SECTION_NUMERALS.slice(0, 12));
    expect(section(sections, '七').title).toBe('“三公”经费增减变动原因说明');
  });

  it('tells the two bases of change apart (total vs 一般公共预算)', () => {
    const one = section(sections, '一');
    expect(figure(one, 'income-total').map((f) => f.value)).toEqual(['432.54']);
    expect(figure(one, 'change-amount').map((f) => [f.value, f.sign])).toEqual([
      ['12097.96', '-'],
      ['12097.96', '-'],
    ]);
    expect(figure(one, 'change-percent').map((f) => f.value)).toEqual(['96.55', '96.55']);
    const five = section(sections, '五');
    expect(figure(five, 'gp-change-amount').map((f) => [f.value, f.sign, f.line])).toEqual([['5097.96', '-', 360]]);
    expect(figure(five, 'gp-change-percent').map((f) => f.value)).toEqual(['92.18']);
    expect(figure(five, 'function-share', '一般公共服务支出').map((f) => [f.value, f.line])).toEqual([['100.00', 366]]);
  });

  it('reads basic/project shares and 三公 items with their changes', () => {
    const three = section(sections, '三');
    expect(figure(three, 'basic').map((f) => f.value)).toEqual(['17.54']);
    expect(figure(three, 'basic-share').map((f) => f.value)).toEqual(['4.06']);
    expect(figure(three, 'project').map((f) => f.value)).toEqual(['415']);
    expect(figure(three, 'project-share').map((f) => f.value)).toEqual(['95.94']);
    const seven = section(sections, '七');
    expect(figure(seven, 'three-public-total').map((f) => f.value)).toEqual(['33.00']);
    expect(figure(seven, 'three-public-change').map((f) => [f.value, f.sign])).toEqual([['6.00', '-']]);
    expect(figure(seven, 'three-public-item-change').map((f) => [f.subject, f.value, f.sign])).toEqual([
      ['因公出国(境)费', '15.00', '+'],
      ['公务接待费', '20.00', '-'],
      ['公务用车运行维护费', '1.00', '-'],
    ]);
  });

  it('reads procurement and assets', () => {
    expect(parseProcurement(section(sections, '九'))).toMatchObject({
      total: '10.80',
      goods: '2.80',
      works: '0',
      services: '8.00',
    });
    expect(parseAssets(section(sections, '十一'))).toMatchObject({
      asOf: '2024年3月19日',
      vehicles: { quota: 2, actual: 2 },
      officeArea: '100',
      equipmentOver500k: 0,
    });
  });
});

describe('narrative of 003 and 001', () => {
  it('003: carry-over, percentages and structure by function', () => {
    const sections = parseNarrative(seedParts('003').narrative);
    const two = section(sections, '二');
    expect(figure(two, 'source-share', '上年结转').map((f) => f.value)).toEqual(['4.60']);
    const five = section(sections, '五');
    expect(figure(five, 'function-amount').length).toBe(8);
    expect(figure(five, 'function-amount', '资源勘探工业信息等支出').map((f) => f.value)).toEqual(['858.00']);
    expect(figure(section(sections, '六'), 'personnel').map((f) => f.value)).toEqual(['375.13']);
    expect(section(sections, '七').figures).toEqual([]);
  });
  it('001: figures with thousands separators', () => {
    const sections = parseNarrative(seedParts('001').narrative);
    expect(figure(section(sections, '一'), 'income-total').map((f) => f.value)).toEqual(['14101.87']);
    expect(figure(section(sections, '三'), 'project').map((f) => f.value)).toEqual(['14094.3']);
  });
});

describe('绩效管理情况 (section 十)', () => {
  const claims = (seed: Parameters<typeof seedParts>[0]) =>
    section(parseNarrative(seedParts(seed).narrative), '十').figures.map((f) => [f.claim, f.subject, f.value]);

  it('003 (lines 486–490): overall, categories, published amount and its share', () => {
    expect(claims('003')).toEqual([
      ['kpi-overall-amount', null, '2283.49'],
      ['kpi-projects-amount', null, '1766.46'],
      ['kpi-category-amount', '其他运转类', '443.72'],
      ['kpi-category-amount', '特定目标类', '1322.74'],
      ['kpi-published-amount', null, '1766.46'],
      ['kpi-published-share', null, '94.39'],
      ['kpi-published-category-amount', '其他运转类', '443.72'],
      ['kpi-published-category-amount', '特定目标类', '1322.74'],
    ]);
  });

  it('004 (lines 418–422): “涉及资206万元” with a missing 金 is the overall amount', () => {
    expect(claims('004').slice(0, 2)).toEqual([
      ['kpi-overall-amount', null, '206'],
      ['kpi-projects-amount', null, '187.66'],
    ]);
  });

  it('000 has no overall amount (详见附件, line 411); 001 words it “实行绩效管理的项目” (line 394)', () => {
    expect(claims('000')[0]).toEqual(['kpi-projects-amount', null, '15415.00']);
    expect(claims('001')).toEqual([['kpi-projects-amount', null, '14094.30']]);
  });
});

describe('overview and glossary', () => {
  it('004: duties and organisation under markdown headings', () => {
    const overview = parseOverview(seedParts('004').overview)!;
    expect(overview.duties).toMatch(/^负责统筹区内行政审批制度改革工作/);
    expect(overview.organization).toMatch(/政务管理科、综合业务科/);
  });
  it('glossary terms with and without colon', () => {
    const glossary = parseGlossary(seedParts('004').glossary);
    expect(glossary.length).toBe(12);
    expect(glossary[0]).toMatchObject({ number: '一', term: '基本支出' });
    expect(glossary[5]).toMatchObject({ term: '财政专户管理资金' });
    expect(glossary[5]!.definition).toMatch(/^专指教育收费/);
    expect(glossary[8]!.term).toBe('一般公共预算');
    expect(glossary[8]!.definition).toMatch(/^是指以税收为主体/);
  });
});
