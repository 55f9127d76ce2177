import { SECTION_NUMERALS } from '../schemas';
import { isTableTitle, squash, tocStartIndex } from './cover';
import type { SourceLine } from './lines';

/**
 * Stage 2: recognise the parts of a disclosure from the headings it prints.
 *
 * Two families of layout are read by the same rules:
 * - parts headed 第一部分 … 第四部分 (概况, 预算表, 情况说明, 名词解释 — under whatever
 *   wording), each split further into numbered sections 一、二、…;
 * - no parts, but headings standing alone on their line — "…主要职能", "…机构设置",
 *   "名词解释", "2025年部门预算编制说明", the table titles, "其他相关情况说明", one
 *   "…经费情况说明" per project.
 * The table of contents (目录) lists the same headings: it is recognised and skipped.
 * Headings in the table of contents end with dot leaders or a page number, or repeat later.
 */

export type PartKind = 'overview' | 'tables' | 'narrative' | 'glossary' | 'other';

export interface Part {
  kind: PartKind;
  /** The heading as printed (spaces removed), or '' for lines before any heading. */
  title: string;
  heading: SourceLine | null;
  /** Whether the heading is a 第N部分 heading (its body is split into numbered sections). */
  numbered: boolean;
  lines: SourceLine[];
}

export interface DocumentParts {
  cover: SourceLine[];
  toc: SourceLine[];
  /** Body lines of every part of a kind, in order (headings excluded). */
  overview: SourceLine[];
  tables: SourceLine[];
  narrative: SourceLine[];
  glossary: SourceLine[];
  parts: Part[];
}

/** A table-of-contents entry: dot leaders and/or a trailing page number. */
export function isTocEntry(text: string): boolean {
  return /\.{3,}|…{2,}/.test(text) || /\t\s*\d+\s*$/.test(text);
}

/** A line of a table of contents (squashed): a numbered or part heading, leaders, a page number. */
function isTocLine(s: string): boolean {
  return (
    s === '' ||
    s === '录' ||
    /^[-—]?\d{1,3}[-—]?$/.test(s) ||
    /[.…·]{3,}\d*$/.test(s) ||
    PART_HEADING.test(s) ||
    /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、]|序号|报表名称)/.test(s) ||
    (s.length <= 30 && isTableTitle(s))
  );
}

/** "表一", "公开01表", "公开表一", "预算公开表1" alone on a line. */
const TABLE_NUMBER_LINE = /^(?:(?:预算)?公开表?[一二三四五六七八九十\d]+表?|表[一二三四五六七八九十\d]+)$/;

const PART_HEADING = /^第([一二三四五六七八九十])部分(.*)$/;

export function partKind(title: string): PartKind {
  if (/名词解释/.test(title)) return 'glossary';
  if (/说明$/.test(title)) return 'narrative';
  if (/(?:预算|决算)?(?:报)?表(?:格)?$|公开表/.test(title)) return 'tables';
  if (/概况|职能|职责|机构设置/.test(title)) return 'overview';
  return 'other';
}

/** A heading standing alone on its line (documents without 第N部分). */
function standaloneKind(s: string): PartKind | null {
  if (s.length > 40 || /[，。；：:、]/.test(s) || /^[（(]?[一二三四五六七八九十\d]/.test(s)) {
    return /^\d{4}年/.test(s) && s.length <= 40 && !/[，。；：:]/.test(s) ? tableOrNarrative(s) : null;
  }
  if (/^名词解释$/.test(s)) return 'glossary';
  if (/(?:主要职能|机构设置|部门概况|单位概况)$/.test(s)) return 'overview';
  return tableOrNarrative(s);
}

function tableOrNarrative(s: string): PartKind | null {
  if (/(?:情况说明|编制说明)$/.test(s)) return 'narrative';
  if (isTableTitle(s)) return 'tables';
  return null;
}

/** Where the body starts: after the table of contents. */
function bodyStart(lines: SourceLine[], toc: number): number {
  // 第一部分 printed twice: once in the table of contents, once over the body.
  const firsts = lines.flatMap((l, i) => (/^第一部分/.test(squash(l.text)) && !isTocEntry(l.text) ? [i] : []));
  const last = firsts.at(-1);
  if (last !== undefined && last > toc) return last;
  if (toc < 0) return 0;
  return contentsEnd(lines, toc);
}

/**
 * The line after the table of contents that starts at `toc`: the first line that is not an
 * entry, or an entry printed a second time (the body's first heading).
 */
export function contentsEnd(lines: SourceLine[], toc: number): number {
  const seen = new Set<string>();
  let end = toc + 1;
  for (; end < lines.length; end++) {
    const s = squash(lines[end]!.text);
    if (!isTocLine(s)) break;
    const entry = s.replace(/[.…·]{3,}\d*$/, '');
    if (entry.length >= 3 && seen.has(entry)) break;
    seen.add(entry);
  }
  return end;
}

/** The next non-blank line after `i` within three lines, squashed. */
function nextText(lines: SourceLine[], i: number): { index: number; text: string } | null {
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    const text = squash(lines[j]!.text);
    if (text !== '') return { index: j, text };
  }
  return null;
}

const isTitlePiece = (s: string): boolean =>
  s.length <= 30 && !/[，。；：:]/.test(s) && !/^[一二三四五六七八九十\d]+[、.．]/.test(s);

/** Titles of the parts as the table of contents lists them, by numeral. */
function partTitles(toc: SourceLine[]): Map<string, string> {
  const titles = new Map<string, string>();
  toc.forEach((line, i) => {
    const m = PART_HEADING.exec(squash(line.text).replace(/[.…·]{3,}\d*$/, ''));
    if (!m) return;
    const next = nextText(toc, i);
    const title =
      m[2] !== '' ? m[2]! : next && isTitlePiece(next.text) && !PART_HEADING.test(next.text) ? next.text : '';
    if (title !== '' && !titles.has(m[1]!)) titles.set(m[1]!, title);
  });
  return titles;
}

/**
 * Numbered entries of the contents that name a part ("一、部门概况", "四、部门预算表"), as
 * printed (squashed, leaders and page numbers removed); nested entries (1. …表) are not parts.
 */
function topLevelEntries(toc: SourceLine[]): Set<string> {
  const entries = new Set<string>();
  for (const line of toc) {
    const s = squash(line.text).replace(/[.…·]{3,}\d*$|\t?\d+$/, '');
    const m = /^[一二三四五六七八九十]+、(.+)$/.exec(s);
    if (m && partKind(m[1]!) !== 'other') entries.add(s);
  }
  return entries;
}

/** A table title on its own line followed closely by its unit line ("单位：万元"). */
function opensTable(lines: SourceLine[], i: number): boolean {
  const s = squash(lines[i]!.text);
  if (s.length > 40 || !isTableTitle(s)) return false;
  return lines
    .slice(i + 1, i + 12)
    .filter((l) => squash(l.text) !== '')
    .slice(0, 5)
    .some((l) => /单位[:：]|编制(?:部门|单位)[:：]/.test(l.text));
}

export function splitParts(lines: SourceLine[]): DocumentParts {
  const toc = tocStartIndex(lines);
  const start = bodyStart(lines, toc);
  const hasPartHeadings = lines.slice(start).some((l) => PART_HEADING.test(squash(l.text)) && !isTocEntry(l.text));
  const tocLines = toc >= 0 ? lines.slice(toc, start) : [];
  const tocTitles = partTitles(tocLines);
  const tocNumbered = topLevelEntries(tocLines);
  const parts: Part[] = [];
  let current: Part = { kind: 'other', title: '', heading: null, numbered: false, lines: [] };
  parts.push(current);
  const body = lines.slice(start);
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    let s = squash(line.text);
    let kind: PartKind | null = null;
    let numbered = false;
    if (!isTocEntry(line.text)) {
      const m = PART_HEADING.exec(s);
      if (m) {
        // A heading broken over lines ("第三部分" / "2019 年度部门预算情况说明", "…决算情况" / "说明").
        let title = m[2]!;
        let end = i;
        for (let k = 0, t = title; k < 2 && partKind(title) === 'other'; k++) {
          const next = nextText(body, end);
          if (!next || !isTitlePiece(next.text)) break;
          t += next.text;
          end = next.index;
          if (partKind(t) !== 'other') {
            title = t;
            s = `${s}${t.slice(m[2]!.length)}`;
            i = end;
          }
        }
        // Still unnamed (plain pdftotext can move the title away): the contents name it.
        if (partKind(title) === 'other' && tocTitles.has(m[1]!)) title = tocTitles.get(m[1]!)!;
        kind = partKind(title);
        numbered = true;
      } else if (!hasPartHeadings) {
        // "一、部门概况" as the contents list it at top level, or a heading standing alone.
        kind = tocNumbered.has(s) ? partKind(s.replace(/^[一二三四五六七八九十]+、/, '')) : standaloneKind(s);
        // Table titles follow each other inside one tables part.
        if (kind === 'tables' && current.kind === 'tables') kind = null;
      } else if (current.kind !== 'tables' && opensTable(body, i)) {
        // A table printed without its part heading (第二部分 missing from the body).
        kind = 'tables';
      }
    }
    if (kind === null) {
      current.lines.push(line);
      continue;
    }
    const previous = current;
    current = { kind, title: s, heading: line, numbered, lines: [] };
    if (kind === 'tables' && !numbered) {
      // A tables part begins with its first table title: keep the title (and the number above it) with the table.
      const above = previous.lines.findLastIndex((l) => squash(l.text) !== '');
      if (above >= 0 && TABLE_NUMBER_LINE.test(squash(previous.lines[above]!.text))) {
        current.lines.push(...previous.lines.splice(above));
      }
      current.lines.push(line);
    }
    parts.push(current);
  }
  const ofKind = (kind: PartKind): SourceLine[] => parts.filter((p) => p.kind === kind).flatMap((p) => p.lines);
  return {
    cover: lines.slice(0, toc >= 0 ? toc : start),
    toc: toc >= 0 ? lines.slice(toc, start) : [],
    overview: ofKind('overview'),
    tables: ofKind('tables'),
    narrative: ofKind('narrative'),
    glossary: ofKind('glossary'),
    parts: parts.filter((p) => p.heading !== null || p.lines.some((l) => squash(l.text) !== '')),
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
export function splitNumbered(
  lines: SourceLine[],
  numerals: readonly string[],
  heading: RegExp = SECTION_HEADING,
): NumberedBlock[] {
  const blocks: NumberedBlock[] = [];
  let expected = 0;
  for (const line of lines) {
    const m = heading.exec(line.text.trim());
    if (m && !isTocEntry(line.text) && m[1] === numerals[expected]) {
      blocks.push({ number: m[1]!, title: m[2]!.trim(), heading: line, body: [] });
      expected++;
      continue;
    }
    blocks.at(-1)?.body.push(line);
  }
  return blocks;
}

/** "（一）机关运行经费：…": the numbering of sub-items and of some glossaries. */
export const PAREN_HEADING = /^[（(]([一二三四五六七八九十]{1,3})[)）]\s*(.+)$/;

/** A narrative heading that only introduces numbered items ("其他相关情况说明", "2025年部门预算编制说明"). */
const GENERIC_NARRATIVE = /^(?:\d{4}年(?:度)?)?(?:部门|单位)?(?:预算)?(?:编制|情况)说明$|^其他.*说明$/;

/**
 * The blocks of a part: its numbered sections for a 第N部分 part or a generic heading
 * (text before the first number kept as a block of its own), else the part as one block
 * titled by its heading (a project's "…经费情况说明", "…主要职能").
 */
export function partBlocks(part: Part): NumberedBlock[] {
  const whole = (body: SourceLine[]): NumberedBlock => ({
    number: '',
    title: part.title,
    heading: part.heading!,
    body,
  });
  if (part.numbered) return splitNumbered(part.lines, SECTION_NUMERALS);
  if (part.heading === null) return [];
  if (GENERIC_NARRATIVE.test(part.title)) {
    const blocks = splitNumbered(part.lines, SECTION_NUMERALS);
    if (blocks.length > 0) {
      const before = part.lines.slice(0, part.lines.indexOf(blocks[0]!.heading));
      return before.some((l) => squash(l.text) !== '') ? [whole(before), ...blocks] : blocks;
    }
  }
  return [whole(part.lines)];
}
