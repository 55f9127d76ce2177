import { figureRef, type SectionFigure } from './access';
import { notApplicable, sameCheck, type CheckMeta, type Ref } from './compare';
import { shareCheck } from './percent';
import { metaOf, subjectId } from './define';
import { SECTION_NUMERALS } from '../schemas';
import type { CheckResult } from './schema';

/**
 * How the checks of narrative figures name and place them: the words of a claim, the label
 * "说明（三）基本支出", and the metadata of a result (`narrative--s3--2` for the third figure
 * of section 三, `narrative--s6--split` for a sum stated within section 六).
 */

/** Id, theme, title and rule of the check `narrative` (its `run` is in narrative.ts). */
export const NARRATIVE = {
  id: 'narrative',
  theme: 'narrative',
  title: '文字说明中的数字与报表一致',
  rule: '情况说明中引用的每个金额应与报表中对应的数字相同；说明中的占比和增减比例，按同一句话所说的基数重新计算后应与说明相符。',
} as const;

/**
 * Sections 一 and 五 whose narrative figures carry a change amount (比上年增加 … as the
 * figure reader names it): there the check `narrative` recomputes each 增长/下降 percent from
 * the section's totals. Elsewhere (a template writing “与上年相比增加” after a “主要用于”
 * clause, other section contents) the percents are read sentence by sentence by `text-change`.
 */
export function changeSections(report: { narrative: { number: string; figures: { claim: string }[] }[] }): Set<string> {
  const claims = new Set(['change-amount', 'gp-change-amount']);
  return new Set(
    report.narrative
      .filter((s) => (s.number === '一' || s.number === '五') && s.figures.some((f) => claims.has(f.claim)))
      .map((s) => s.number),
  );
}

/** 1 for 一 …; 0 for a section without a numeral. */
export const sectionNo = (numeral: string): number => (SECTION_NUMERALS as readonly string[]).indexOf(numeral) + 1;

const CHANGE = (f: SectionFigure): string => (f.sign === '-' ? '减少' : f.sign === '+' ? '增加' : '增减');

/** What a figure is, in the words of the narrative (without the number). */
export function claimWords(f: SectionFigure): string {
  const subject = f.subject ?? '';
  switch (f.claim) {
    case 'income-total':
      return f.section === '二' ? '预算收入' : '预算收入总计';
    case 'income-current':
      return f.section === '四' ? '当年拨款收入' : '本年收入';
    case 'carryover':
      return f.section === '四' ? '上年结转收入' : '上年结转';
    case 'change-amount':
    case 'gp-change-amount':
    case 'three-public-change':
      return `比上年${CHANGE(f)}`;
    case 'change-percent':
    case 'gp-change-percent':
      return f.sign === '-' ? '下降' : f.sign === '+' ? '增长' : '变动';
    case 'expenditure-total':
      return f.section === '三' ? '支出预算' : '预算支出总计';
    case 'expenditure-current':
      return '本年预算安排';
    case 'source-amount':
    case 'function-amount':
    case 'three-public-item':
      return subject;
    case 'source-share':
    case 'function-share':
      return `${subject}占`;
    case 'basic':
      return f.section === '六' ? '一般公共预算基本支出' : '基本支出';
    case 'basic-share':
      return '基本支出占';
    case 'project':
      return '项目支出';
    case 'project-share':
      return '项目支出占';
    case 'fiscal-total':
      return '财政拨款收支总预算';
    case 'gp-current':
      return '一般公共预算当年支出';
    case 'personnel':
      return '人员经费';
    case 'public':
      return '公用经费';
    case 'three-public-total':
      return '“三公”经费预算';
    case 'three-public-item-change':
      return `${subject}比上年${CHANGE(f)}`;
    case 'procurement-total':
      return '政府采购预算总额';
    case 'procurement-goods':
      return '政府采购货物预算';
    case 'procurement-works':
      return '政府采购工程预算';
    case 'procurement-services':
      return '政府采购服务预算';
    case 'kpi-overall-amount':
      return '整体绩效目标涉及资金';
    case 'kpi-projects-amount':
      return '纳入绩效目标管理的项目金额';
    case 'kpi-category-amount':
      return `${subject}项目涉及金额`;
    case 'kpi-published-amount':
      return '公开项目绩效目标涉及项目金额';
    case 'kpi-published-share':
      return '公开项目绩效目标金额占项目支出总额';
    case 'kpi-published-category-amount':
      return `公开的${subject}项目涉及项目金额`;
    default:
      return f.context.slice(-12);
  }
}

/** "说明（三）基本支出" — the label of a figure; its value is shown next to it. */
export const quoted = (f: SectionFigure): string => `说明（${f.section}）${claimWords(f)}`;
/** "说明（三）基本支出17.54万元" — the figure with its number, for titles. */
export const withValue = (f: SectionFigure): string => `${quoted(f)}${f.raw.replace(/\s+/g, '')}`;
/** A narrative figure as the figure of a check, labelled as `quoted` says. */
export const quotedRef = (f: SectionFigure): Ref => figureRef(f, quoted(f));

export function metaFor(f: SectionFigure, what: string, rule?: string): CheckMeta {
  return metaOf(NARRATIVE, subjectId(`s${sectionNo(f.section)}`, f.index), `${withValue(f)}：${what}`, rule);
}

/** A quoted amount against the table cell it speaks of. */
export function against(f: SectionFigure, reference: Ref | undefined, what: string, missing: string): CheckResult {
  const meta = metaFor(f, what, '说明中引用的金额应与报表中对应的数字相同（报表中为空白而说明为0视为一致）。');
  if (!reference) return notApplicable(meta, missing, []);
  return sameCheck(meta, quotedRef(f), [reference]);
}

/** A stated share recomputed from the amount and the base quoted before it in the same section. */
export function shareAgainst(
  f: SectionFigure,
  amount: SectionFigure | undefined,
  base: SectionFigure | undefined,
  meta: CheckMeta,
  missing: string,
): CheckResult {
  if (!amount || !base) return notApplicable(meta, missing);
  return shareCheck(meta, quotedRef(f), quotedRef(amount), quotedRef(base));
}

/** Metadata of a sum stated within a section: `narrative--s6--split`. */
export const sectionMeta = (section: string, subject: string, title: string, rule: string): CheckMeta =>
  metaOf(NARRATIVE, subjectId(`s${sectionNo(section)}`, subject), `说明（${section}）：${title}`, rule);
