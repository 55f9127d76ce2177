/**
 * Glossary terms: anchor ids on /glossary/ and linking of terms inside running text.
 */
import type { GlossaryEntry } from '../schemas';

const QUOTES = /[“”"'‘’「」『』\s]/g;

/** Anchor id of a term on the glossary page: the term without quotes or spaces ("“三公”经费" → "三公经费"). */
export function termId(term: string): string {
  return term.replace(QUOTES, '');
}

export interface TextSegment {
  text: string;
  /** Set when this segment is a glossary term: its anchor id. */
  term?: string;
}

/** The spellings a term may have in running text: as printed, and without quotes. */
function spellings(term: string): string[] {
  const plain = termId(term);
  return plain === term ? [term] : [term, plain];
}

/**
 * Split `text` so that the first occurrence of each term becomes its own segment.
 * Longer terms win over shorter ones they contain (政府性基金预算 before 基金预算); terms in
 * `skip` are not linked again (the caller links each term once per section). The ids
 * linked are added to `skip`.
 */
export function linkTerms(text: string, terms: readonly string[], skip: Set<string> = new Set()): TextSegment[] {
  const candidates = terms
    .flatMap((term) => spellings(term).map((s) => ({ s, id: termId(term) })))
    .filter((c) => c.s.length > 0)
    .sort((a, b) => b.s.length - a.s.length || a.s.localeCompare(b.s));
  const claimed: { from: number; to: number; id: string }[] = [];
  const overlaps = (from: number, to: number): boolean => claimed.some((c) => from < c.to && c.from < to);
  for (const { s, id } of candidates) {
    if (skip.has(id) || claimed.some((c) => c.id === id)) continue;
    let at = text.indexOf(s);
    while (at !== -1 && overlaps(at, at + s.length)) at = text.indexOf(s, at + 1);
    if (at !== -1) claimed.push({ from: at, to: at + s.length, id });
  }
  claimed.sort((a, b) => a.from - b.from);
  const segments: TextSegment[] = [];
  let pos = 0;
  for (const c of claimed) {
    if (c.from > pos) segments.push({ text: text.slice(pos, c.from) });
    segments.push({ text: text.slice(c.from, c.to), term: c.id });
    skip.add(c.id);
    pos = c.to;
  }
  if (pos < text.length || segments.length === 0) segments.push({ text: text.slice(pos) });
  return segments;
}

export interface GlossaryTerm {
  id: string;
  term: string;
  /** Distinct definitions, each with the reports that print it. */
  definitions: { text: string; sources: { label: string; path: string }[] }[];
}

/** Merge the glossaries of several reports: one entry per term id, definitions deduplicated. */
export function mergeGlossaries(
  lists: readonly { entries: readonly GlossaryEntry[]; label: string; path: string }[],
): GlossaryTerm[] {
  const byId = new Map<string, GlossaryTerm>();
  for (const { entries, label, path } of lists) {
    for (const entry of entries) {
      const id = termId(entry.term);
      const item = byId.get(id) ?? { id, term: entry.term, definitions: [] };
      const text = entry.definition.trim();
      const def = item.definitions.find((d) => d.text === text);
      if (def) {
        if (!def.sources.some((s) => s.path === path)) def.sources.push({ label, path });
      } else item.definitions.push({ text, sources: [{ label, path }] });
      byId.set(id, item);
    }
  }
  return [...byId.values()];
}

/**
 * Terms the site itself uses in summaries, defined here for the reports that print no
 * glossary. A report's own definition always comes first.
 */
export const SITE_TERMS: readonly { term: string; definition: string }[] = [
  { term: '基本支出', definition: '为保障机构正常运转、完成日常工作任务而发生的支出，包括人员经费和公用经费。' },
  { term: '项目支出', definition: '在基本支出之外，为完成特定行政任务和事业发展目标所发生的支出。' },
  {
    term: '“三公”经费',
    definition: '用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。',
  },
  {
    term: '年初结转和结余',
    definition: '以前年度尚未完成、结转到本年按有关规定继续使用的资金（部门决算用语）。',
  },
  {
    term: '部门决算',
    definition: '部门在预算年度结束后编制的实际收支报告；与年初公开的部门预算对照，可以看出预算执行情况。',
  },
];
