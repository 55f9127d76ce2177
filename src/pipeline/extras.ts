import {
  SECTION_NUMERALS,
  type Assets,
  type GlossaryEntry,
  type NarrativeSection,
  type Procurement,
  type Report,
} from '../schemas';
import type { SourceLine } from './lines';
import { parseNumber } from './numbers';
import { toParagraphs } from './paragraphs';
import { PAREN_HEADING, partBlocks, splitNumbered, type NumberedBlock, type Part } from './sections';

/**
 * Stage 5: the smaller parts — 概况 (duties, organisation), 国有资产 (vehicles, office
 * area), 政府采购 and 名词解释 — read from their sections' text.
 */

function sectionText(blocks: NumberedBlock[], title: RegExp): { text: string; lines: [number, number] } | null {
  const block = blocks.find((b) => title.test(b.title));
  if (!block) return null;
  const text = toParagraphs(block.body)
    .map((p) => p.text)
    .join('\n');
  const last = block.body.at(-1)?.n ?? block.heading.n;
  return { text, lines: [block.heading.n, Math.max(last, block.heading.n)] };
}

/** 概况 of a 第一部分 (numbered 一、本部门职责 …) or of standing headings (…主要职能, …机构设置). */
export function parseOverview(lines: SourceLine[] | Part[]): Report['overview'] {
  const blocks = isParts(lines)
    ? lines.filter((p) => p.kind === 'overview').flatMap(partBlocks)
    : splitNumbered(lines, SECTION_NUMERALS);
  const duties = sectionText(blocks, /职责|职能/);
  const organization = sectionText(blocks, /机构设置|单位构成/);
  const first = duties?.lines[0] ?? organization?.lines[0];
  const last = organization?.lines[1] ?? duties?.lines[1];
  if (first === undefined || last === undefined) return null;
  return { duties: duties?.text ?? null, organization: organization?.text ?? null, sourceLines: [first, last] };
}

const isParts = (list: SourceLine[] | Part[]): list is Part[] => list.length > 0 && 'kind' in list[0]!;

const int = (m: RegExpExecArray | null): number | null => (m ? Number.parseInt(m[1]!, 10) : null);

export function parseAssets(section: NarrativeSection | undefined): Assets | null {
  if (!section) return null;
  const text = section.paragraphs.map((p) => p.text).join('\n');
  const quota = int(/公务用车编制(\d+)辆/.exec(text));
  let actual = int(/实有(\d+)辆/.exec(text));
  let counted = text;
  if (quota === null && actual === null) {
    // "共有车辆55辆。其中，一般公务用车13辆…": the count and breakdown of the paragraph that says it
    // (not of the vehicles the budget plans to buy, told in the next paragraph).
    const held = section.paragraphs.find((p) => /共有(?:公务)?车辆\d+辆/.test(p.text));
    if (held) {
      actual = int(/共有(?:公务)?车辆(\d+)辆/.exec(held.text));
      counted = held.text.split(/\d{4}年(?:部门|单位)?预算安排|拟购置|安排购置/)[0]!;
    }
  }
  const breakdown = [...counted.matchAll(/([\u4e00-\u9fa5]{2,12}用车)(\d+)辆/g)]
    .filter((m) => !/^(共有公务|公务)用车$/.test(m[1]!))
    .map((m) => ({ kind: m[1]!.replace(/^其中[:：，,]?/, ''), count: Number.parseInt(m[2]!, 10) }));
  const area = /建筑总面积([\d,.]+)平方米/.exec(text);
  return {
    asOf: /截至(\d{4}年\d{1,2}月\d{1,2}日)/.exec(text)?.[1] ?? null,
    vehicles: quota === null && actual === null ? null : { quota, actual, breakdown },
    officeArea: area ? parseNumber(area[1]!) : null,
    equipmentOver500k: int(/通用设备(\d+)台/.exec(text)),
    text,
    sourceLines: section.sourceLines,
  };
}

export function parseProcurement(section: NarrativeSection | undefined): Procurement | null {
  if (!section) return null;
  const text = section.paragraphs.map((p) => p.text).join('\n');
  // The figures' claims where the narrative module knows the section; else the words themselves.
  const value = (claim: string, words: RegExp): string | null => {
    const claimed = section.figures.find((f) => f.claim === claim)?.value;
    if (claimed !== undefined) return claimed;
    const m = words.exec(text);
    // Digits set apart by the extraction ("6.5 0") are one number.
    return m ? parseNumber(m[1]!.replace(/\s+/g, '')) : null;
  };
  return {
    total: value('procurement-total', /政府采购(?:支出)?预算(?:总额|总计|数)?(?:为)?\s*([\d,，. ]+?)\s*万元/),
    goods: value('procurement-goods', /货物(?:支出|预算)?(?:为)?\s*([\d,，. ]+?)\s*万元/),
    works: value('procurement-works', /工程(?:支出|预算)?(?:为)?\s*([\d,，. ]+?)\s*万元/),
    services: value('procurement-services', /服务(?:支出|预算)?(?:为)?\s*([\d,，. ]+?)\s*万元/),
    text: section.paragraphs.map((p) => p.text).join('\n'),
    sourceLines: section.sourceLines,
  };
}

/** "三、“三公”经费：指…" or "九、一般公共预算是指…": term before the colon or before 是指/是对. */
export function parseGlossary(lines: SourceLine[]): GlossaryEntry[] {
  const numbered = splitNumbered(lines, SECTION_NUMERALS);
  const blocks = numbered.length > 0 ? numbered : splitNumbered(lines, SECTION_NUMERALS, PAREN_HEADING);
  return blocks.map((block) => {
    const rest = toParagraphs(block.body)
      .map((p) => p.text)
      .join('');
    const full = `${block.title}${rest}`;
    const m = /^(.+?)[：:](.*)$/s.exec(full) ?? /^(.+?)((?:是指|是对).*)$/s.exec(full);
    const last = block.body.at(-1)?.n ?? block.heading.n;
    return {
      number: block.number,
      term: (m ? m[1]! : block.title).trim(),
      definition: (m ? m[2]! : rest).trim(),
      sourceLines: [block.heading.n, Math.max(last, block.heading.n)],
    };
  });
}
