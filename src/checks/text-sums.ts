import type { FigureClaim, Report } from '../schemas';
import { dec, fmt, note, notApplicable, sameCheck, sumCheck, toWan, type Ref } from './compare';
import { metaOf, subjectId, type CheckDefinition } from './define';
import { changeSections, sectionNo } from './narrative-figures';
import { changeCheck } from './percent';
import type { CheckResult } from './schema';
import { passages, type Passage } from './text-scan';

/**
 * Figures inside free text, read straight from the sentences of the narrative:
 * - a total the text states against the amounts it lists: "A x万元、B y万元，共计z万元" (the
 *   共计 sums what precedes it: any difference beyond rounding is a fail) and "总额z万元，其中：
 *   A x万元、B y万元" (a 其中 list may be incomplete: parts above the total are a fail, below it a
 *   note);
 * - every change the text states ("…A万元，比上年增加C万元，增长P%", or with last year's figure
 *   quoted), recomputed, where the narrative check has not already done so;
 * - one item quoted twice in a paragraph with two amounts.
 */

const AMOUNT = /(\d[\d,，]*(?:\.\d+)?)\s*(万元|元)(?![/／])/g;
const CHANGE_CLAUSE = /(比|较|与|同)[^，,。；]{0,12}(增加|减少|增长|下降|持平)了?$|(增加|减少|增长|下降)了?$/;
/** A clause that sums what precedes it: "共计", "二期预算费用共计", "综上，合计" — not a name ending in 总计. */
const TOTAL_AFTER =
  /^(?:(?:(?!收入|支出|预算)[\u4e00-\u9fa5]){0,6}?(?:共计|合计)|总计|综上[^，,]{0,8}?)(?:金额)?(?:为|是|：|:)?$/;

interface Amount {
  value: string;
  step: string;
  raw: string;
  offset: number;
  /** words between the previous punctuation and the figure */
  clause: string;
  inBrackets: boolean;
}

function amountsIn(text: string, from: number, to: number): Amount[] {
  const out: Amount[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(AMOUNT)) {
    const wan = toWan(m[1]!.replace(/[,，]/g, ''), m[2]);
    if (!wan) continue;
    const before = slice.slice(0, m.index);
    const clause = (before.split(/[，,；;。、：:（(]/).at(-1) ?? '').replace(/\s+/g, '');
    const open = (before.match(/[（(]/g) ?? []).length - (before.match(/[）)]/g) ?? []).length;
    out.push({ ...wan, raw: m[0], offset: from + m.index, clause, inBrackets: open > 0 });
  }
  return out;
}

const isChange = (a: Amount): boolean => CHANGE_CLAUSE.test(a.clause) || /(比|较)(上年|上一年|20\d\d年)/.test(a.clause);

/** Totals the narrative check already adds up from its own claims. */
const SUMMED: readonly FigureClaim[] = [
  'procurement-total',
  'three-public-total',
  'kpi-projects-amount',
  'kpi-published-amount',
  'basic',
];

const ref = (p: Passage, a: Amount, label: string): Ref => ({ label, value: a.value, step: a.step, ...p.at(a.offset) });

function summedAlready(report: Report, p: Passage, a: Amount): boolean {
  const line = p.at(a.offset).line;
  return report.narrative.some(
    (s) =>
      s.number === p.section &&
      s.figures.some(
        (f) => f.line === line && f.unit === '万元' && dec(f.value).eq(dec(a.value)) && SUMMED.includes(f.claim),
      ),
  );
}

export const textTotals: CheckDefinition = {
  id: 'text-total',
  theme: 'narrative',
  title: '文字中的合计与所列各项一致',
  rule: '文字列出几项金额并说“共计（合计）”的，合计应等于各项之和；说“总额……，其中：”的，所列各项之和不应超过总额（少于总额时只作提示，所列未必齐全）。差额不超过各数末位舍入所能造成的，为舍入差异。',
  run(report) {
    const out: CheckResult[] = [];
    for (const p of passages(report).filter((x) => x.section)) {
      const sentences = [...p.text.matchAll(/[^。]+。?/g)];
      sentences.forEach((s, k) => {
        const start = s.index;
        const end = start + s[0].length;
        const amounts = amountsIn(p.text, start, end).filter((a) => !a.inBrackets);
        const label = (a: Amount) => `${p.where} ${a.clause.slice(-14)}`;
        amounts.forEach((total, i) => {
          const meta = (kind: string) =>
            metaOf(
              textTotals,
              subjectId(`s${sectionNo(p.section!)}`, out.length + 1, kind),
              `${label(total)}${total.raw.replace(/\s+/g, '')}：${kind === 'listed' ? '＝所列各项之和' : '与其中所列各项核对'}`,
            );
          // "…，共计z万元": the amounts before it in the sentence.
          if (TOTAL_AFTER.test(total.clause)) {
            const parts = amounts.slice(0, i).filter((a) => !isChange(a) && !TOTAL_AFTER.test(a.clause));
            if (parts.length >= 2 && !summedAlready(report, p, total))
              out.push(
                sumCheck(
                  meta('listed'),
                  ref(p, total, label(total)),
                  parts.map((a) => ref(p, a, label(a))),
                ),
              );
            return;
          }
          // "总额z万元，其中：…" — the 其中 follows the total in this sentence or opens the next.
          const after = p.text.slice(total.offset + total.raw.length, end);
          const following = sentences[k + 1];
          const inSentence = /^[^，,。；]{0,6}[，,]\s*其中/.test(after);
          // A 其中 opening the next sentence breaks down that sentence's only amount.
          const alone = amounts.filter((a) => !isChange(a)).length === 1;
          const nextOpens =
            alone && /^[^。]{0,6}。?$/.test(after) && following !== undefined && /^\s*其中/.test(following[0]);
          if (!inSentence && !nextOpens) return;
          const from = inSentence ? total.offset + total.raw.length : following!.index;
          const to = inSentence ? end : following!.index + following![0].length;
          const region = p.text.slice(from, to);
          // The list ends at a nested 其中 (a breakdown of a part), where the reasons begin, or at
          // the next total the text states ("；支出总计…").
          const stops = [region.indexOf('其中', region.indexOf('其中') + 2), region.search(/主要原因|原因是/)];
          const stop = Math.min(...stops.map((x) => (x < 0 ? region.length : x)));
          const listed = amountsIn(p.text, from, from + stop);
          const next = listed.findIndex((a) => /总计|合计|总额|共计/.test(a.clause));
          const parts = (next < 0 ? listed : listed.slice(0, next)).filter(
            (a) => !a.inBrackets && !isChange(a) && !TOTAL_AFTER.test(a.clause),
          );
          if (parts.length < 2 || summedAlready(report, p, total)) return;
          const r = sumCheck(
            meta('parts'),
            ref(p, total, label(total)),
            parts.map((a) => ref(p, a, label(a))),
          );
          const difference = r.difference === null ? null : dec(r.difference);
          if (r.status === 'fail' && difference !== null && difference.gt(0)) {
            out.push({
              ...note(
                r,
                `提示：${total.raw.replace(/\s+/g, '')}，其中所列${parts.length}项之和为${fmt(dec(total.value).minus(difference))}万元，少${fmt(difference)}万元。`,
                '“其中”所列未必是全部组成部分，各项之和小于总数不能说明数字有误。',
                r.figures,
              ),
              difference: r.difference,
              tolerance: r.tolerance,
            });
          } else out.push(r);
        });
      });
    }
    return out.length > 0 ? out : [notApplicable(metaOf(textTotals, ''), '文字中没有列出合计及其组成。')];
  },
};

const NUM = String.raw`(\d[\d,，]*(?:\.\d+)?)`;
const CHANGE = new RegExp(
  String.raw`${NUM}\s*万元[，,]?\s*(?:比|较|与|同)(上年|上一年|20\d\d年)[^。；\d%]{0,14}?(增加|减少)\s*${NUM}\s*万元[，,、\s]*(增长|下降|增加|减少)\s*(\d+(?:\.\d+)?)\s*%`,
  'g',
);
const PREVIOUS = new RegExp(String.raw`(?:上年|上一年)(?:预算数|决算数|数)?(?:为|是)?\s*${NUM}\s*万元`);
const plain = (s: string): string => s.replace(/[,，\s]/g, '');

export const textChanges: CheckDefinition = {
  id: 'text-change',
  theme: 'narrative',
  title: '文字中的增减比例与所述金额一致',
  rule: '文字说“……A万元，比上年增加（减少）C万元，增长（下降）P%”的，P应等于C÷上年数；上年数取同一句所说的上年金额，没有时为A减去增加额（加上减少额）。按各数印出的末位计舍入。说明第一、五部分按总数列出增减额的，其增减比例已由“文字说明中的数字”核对，此处不重复。',
  run(report) {
    const out: CheckResult[] = [];
    const covered = changeSections(report);
    for (const p of passages(report).filter((x) => x.section && !covered.has(x.section))) {
      for (const m of p.text.matchAll(CHANGE)) {
        const sentenceStart = Math.max(p.text.lastIndexOf('。', m.index), p.text.lastIndexOf('；', m.index)) + 1;
        const sentenceEnd = p.text.indexOf('。', m.index + m[0].length);
        const sentence = p.text.slice(sentenceStart, sentenceEnd < 0 ? undefined : sentenceEnd);
        const where = p.at(m.index);
        const meta = metaOf(
          textChanges,
          subjectId(`s${sectionNo(p.section!)}`, out.length + 1),
          `${p.where}：“${m[0].replace(/\s+/g, '').slice(0, 36)}”的增减比例`,
        );
        const previous = PREVIOUS.exec(sentence);
        const quoted: Ref | undefined = previous
          ? {
              label: `${p.where} 上年${plain(previous[1]!)}万元`,
              value: plain(previous[1]!),
              ...p.at(sentenceStart + previous.index),
            }
          : undefined;
        const current: Ref = { label: `${p.where} 本年${plain(m[1]!)}万元`, value: plain(m[1]!), ...where };
        const sign = m[3] === '减少' ? '-' : '+';
        const change = { label: `${p.where} ${m[3]}${plain(m[4]!)}万元`, value: plain(m[4]!), sign, ...where } as const;
        const percent: Ref = { label: `${p.where} ${m[5]}${m[6]}%`, value: m[6]!, unit: '%', ...where };
        out.push(changeCheck(meta, percent, change, current, quoted));
        if (quoted) {
          const signed = sign === '-' ? dec(change.value).neg() : dec(change.value);
          out.push(
            sumCheck(
              metaOf(
                textChanges,
                subjectId(`s${sectionNo(p.section!)}`, out.length + 1, 'amount'),
                `${p.where}：本年数＝上年数＋增减额`,
              ),
              current,
              [quoted, { ...change, value: fmt(signed) }],
            ),
          );
        }
      }
    }
    return out.length > 0
      ? out
      : [notApplicable(metaOf(textChanges, ''), '没有写明增减额和增减比例的句子（说明第一、五部分的已另行核对）。')];
  },
};

/** Claims that name a subtotal once; a change, a share or an unnamed figure may repeat. */
const ONCE: readonly FigureClaim[] = [
  'income-total',
  'income-current',
  'expenditure-total',
  'expenditure-current',
  'basic',
  'project',
  'fiscal-total',
  'gp-current',
  'personnel',
  'public',
  'three-public-total',
  'three-public-item',
  'function-amount',
  'procurement-total',
  'procurement-goods',
  'procurement-works',
  'procurement-services',
  'kpi-overall-amount',
  'kpi-projects-amount',
  'kpi-published-amount',
];

/** The item a figure's context names just before the amount (“其中：一般公共预算收入” → 一般公共预算收入). */
export function itemWords(context: string): string | null {
  const m = /([\u4e00-\u9fa5（）()]+)[：:，,\s]*(为|共|计|共计|合计)?[：:\s]*$/.exec(context);
  if (!m) return null;
  const words = m[1]!.replace(/^(其中|包括|含|主要是|分别是)/, '').replace(/(为|共|计|共计|合计)$/, '');
  return words.length >= 2 ? words : null;
}

export const textRepeats: CheckDefinition = {
  id: 'text-repeat',
  theme: 'narrative',
  title: '同一段中同一项目的金额前后一致',
  rule: '同一段文字中，同一项目（如基本支出、某一类支出）说了两次的，两处金额应相同。按所引金额的含义（说明中的数字与报表核对时读出的含义）判断是否同一项目；第四部分同一来源有本年与上年结转之分，不在此列。',
  run(report) {
    const out: CheckResult[] = [];
    for (const s of report.narrative.filter((x) => x.number !== '四')) {
      for (const paragraph of s.paragraphs) {
        const inside = s.figures.filter(
          (f) => f.line >= paragraph.lines[0] && f.line <= paragraph.lines[1] && ONCE.includes(f.claim),
        );
        const seen = new Map<string, (typeof inside)[number]>();
        for (const f of inside) {
          const key = `${f.claim}|${f.subject ?? ''}`;
          const first = seen.get(key);
          if (!first) {
            seen.set(key, f);
            continue;
          }
          // Two figures the reader gave one meaning but the text names differently
          // (“一般公共预算收入…，政府性基金预算收入0万元”) are two items, not one said twice.
          const a = itemWords(first.context);
          const b = itemWords(f.context);
          if (a && b && a !== b) continue;
          const meta = metaOf(
            textRepeats,
            subjectId(`s${sectionNo(s.number)}`, out.length + 1),
            `说明（${s.number}）：“${first.context.slice(-10)}”前后两个金额`,
          );
          const r = (x: typeof f, again: boolean): Ref => ({
            label: `说明（${s.number}）${x.context.slice(-12)}${again ? '（再次出现）' : ''}`,
            value: x.value,
            line: x.line,
          });
          out.push(sameCheck(meta, r(first, false), [r(f, true)]));
        }
      }
    }
    return out.length > 0 ? out : [notApplicable(metaOf(textRepeats, ''), '没有在同一段中说了两次的项目金额。')];
  },
};

export const TEXT_SUM_CHECKS = [textTotals, textChanges, textRepeats];
