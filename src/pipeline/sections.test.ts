import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossary, parseOverview } from './extras';
import { toLines, type SourceLine } from './lines';
import { parseNarrativeParts } from './narrative';
import { toParagraphs } from './paragraphs';
import { dropRepeatedRuns, withoutRepeats } from './repeats';
import { SECTION_NUMERALS } from '../schemas';
import { splitParts } from './sections';
import { seedLines } from './test-support/seeds';

const real = (name: string): string =>
  readFileSync(new URL(`../../tests/fixtures/real-texts/${name}`, import.meta.url), 'utf8');
const partsOf = (text: string) => splitParts(toLines(text));
const shape = (text: string) => partsOf(text).parts.map((p) => [p.kind, p.heading?.n ?? null]);

// Line numbers below were read from the fixture texts.
describe('parts headed 第一部分 … 第四部分 (Jiangsu)', () => {
  it('skips the contents, which list the same part headings, and finds the body parts', () => {
    expect(shape(real('2018-jiangsu-npc-office-budget.layout.txt'))).toEqual([
      ['overview', 34],
      ['tables', 148],
      ['narrative', 666],
      ['glossary', 922],
    ]);
  });

  it('reads the 13 numbered sections of 第三部分 and the glossary', () => {
    const parts = partsOf(real('2018-jiangsu-npc-office-budget.layout.txt'));
    const sections = parseNarrativeParts(parts.parts);
    expect(sections.map((s) => s.number)).toEqual(SECTION_NUMERALS.slice(0, 13)); // 一 … 十三
    expect(sections[0]!.title).toBe('收支预算总体情况说明');
    expect(sections[0]!.paragraphs[0]!.text).toBe(
      '本预算反映部门年度总体收支预算情况。根据《江苏省人大常委会办公厅部门预算的批复》（苏财预〔2018〕13号）填列。',
    );
    expect(sections[12]!.title).toBe('其他重要事项说明');
    expect(parseGlossary(parts.glossary)[0]).toMatchObject({ number: '一', term: '财政拨款' });
  });

  it('takes a part title printed on the next lines (plain pdftotext) or only in the contents', () => {
    const split = real('2019-jiangsu-cppcc-office-budget.raw.txt');
    expect(partsOf(split).parts.map((p) => [p.kind, p.title])).toEqual([
      ['overview', '第一部分部门概况'],
      ['tables', '第二部分2019年度部门预算表'],
      ['narrative', '第三部分2019年度部门预算情况说明'],
      ['glossary', '第四部分名词解释'],
    ]);
    // "第三部分" alone, its title moved elsewhere by the extractor: the contents name it.
    const moved = partsOf(real('2017-jiangsu-npc-office-budget.raw.txt'));
    expect(moved.parts.map((p) => p.kind)).toEqual(['overview', 'tables', 'narrative', 'glossary']);
  });

  it('reads 概况 in its numbered sections (主要职能, 机构设置)', () => {
    const overview = parseOverview(partsOf(real('2018-jiangsu-npc-office-budget.layout.txt')).parts)!;
    expect(overview.duties).toMatch(/^省人大常委会是省人民代表大会的常设机构，主要职能是：/);
    expect(overview.organization).toMatch(/^1．根据部门职责分工，本部门内设机构包括省人大常委会/);
  });

  it('opens a tables part where a table follows without its part heading (a tables file after the narrative)', () => {
    const joined = `${real('2017-jiangsu-cppcc-office-budget.layout.txt')}${real('2017-jiangsu-cppcc-office-budget-tables.layout.txt')}`;
    const parts = partsOf(joined);
    expect(parts.parts.map((p) => p.kind)).toEqual(['overview', 'tables', 'narrative', 'glossary', 'tables']);
    const attached = parts.parts.at(-1)!;
    // The table number printed above the first title ("表一") goes with its table.
    expect(
      attached.lines
        .map((l) => l.text.trim())
        .filter((t) => t !== '')
        .slice(0, 2),
    ).toEqual(['表一', '收支预算总表']);
  });

  it('reads a 部门决算 whose body omits the 第二部分 heading', () => {
    expect(shape(real('2024-putuo-social-work-dept-final-accounts.layout.txt')).map(([k]) => k)).toEqual([
      'overview',
      'tables',
      'narrative',
      'glossary',
    ]);
    const overview = parseOverview(partsOf(real('2024-putuo-social-work-dept-final-accounts.layout.txt')).parts)!;
    expect(overview.organization).not.toBeNull();
  });
});

describe('headings standing alone (Shanghai)', () => {
  const text = real('2025-putuo-commerce-commission-budget.layout.txt');
  const parts = partsOf(text);

  it('finds 职能, 机构设置, 名词解释, 编制说明, the tables, 其他相关情况说明 and one part per project', () => {
    expect(parts.parts.map((p) => [p.kind, p.heading?.n])).toEqual([
      ['overview', 22],
      ['overview', 73],
      ['glossary', 80],
      ['narrative', 98],
      ['tables', 141],
      ['narrative', 370],
      ['narrative', 392],
      ['narrative', 410],
      ['narrative', 428],
      ['narrative', 450],
    ]);
    expect(parts.cover.map((l) => l.text.trim()).filter((t) => t !== '')).toEqual([
      '上海市普陀区2025年区级部门预算',
      '预算主管部门：上海市普陀区商务委员会',
    ]);
  });

  it('keeps the table title with its table', () => {
    expect(parts.tables[0]!.text.trim()).toBe('2025年部门财务收支预算总表');
  });

  it('reads the narrative: 编制说明 as one section with its numbered items, 其他相关情况说明 一 … 五, projects whole', () => {
    const sections = parseNarrativeParts(parts.parts);
    expect(sections.map((s) => [s.number, s.title])).toEqual([
      ['', '2025年部门预算编制说明'],
      ['一', '2025年“三公”经费预算情况说明'],
      ['二', '机关运行经费预算'],
      ['三', '政府采购预算情况'],
      ['四', '绩效目标设置情况'],
      ['五', '国有资产占有使用情况'],
      ['', '科技创新专项经费情况说明'],
      ['', '生命健康专项（政策资金）经费情况说明'],
      ['', '商业创新专项（政策资金）经费情况说明'],
      ['', '贸易高质量发展专项（政策资金）经费情况说明'],
    ]);
    const items = sections[0]!.paragraphs.filter((p) => /^\d+\. “/.test(p.text));
    expect(items).toHaveLength(16);
    expect(items[0]).toEqual({
      text: '1. “一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元，主要用于机关行政运行和机关人员经费支出 。',
      lines: [108, 108],
      starts: [[0, 108]],
    });
    // A sentence-long item "（二）…" goes on over the next line.
    expect(sections[1]!.paragraphs[2]!.lines).toEqual([375, 376]);
  });

  it('reads 概况 from the standing headings and the glossary numbered （一）…', () => {
    const overview = parseOverview(parts.parts)!;
    expect(overview.duties).toMatch(/^上海市普陀区商务委员会是主管全区产业经济的区政府工作部门/);
    expect(overview.organization).toMatch(/^上海市普陀区商务委员会部门预算是包括商务委本部/);
    expect(overview.sourceLines).toEqual([22, 79]);
    expect(parseGlossary(parts.glossary).map((e) => e.term)).toEqual([
      '财政拨款收入',
      '事业收入',
      '事业单位经营收入',
      '其他收入',
      '基本支出预算',
      '项目支出预算',
      '“三公”经费',
      '机关运行经费',
    ]);
  });
});

describe('parts numbered 一、二、… at top level, as the contents list them', () => {
  const text = [
    '某某市某某局2024年度部门预算',
    '目 录',
    '一、部门概况',
    '二、部门预算编制说明',
    '三、部门预算公开表',
    '四、名词解释',
    '一、部门概况',
    '（一）主要职能',
    '负责全市某某工作。',
    '二、部门预算编制说明',
    '2024年收入预算100.00万元。',
    '1. “一般公共服务支出（类）某某事务（款）行政运行（项）”100.00万元，主要用于机关运行。',
    '三、部门预算公开表',
    '收支预算总表',
    '单位：万元',
    '四、名词解释',
    '一、财政拨款：指一般公共预算财政拨款。',
  ].join('\n');

  it('splits at the entries of the contents, not at numbered sections inside a part', () => {
    const parts = partsOf(text);
    expect(parts.parts.map((p) => [p.kind, p.heading?.n])).toEqual([
      ['overview', 7],
      ['narrative', 10],
      ['tables', 13],
      ['glossary', 16],
    ]);
    const [section] = parseNarrativeParts(parts.parts);
    expect(section!.title).toBe('二、部门预算编制说明');
    expect(section!.items!.map((i) => [i.amount, i.line])).toEqual([['100.00', 12]]);
    expect(parseGlossary(parts.glossary).map((e) => e.term)).toEqual(['财政拨款']);
  });
});

describe('the seeds keep their four parts', () => {
  it.each(['000', '001', '003', '004'] as const)('%s', (id) => {
    expect(splitParts(seedLines(id)).parts.map((p) => p.kind)).toEqual(['overview', 'tables', 'narrative', 'glossary']);
  });
});

const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ n: i + 1, text }));

describe('text printed twice at a page break', () => {
  it('keeps one copy of an exactly repeated run of lines and says where', () => {
    const { lines: kept, repeats } = dropRepeatedRuns(
      lines(
        '本部门2024年收入预算合计432.54万元，其中一般公共预算',
        '拨款432.54万元，比上年减少12097.96万元。',
        '',
        '- 3 -',
        '本部门2024年收入预算合计432.54万元，其中一般公共预算',
        '拨款432.54万元，比上年减少12097.96万元。',
        '主要原因是项目支出减少。',
      ),
    );
    expect(kept.map((l) => l.n)).toEqual([1, 2, 3, 4, 7]);
    expect(repeats).toEqual([{ kept: 1, dropped: [5, 6] }]);
    const paragraphs = toParagraphs(kept);
    expect(paragraphs.map((p) => [p.text, p.lines])).toEqual([
      ['本部门2024年收入预算合计432.54万元，其中一般公共预算拨款432.54万元，比上年减少12097.96万元。', [1, 2]],
      ['主要原因是项目支出减少。', [7, 7]],
    ]);
  });

  it('leaves short repeated lines and separated repeats alone', () => {
    const text = lines('合计', '合计', '一、基本支出', '二、项目支出', '一、基本支出');
    expect(dropRepeatedRuns(text).repeats).toEqual([]);
  });

  it('warns in the document and never touches table parts', () => {
    const doc = toLines(
      [
        '第一部分 概况',
        '一、本部门职责',
        '负责全区产业规划的编制和组织实施工作。',
        '负责全区产业规划的编制和组织实施工作。',
        '第二部分 2024年部门预算报表',
        '行政运行	10.00	10.00	10.00',
        '行政运行	10.00	10.00	10.00',
      ].join('\n'),
    );
    const { parts, warnings } = withoutRepeats(splitParts(doc));
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['repeated-text', 4]]);
    expect(warnings[0]!.message).toBe('第4行与第3行起的文字完全重复（分页处重复印出），只保留一次。');
    expect(parts.tables).toHaveLength(2);
  });
});
