import type { DocumentType } from '../schemas';
import { isTableTitle, readCover, squash, tocStartIndex, type CoverFacts } from './cover';
import { toLines, type SourceLine } from './lines';
import { isTocLine } from './sections';

/**
 * Stage 0: what kind of document is this? Decided by what the document prints where it
 * names itself — the cover title, then the titles of its tables — never by a word found
 * somewhere in its text (a budget's narrative speaks of 决算 and 上年预算执行数).
 *
 * Kinds: 部门预算 / 单位预算 (`budget`, scope department | unit), 部门决算 / 单位决算
 * (`final-accounts`), KPI-only forms (`performance-targets`). A budget may come as two
 * files — a narrative that says its tables are attached (公开表附后) and a tables file —
 * which `holds` describes so the importer can take them as one report.
 */

export interface DocumentFacts extends CoverFacts {
  type: DocumentType;
  /** What this file itself contains. */
  holds: { narrative: boolean; tables: boolean };
  /** The narrative says its tables are published separately (公开表附后). */
  tablesAttached: boolean;
  /** Distinct table titles found in the body (squashed), in order. */
  tableTitles: string[];
}

export type Classification = ({ ok: true } & DocumentFacts) | { ok: false; reason: string };

const BUDGET_TABLE = /预算[^，。；]{0,12}表$/;
const FINAL_TABLE = /决算[^，。；]{0,12}表$/;
const KPI_TITLE = /绩效目标(?:申报|填报)?表/;
const KPI_FIELD = /^项目名称/;
/** Headings of the narrative parts (概况, 职能, 说明, 名词解释). */
const NARRATIVE_HEADING =
  /^(?:第[一二三四五六七八九十]部分)?.{0,24}(?:概况|主要职能|情况说明|编制说明|名词解释)$|^第[一二三四五六七八九十]部分/;
const ATTACHED = /(?:公开表|报表|表样|表格)(?:详见)?附后/;
const UNIT_LINE = /单位[:：]\s*(?:万元|元|千元)/;

function bodyLines(lines: SourceLine[]): SourceLine[] {
  // Skip the table of contents: it lists titles the file may not contain.
  const toc = tocStartIndex(lines);
  if (toc < 0) return lines;
  let end = toc + 1;
  while (end < lines.length && isTocLine(squash(lines[end]!.text))) end++;
  return lines.slice(end);
}

function tableTitlesOf(lines: SourceLine[]): string[] {
  const titles: string[] = [];
  for (const l of lines) {
    const s = squash(l.text.split(/\t| {3,}/).find((c) => c.trim() !== '') ?? '');
    if (isTableTitle(s) && !titles.includes(s)) titles.push(s);
  }
  return titles;
}

function kindByTables(titles: string[]): DocumentType | null {
  const budget = titles.filter((t) => BUDGET_TABLE.test(t)).length;
  const final = titles.filter((t) => FINAL_TABLE.test(t)).length;
  if (budget === 0 && final === 0) return null;
  return final > budget ? 'final-accounts' : 'budget';
}

function kindByTitle(title: string | null): DocumentType | null {
  if (!title) return null;
  if (KPI_TITLE.test(title)) return 'performance-targets';
  if (/决算/.test(title) && !/预算/.test(title)) return 'final-accounts';
  if (/预算/.test(title)) return 'budget';
  return null;
}

function describe(cover: CoverFacts, titles: string[], lines: SourceLine[]): string {
  const first = lines.map((l) => squash(l.text)).find((t) => t !== '');
  const what = [
    cover.title
      ? `封面标题“${cover.title}”`
      : `没有可识别的封面标题${first ? `（首行为“${first.slice(0, 30)}${first.length > 30 ? '…' : ''}”）` : ''}`,
    titles.length > 0
      ? `表格标题：${titles.slice(0, 5).join('、')}${titles.length > 5 ? '等' : ''}`
      : '没有预算或决算表格标题',
  ];
  return what.join('；');
}

export function classifyLines(lines: SourceLine[]): Classification {
  const cover = readCover(lines);
  const body = bodyLines(lines);
  const tableTitles = tableTitlesOf(body);
  const byTitle = kindByTitle(cover.title);
  const byTables = kindByTables(tableTitles);
  const kpiForms = lines.filter((l) => KPI_FIELD.test(squash(l.text))).length;
  let type: DocumentType | null = byTitle ?? byTables;
  if (type === null && kpiForms > 0 && lines.some((l) => KPI_TITLE.test(squash(l.text)))) type = 'performance-targets';
  if (type === 'budget' && byTitle === null && byTables === null) type = null;
  const headings = body.filter((l) => {
    const s = squash(l.text);
    return s.length <= 40 && NARRATIVE_HEADING.test(s);
  });
  if (type === null) {
    // Neither a title nor tables: a narrative whose parts name the budget (第二部分 …预算表).
    const named = headings.some((l) => /预算/.test(squash(l.text)));
    if (named) type = 'budget';
  }
  if (type === null) {
    return { ok: false, reason: `未识别为预算、决算或绩效目标公开文件（${describe(cover, tableTitles, lines)}）` };
  }
  const tablesAttached = body.some((l) => ATTACHED.test(squash(l.text)));
  const hasTables = tableTitles.length > 0 && body.some((l) => UNIT_LINE.test(l.text));
  return {
    ok: true,
    type,
    ...cover,
    scope: type === 'performance-targets' ? null : cover.scope,
    holds: { narrative: headings.length > 0, tables: type === 'performance-targets' ? kpiForms > 0 : hasTables },
    tablesAttached,
    tableTitles,
  };
}

export function classifyDocument(text: string): Classification {
  if (text.trim() === '') return { ok: false, reason: '文件为空' };
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > 10) {
    return { ok: false, reason: '不是文本文件（含有二进制内容或无法解码的字符）' };
  }
  return classifyLines(toLines(text));
}
