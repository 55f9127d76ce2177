/**
 * Real year-on-year figures: where last year's document of the same kind is on the site,
 * the change of each main figure is computed from the two documents (decimal.js), and what
 * this year's text claims about the change ("比上年增加0.88万元") is checked against it.
 */
import Decimal from 'decimal.js';
import { metaOf, subjectId } from '../checks/define';
import { fmt, notApplicable, sameCheck, type Ref } from '../checks/compare';
import type { CheckResult } from '../checks/schema';
import type { Report } from '../schemas';
import { DOCUMENT_LABELS } from './department-series';
import { readFinalNarrative } from './final-narrative';
import type { Change } from './summary';
import { mainFigures, MEASURES, type FigureRef, type MeasureKey } from './main-figures';

export interface YearChange {
  key: MeasureKey;
  label: string;
  current: FigureRef | null;
  previous: FigureRef | null;
  /** current − previous, exact; null when either is missing or blank. */
  change: string | null;
  /** change ÷ previous × 100 to two places; null when previous is 0 or missing. */
  percent: string | null;
}

/** Last year's document of the same department and kind, if the site has it. */
export function previousOf(reports: readonly Report[], report: Report): Report | undefined {
  return reports.find(
    (r) =>
      r.region === report.region &&
      r.department.slug === report.department.slug &&
      r.documentType === report.documentType &&
      r.year === report.year - 1,
  );
}

export function changeOf(
  current: string | null,
  previous: string | null,
): { change: string | null; percent: string | null } {
  if (current === null || previous === null) return { change: null, percent: null };
  const diff = new Decimal(current).minus(previous);
  const base = new Decimal(previous);
  return { change: fmt(diff), percent: base.isZero() ? null : diff.times(100).div(base).toFixed(2) };
}

/** A computed change in the words of `describeChange` (./summary): amounts without sign, the sign apart. */
export function asChange(current: string | null, previous: string | null): Change | null {
  const { change, percent } = changeOf(current, previous);
  if (change === null) return null;
  const d = new Decimal(change);
  return {
    amount: fmt(d.abs()),
    percent: percent === null ? null : new Decimal(percent).abs().toFixed(2),
    sign: d.isZero() ? null : d.isNeg() ? '-' : '+',
    line: 0,
  };
}

export function yearOnYear(report: Report, previous: Report): YearChange[] {
  const now = mainFigures(report).figures;
  const before = mainFigures(previous).figures;
  return MEASURES.map((m) => {
    const current = now[m.key];
    const last = before[m.key];
    return {
      key: m.key,
      label: m.label,
      current,
      previous: last,
      ...changeOf(current?.value ?? null, last?.value ?? null),
    };
  });
}

const YOY = {
  id: 'year-on-year',
  theme: 'narrative' as const,
  title: '文字说明的“比上年”与上年文件',
  rule: '文字说明所说的比上年增减额，应等于本年文件的数字减去本站收录的上年文件的同一数字。',
};

interface Claim {
  key: MeasureKey;
  label: string;
  /** Signed change as the text states it. */
  value: string;
  line: number;
}

/** What this year's text says about the change of 支出总计 and 三公. */
function claimsOf(report: Report): Claim[] {
  const signed = (v: string, sign: '+' | '-' | null) => (sign === '-' ? `-${v}` : v);
  if (report.documentType === 'budget') {
    const figures = report.narrative.flatMap((s) => s.figures);
    const out: Claim[] = [];
    const total = figures.find((f) => f.claim === 'change-amount' && f.sign !== null);
    if (total) out.push({ key: 'total', label: '支出总计', value: signed(total.value, total.sign), line: total.line });
    const tp = figures.find((f) => f.claim === 'three-public-change' && f.sign !== null);
    if (tp) out.push({ key: 'three-public', label: '“三公”经费', value: signed(tp.value, tp.sign), line: tp.line });
    return out;
  }
  // Final accounts: 收入支出总计 includes the carry-over, so only the 三公 change is a main figure.
  return readFinalNarrative(report)
    .changes.filter((c) => /三公/.test(c.sentence))
    .map((c) => ({ key: 'three-public' as const, label: '“三公”经费', value: signed(c.amount, c.sign), line: c.line }));
}

/**
 * This year's stated changes against the two documents. The budget's 支出总计 is compared
 * with the change of 收入总计 the text states (a budget balances, so the two are equal).
 */
export function yearOnYearChecks(report: Report, previous: Report): CheckResult[] {
  const changes = yearOnYear(report, previous);
  const label = (r: Report) => `${r.year}年${DOCUMENT_LABELS[r.documentType]}`;
  return claimsOf(report).map((claim, n) => {
    const c = changes.find((x) => x.key === claim.key)!;
    const meta = metaOf(YOY, subjectId(claim.key, n), `${claim.label}比上年增减：文字说明＝两年文件之差`);
    const stated: Ref = { label: `文字说明：${claim.label}比上年增减`, value: claim.value, line: claim.line };
    if (c.change === null) return notApplicable(meta, `${label(previous)}或${label(report)}没有列出${claim.label}。`);
    const computed: Ref = {
      label: `${label(report)}${c.current!.value}万元－${label(previous)}${c.previous!.value}万元`,
      value: c.change,
    };
    return sameCheck(meta, stated, [computed]);
  });
}
