/**
 * What the text of final accounts (部门决算) states about execution, read sentence by
 * sentence from the narrative paragraphs:
 *
 * - execution statements: "（年初|全年）预算为 A 万元，支出决算为 B 万元，完成（年初|全年）预算的 R%",
 *   with what they are about (an item "…（类）…（款）…（项）", 一般公共预算财政拨款支出, “三公”经费
 *   or one of its items) and the reason the text gives ("主要原因：…");
 * - change statements: "增加/减少 D 万元，增长/下降 P%", with the figure they are a change of
 *   (the last amount the section quotes before them).
 *
 * The words are those of the 2024 template of final accounts; a sentence that does not use
 * them is simply not read. Pure; amounts stay decimal strings.
 */
import type { Report } from '../schemas';

export type ExecutionSubject = 'general' | 'three-public' | 'item' | 'other';

export interface ExecutionStatement {
  /** What the figures are of, as printed ("行政运行", "公务接待费", "一般公共预算财政拨款支出"). */
  subject: string;
  kind: ExecutionSubject;
  /** 7-digit code when the text names an item by 类/款/项 and the tables have it; set by callers. */
  initial: string | null;
  full: string | null;
  actual: string | null;
  rate: string | null;
  /** What the rate is of: 年初预算, 全年预算, or 预算 unqualified. */
  rateBase: 'initial' | 'full' | 'budget' | null;
  reason: string | null;
  section: string;
  line: number;
  sentence: string;
}

export interface ChangeStatement {
  subject: string;
  /** The figure the change is of (the last amount quoted before it), or null. */
  current: string | null;
  amount: string;
  sign: '+' | '-';
  percent: string | null;
  section: string;
  line: number;
  sentence: string;
}

const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)';
const amountAfter = (words: string) => new RegExp(`${words}为${NUM}万元`);
const INITIAL = amountAfter('年初预算(?:数)?');
const FULL = amountAfter('(?:全年|调整后)预算(?:数)?');
const ACTUAL = amountAfter('决算(?:数)?');
const RATE = new RegExp(`完成(年初|全年)?预算(?:数)?的${NUM}%`);
const REASON = /主要原因(?:是|为)?[：:]?(.+)$/;
const CHANGE = new RegExp(`(增加|减少)${NUM}万元[，,]?(?:(增长|下降)${NUM}%)?`);
const ANY_AMOUNT = new RegExp(`${NUM}万元`, 'g');
const ITEM = /([^，。；]*（项）)/g;

const clean = (n: string): string => n.replace(/,/g, '');
const compact = (text: string): string => text.replace(/\s+/g, '');

/** The words a sentence begins with up to its first figure verb: its own subject. */
function leadingSubject(sentence: string): string {
  const m = /^(.*?)(?:支出)?(?:年初预算|全年预算|决算|比\d{4})/.exec(sentence);
  return (m?.[1] ?? '').replace(/^\d{4}年度?/, '').replace(/[：:，,]$/, '');
}

function subjectOf(sentence: string, context: string): { subject: string; kind: ExecutionSubject } {
  const own = leadingSubject(sentence);
  if (/三公/.test(own) || (own === '' && /三公/.test(context))) return { subject: '“三公”经费', kind: 'three-public' };
  if (/^一般公共预算财政拨款(支出)?$/.test(own)) return { subject: '一般公共预算财政拨款支出', kind: 'general' };
  if (/因公出国|公务用车|公务接待/.test(own)) return { subject: own.replace(/支出$/, ''), kind: 'three-public' };
  if (own !== '' && !/^(主要用于|其中)/.test(own)) return { subject: own, kind: 'other' };
  const item = [...context.matchAll(ITEM)].at(-1);
  if (item) return { subject: item[1]!.replace(/^(其中[：:])?\d+[、.]/, ''), kind: 'item' };
  return { subject: own, kind: 'other' };
}

/** Item name of a "…（类）…（款）…（项）" subject: the 项 ("行政运行"). */
export const itemName = (subject: string): string | null => /([^）]+)（项）$/.exec(subject)?.[1] ?? null;

export function readFinalNarrative(report: Pick<Report, 'narrative'>): {
  executions: ExecutionStatement[];
  changes: ChangeStatement[];
} {
  const executions: ExecutionStatement[] = [];
  const changes: ChangeStatement[] = [];
  for (const section of report.narrative) {
    let before = '';
    for (const paragraph of section.paragraphs) {
      let context = '';
      const sentences = compact(paragraph.text)
        .split(/(?<=。)/)
        .filter((s) => s !== '');
      for (const sentence of sentences) {
        const line = paragraph.lines[0];
        const initial = INITIAL.exec(sentence);
        const full = FULL.exec(sentence);
        const actual = ACTUAL.exec(sentence);
        const reason = REASON.exec(sentence);
        const change = CHANGE.exec(sentence);
        const threePublicItem = /三公|因公出国|公务用车|公务接待/.test(leadingSubject(sentence));
        if (initial || full || (actual && (RATE.test(sentence) || threePublicItem))) {
          const rate = RATE.exec(sentence);
          executions.push({
            ...subjectOf(sentence, before + context),
            initial: initial ? clean(initial[1]!) : null,
            full: full ? clean(full[1]!) : null,
            actual: actual ? clean(actual[1]!) : null,
            rate: rate ? clean(rate[2]!) : null,
            rateBase: rate ? (rate[1] === '年初' ? 'initial' : rate[1] === '全年' ? 'full' : 'budget') : null,
            reason: null,
            section: section.number,
            line,
            sentence,
          });
        } else if (reason && executions.at(-1)?.section === section.number && executions.at(-1)!.reason === null) {
          executions.at(-1)!.reason = reason[1]!.replace(/。$/, '');
        }
        if (change) {
          const prefix = before + context + sentence.slice(0, change.index);
          const amounts = [...prefix.matchAll(ANY_AMOUNT)];
          changes.push({
            subject: leadingSubject(sentence) || section.title,
            current: amounts.length > 0 ? clean(amounts.at(-1)![1]!) : null,
            amount: clean(change[2]!),
            sign: change[1] === '减少' ? '-' : '+',
            percent: change[4] ? clean(change[4]) : null,
            section: section.number,
            line,
            sentence,
          });
        }
        context += sentence;
      }
      before += context;
    }
  }
  return { executions, changes };
}
