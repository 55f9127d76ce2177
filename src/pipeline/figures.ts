import type { Figure, FigureClaim } from '../schemas';
import { parseNumber } from './numbers';
import { lineAt, type Paragraph } from './paragraphs';

/**
 * Stage 4b: the figures a narrative paragraph quotes, each with what it claims to be.
 *
 * A claim is read from the clause before the figure (text since the previous figure or
 * punctuation) and the section it is in. Shares ("占 4.06%") and changes ("比上年减少
 * 6.00万元") take their subject from the figure before them in the same sentence.
 */

interface ClaimRule {
  /** Section numerals the rule applies in; empty = any. */
  sections: string[];
  /** Matched against the clause before the figure. */
  pattern: RegExp;
  unit: '万元' | '%';
  claim: FigureClaim;
  /** Also matched against the sentence before the figure (since the last 。 or ；), when the clause alone is ambiguous. */
  sentence?: RegExp;
}

const FUNCTION_NAME = /([\u4e00-\u9fa5]{2,20}支出)$/;
const THREE_PUBLIC_ITEM = /(因公出国[(（]境[)）]费|公务接待费|公务用车运行维护费|公务用车购置费|公务用车购置及运行费)$/;
const SOURCE_NAME =
  /(一般公共预算拨款收入|一般公共预算拨款|政府性基金预算拨款收入|政府性基金预算拨款|国有资本经营预算拨款收入|国有资本经营预算拨款|一般公共预算收入|政府性基金预算收入|国有资本经营预算收入|财政专户管理资金收入|财政专户管理资金|单位资金|其他资金|上年结转资金|上年结转收入|上年结转|当年拨款收入)$/;
/** A category of projects in 绩效管理情况: "其中：其他运转类项目7个" → 其他运转类. */
const KPI_CATEGORY = /(?:^|[^\u4e00-\u9fa5])(?:其中)?([\u4e00-\u9fa5]{2,10}类)项目\d+个/;

const RULES: ClaimRule[] = [
  { sections: ['一'], pattern: /收入总计$/, unit: '万元', claim: 'income-total' },
  { sections: ['一'], pattern: /支出总计$/, unit: '万元', claim: 'expenditure-total' },
  { sections: ['一', '四'], pattern: /本年收入$|当年拨款收入$/, unit: '万元', claim: 'income-current' },
  { sections: ['一'], pattern: /本年预算安排$/, unit: '万元', claim: 'expenditure-current' },
  { sections: ['一', '四'], pattern: /上年结转(收入)?$/, unit: '万元', claim: 'carryover' },
  { sections: ['一'], pattern: /比上年(增加|减少)$/, unit: '万元', claim: 'change-amount' },
  { sections: ['一'], pattern: /(增长|增加|下降|减少)$/, unit: '%', claim: 'change-percent' },
  // "本年收入预算合计 …，其中：一般公共预算收入 …": a named source's 预算收入 is one source, not the total.
  {
    sections: ['二'],
    pattern: /(?<!一般公共|政府性基金|国有资本经营)预算收入$|收入预算合计$/,
    unit: '万元',
    claim: 'income-total',
  },
  { sections: ['二', '四'], pattern: SOURCE_NAME, unit: '万元', claim: 'source-amount' },
  { sections: ['二'], pattern: /占$/, unit: '%', claim: 'source-share' },
  { sections: ['三'], pattern: /支出预算(合计)?$/, unit: '万元', claim: 'expenditure-total' },
  { sections: ['三', '六'], pattern: /基本支出$/, unit: '万元', claim: 'basic' },
  { sections: ['三'], pattern: /项目支出$/, unit: '万元', claim: 'project' },
  { sections: ['四'], pattern: /收支总预算$/, unit: '万元', claim: 'fiscal-total' },
  { sections: ['五'], pattern: /当年(支出|拨款)$/, unit: '万元', claim: 'gp-current' },
  { sections: ['五'], pattern: /比上年(增加|减少)$/, unit: '万元', claim: 'gp-change-amount' },
  { sections: ['五'], pattern: /(增长|增加|下降|减少)$/, unit: '%', claim: 'gp-change-percent' },
  { sections: ['四', '五'], pattern: FUNCTION_NAME, unit: '万元', claim: 'function-amount' },
  { sections: ['五'], pattern: /占$/, unit: '%', claim: 'function-share' },
  { sections: ['六'], pattern: /人员经费$/, unit: '万元', claim: 'personnel' },
  { sections: ['六'], pattern: /公用经费$/, unit: '万元', claim: 'public' },
  { sections: ['七'], pattern: /“?三公”?经费预算$/, unit: '万元', claim: 'three-public-total' },
  { sections: ['七'], pattern: THREE_PUBLIC_ITEM, unit: '万元', claim: 'three-public-item' },
  { sections: ['七'], pattern: /比\d{4}年(增加|减少)$/, unit: '万元', claim: 'three-public-change' },
  { sections: ['七'], pattern: /预算数(增加|减少)$/, unit: '万元', claim: 'three-public-item-change' },
  { sections: ['九'], pattern: /采购预算总额$/, unit: '万元', claim: 'procurement-total' },
  { sections: ['九'], pattern: /货物预算$/, unit: '万元', claim: 'procurement-goods' },
  { sections: ['九'], pattern: /工程预算$/, unit: '万元', claim: 'procurement-works' },
  { sections: ['九'], pattern: /服务预算$/, unit: '万元', claim: 'procurement-services' },
  { sections: ['十'], pattern: /涉及资金?$/, sentence: /整体绩效目标/, unit: '万元', claim: 'kpi-overall-amount' },
  { sections: ['十'], pattern: /共计金额$/, unit: '万元', claim: 'kpi-projects-amount' },
  {
    sections: ['十'],
    pattern: /涉及一般公共预算当年拨款$/,
    sentence: /实行绩效管理的项目\d+个/,
    unit: '万元',
    claim: 'kpi-projects-amount',
  },
  { sections: ['十'], pattern: /涉及金额$/, sentence: KPI_CATEGORY, unit: '万元', claim: 'kpi-category-amount' },
  {
    sections: ['十'],
    pattern: /涉及项目金额$/,
    sentence: KPI_CATEGORY,
    unit: '万元',
    claim: 'kpi-published-category-amount',
  },
  {
    sections: ['十'],
    pattern: /涉及项目金额$/,
    sentence: /公开项目绩效目标\d+个/,
    unit: '万元',
    claim: 'kpi-published-amount',
  },
  { sections: ['十'], pattern: /占部门[（(]单位[)）]项目支出总额的$/, unit: '%', claim: 'kpi-published-share' },
];

/** A shares' claim follows the amount it is a share of. */
const SHARE_OF: Partial<Record<FigureClaim, FigureClaim>> = {
  basic: 'basic-share',
  project: 'project-share',
  'source-amount': 'source-share',
  'function-amount': 'function-share',
};

const FIGURE = /(-?\d[\d,，]*(?:\.\d+)?)\s*(万元|%)/g;

function signOf(clause: string): Figure['sign'] {
  if (/(增加|增长|上升|提高)$/.test(clause)) return '+';
  if (/(减少|下降|降低)$/.test(clause)) return '-';
  return null;
}

function subjectOf(claim: FigureClaim, clause: string, sentence: string): string | null {
  const m =
    (claim === 'function-amount' && FUNCTION_NAME.exec(clause)) ||
    (claim === 'three-public-item' && THREE_PUBLIC_ITEM.exec(clause)) ||
    (claim === 'source-amount' && SOURCE_NAME.exec(clause)) ||
    ((claim === 'kpi-category-amount' || claim === 'kpi-published-category-amount') && KPI_CATEGORY.exec(sentence));
  return m ? m[1]! : null;
}

/** Normalise what stands between figures: spaces, ASCII punctuation, full-width brackets. */
function cleanClause(text: string): string {
  return text.replace(/\s+/g, '').replace(/[:：]$/, '');
}

export function extractFigures(section: string, paragraph: Paragraph): Figure[] {
  const text = paragraph.text;
  const figures: Figure[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const before = text.slice(previousEnd, start);
    const clause = cleanClause(before.split(/[，,；;。]/).at(-1) ?? '');
    const sentence = cleanClause(before.split(/[；;。]/).at(-1) ?? '');
    const unit = m[2] as '万元' | '%';
    const previous = figures.at(-1);
    const sameSentence = previous !== undefined && !/[。；;]/.test(before);
    let claim: FigureClaim = 'other';
    let subject: string | null = null;
    const rule = RULES.find(
      (r) =>
        r.unit === unit &&
        (r.sections.length === 0 || r.sections.includes(section)) &&
        r.pattern.test(clause) &&
        (r.sentence?.test(sentence) ?? true),
    );
    if (unit === '%' && /占$/.test(clause) && sameSentence && previous && SHARE_OF[previous.claim]) {
      claim = SHARE_OF[previous.claim]!;
      subject = previous.subject;
    } else if (rule) {
      claim = rule.claim;
      subject = subjectOf(claim, clause, sentence);
      if (claim === 'three-public-item-change' && sameSentence) subject = previous?.subject ?? null;
    }
    figures.push({
      raw: m[0],
      value: parseNumber(m[1]!.replace(/，/g, ',')),
      unit,
      sign: signOf(clause),
      claim,
      subject,
      context: clause.slice(-24),
      line: lineAt(paragraph, start),
    });
    previousEnd = start + m[0].length;
  }
  return figures;
}
