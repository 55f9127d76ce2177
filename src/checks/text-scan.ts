import type { NarrativeSection, Report } from '../schemas';
import type { Ref } from './compare';

/**
 * The running text of a report as passages with a way back to the source line of any
 * character: narrative paragraphs (each knows where its source lines start) and the text
 * cells of the project forms (which point to their form).
 */
export interface Passage {
  text: string;
  /** Where the character at `offset` was printed. */
  at: (offset: number) => Pick<Ref, 'line' | 'project'>;
  /** "说明（十）" or "绩效目标表“…”项目概况" */
  where: string;
  section?: string;
}

type Paragraph = NarrativeSection['paragraphs'][number];

export function lineOf(p: Paragraph, offset: number): number {
  let n = p.lines[0];
  for (const [start, line] of p.starts ?? []) if (start <= offset) n = line;
  return n;
}

const FORM_CELLS = [
  ['overview', '项目概况'],
  ['basis', '立项依据'],
  ['necessity', '项目设立必要性'],
  ['measures', '保证项目实施的制度、措施'],
  ['plan', '项目实施计划'],
] as const;

export function passages(report: Report): Passage[] {
  const out: Passage[] = [];
  for (const s of report.narrative)
    for (const p of s.paragraphs)
      out.push({ text: p.text, at: (o) => ({ line: lineOf(p, o) }), where: `说明（${s.number}）`, section: s.number });
  for (const form of report.performance.projects)
    for (const [key, name] of FORM_CELLS) {
      const text = form[key];
      if (text) out.push({ text, at: () => ({ project: form.slug }), where: `绩效目标表“${form.name}”${name}` });
    }
  return out;
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "150" → 150, "三" → 3, "十二" → 12, "二十" → 20; null for anything else. */
export function smallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS[m[1]]! : null;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}
