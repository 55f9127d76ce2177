import type { SourceLine } from './lines';

/**
 * Stage 2: recognise the parts of a budget disclosure.
 *
 * A document has a cover, a table of contents (目录), and four parts: 第一部分 概况,
 * 第二部分 报表, 第三部分 情况说明 (sections 一 … 十二), 第四部分 名词解释. Headings in the
 * table of contents end with dot leaders or a page number; body headings do not.
 */

export interface DocumentParts {
  cover: SourceLine[];
  toc: SourceLine[];
  overview: SourceLine[];
  tables: SourceLine[];
  narrative: SourceLine[];
  glossary: SourceLine[];
}

export class StructureError extends Error {}

const PART_HEADINGS = {
  overview: /^第一部分\s*概况$/,
  tables: /^第二部分\s*\d{4}年(部门|单位)预算报表$/,
  narrative: /^第三部分\s*\d{4}年度(部门|单位)预算情况说明$/,
  glossary: /^第四部分\s*名词解释$/,
} as const;

/** A table-of-contents entry: dot leaders and/or a trailing page number. */
export function isTocEntry(text: string): boolean {
  return /\.{3,}|…{2,}/.test(text) || /\t\s*\d+\s*$/.test(text);
}

function findHeading(lines: SourceLine[], pattern: RegExp, from: number): number {
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (!isTocEntry(lines[i]!.text) && pattern.test(t)) return i;
  }
  return -1;
}

export function splitParts(lines: SourceLine[]): DocumentParts {
  const tocStart = lines.findIndex((l) => /^目\s*录$/.test(l.text.trim()));
  const found: Record<keyof typeof PART_HEADINGS, number> = {
    overview: -1,
    tables: -1,
    narrative: -1,
    glossary: -1,
  };
  let from = Math.max(tocStart, 0);
  for (const key of Object.keys(PART_HEADINGS) as (keyof typeof PART_HEADINGS)[]) {
    const at = findHeading(lines, PART_HEADINGS[key], from);
    if (at < 0) throw new StructureError(`找不到“${PART_HEADINGS[key].source}”部分标题`);
    found[key] = at;
    from = at + 1;
  }
  return {
    cover: lines.slice(0, tocStart >= 0 ? tocStart : found.overview),
    toc: tocStart >= 0 ? lines.slice(tocStart, found.overview) : [],
    overview: lines.slice(found.overview + 1, found.tables),
    tables: lines.slice(found.tables + 1, found.narrative),
    narrative: lines.slice(found.narrative + 1, found.glossary),
    glossary: lines.slice(found.glossary + 1),
  };
}

/** Numbered section heading such as "十、绩效管理情况" (not a TOC entry). */
export const SECTION_HEADING = /^([一二三四五六七八九十]{1,3})、\s*(.+)$/;

export interface NumberedBlock {
  number: string;
  title: string;
  heading: SourceLine;
  body: SourceLine[];
}

/**
 * Split a part into its numbered sections 一、二、… Only headings that continue the
 * sequence are taken, so a list item "1、…" or a numeral inside a sentence does not split.
 */
export function splitNumbered(lines: SourceLine[], numerals: readonly string[]): NumberedBlock[] {
  const blocks: NumberedBlock[] = [];
  let expected = 0;
  for (const line of lines) {
    const m = SECTION_HEADING.exec(line.text.trim());
    if (m && !isTocEntry(line.text) && m[1] === numerals[expected]) {
      blocks.push({ number: m[1]!, title: m[2]!.trim(), heading: line, body: [] });
      expected++;
      continue;
    }
    blocks.at(-1)?.body.push(line);
  }
  return blocks;
}

export const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
] as const;

/** Join the non-blank cover lines into the printed title ("…发展部2024年度部门预算公开"). */
export function coverTitle(cover: SourceLine[]): string {
  return cover
    .map((l) => l.text.trim())
    .filter((t) => t !== '')
    .join('');
}
