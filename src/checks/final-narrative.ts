import { readFinalNarrative, itemName, type ExecutionStatement } from '../lib/final-narrative';
import { faThreePublicRow } from '../lib/main-figures';
import { threePublicColumn, type FaThreePublicItem, type Report, type Table } from '../schemas';
import { cellRef, findRow, TABLE_NAMES, tableOf } from './access';
import { dec, figure, notApplicable, result, sameCheck, sumCheck, type Ref } from './compare';
import { changeCheck, percentStatus, shareCheck } from './percent';
import { metaOf, type CheckDefinition } from './define';
import { FINAL_ONLY } from './final-accounts';
import type { CheckResult } from './schema';

/**
 * Final accounts: the 三公 table adds up and agrees with the text; every 完成率 and every
 * 增减 % the text quotes is recomputed from the two figures it names; the 决算数 the text
 * quotes for an item is the one in 一般公共预算财政拨款支出决算表.
 */

const threePublicRef = (table: Table, item: FaThreePublicItem, measure: 'budget' | 'actual'): Ref => {
  const row = faThreePublicRow(table);
  const column = threePublicColumn(item, measure);
  return row
    ? cellRef(table, row, column)
    : { label: `${TABLE_NAMES[table.key]}（无数据）`, value: null, table: table.key, column };
};

export const faThreePublic: CheckDefinition = {
  id: 'fa-three-public',
  theme: 'three-public',
  title: '“三公”经费决算：合计＝各项之和，与文字说明一致',
  rule: '预算数和决算数各自：合计＝因公出国（境）费＋公务用车购置及运行维护费＋公务接待费，公务用车购置及运行维护费＝购置费＋运行维护费；文字说明的“三公”经费预算数、决算数与表一致。',
  documents: FINAL_ONLY,
  run(report) {
    const table = tableOf(report, 'fa-three-public');
    if (!table) return [notApplicable(metaOf(faThreePublic, ''), '本报告没有财政拨款“三公”经费支出决算表。')];
    const out: CheckResult[] = [];
    if (faThreePublicRow(table)) {
      for (const m of ['budget', 'actual'] as const) {
        const word = m === 'budget' ? '预算数' : '决算数';
        const r = (i: FaThreePublicItem) => threePublicRef(table, i, m);
        out.push(
          sumCheck(metaOf(faThreePublic, `total-${m}`, `“三公”经费合计＝三项之和（${word}）`), r('total'), [
            r('abroad'),
            r('vehicles'),
            r('reception'),
          ]),
          sumCheck(
            metaOf(faThreePublic, `vehicles-${m}`, `公务用车购置及运行维护费＝购置费＋运行维护费（${word}）`),
            r('vehicles'),
            [r('vehicle-purchase'), r('vehicle-operation')],
          ),
        );
      }
    }
    readFinalNarrative(report)
      .executions.filter((s) => s.kind === 'three-public')
      .forEach((s, n) => {
        const item = threePublicItem(s);
        if (!item) return;
        const said = (value: string, what: string): Ref => ({
          label: `文字说明：${s.subject}${what}`,
          value,
          line: s.line,
        });
        if (s.actual !== null)
          out.push(
            sameCheck(
              metaOf(faThreePublic, `text-${n}-actual`, `${s.subject}决算数：文字说明＝表`),
              said(s.actual, '决算数'),
              [threePublicRef(table, item, 'actual')],
            ),
          );
        const budget = s.initial ?? s.full;
        if (budget !== null)
          out.push(
            sameCheck(
              metaOf(faThreePublic, `text-${n}-budget`, `${s.subject}预算数：文字说明＝表`),
              said(budget, '预算数'),
              [threePublicRef(table, item, 'budget')],
            ),
          );
      });
    return out.length > 0
      ? out
      : [
          notApplicable(
            metaOf(faThreePublic, ''),
            table.empty ? '“三公”经费决算表注明无数据。' : '“三公”经费决算表各栏均为空白。',
          ),
        ];
  },
};

const THREE_PUBLIC_ITEMS: [RegExp, FaThreePublicItem][] = [
  [/^“三公”经费$/, 'total'],
  [/因公出国/, 'abroad'],
  [/公务用车/, 'vehicles'],
  [/公务接待/, 'reception'],
];

const threePublicItem = (s: ExecutionStatement): FaThreePublicItem | undefined =>
  s.kind === 'three-public' ? THREE_PUBLIC_ITEMS.find(([re]) => re.test(s.subject))?.[1] : undefined;

/** The 预算数 of the 三公 table, for a sentence that quotes a 完成率 without its base. */
function threePublicBase(report: Report, s: ExecutionStatement): Ref | null {
  const table = tableOf(report, 'fa-three-public');
  const item = threePublicItem(s);
  return table && item ? threePublicRef(table, item, 'budget') : null;
}

const BASE_WORD = { initial: '年初预算', full: '全年预算', budget: '预算' } as const;

/** A 完成率 against the base the sentence names; a base of 0 with the rate matching the other base is a fail. */
function rateCheck(s: ExecutionStatement, n: number, fallback: Ref | null): CheckResult {
  const meta = metaOf(faNarrative, `rate-${n}`, `${s.subject}：完成率＝决算数÷${BASE_WORD[s.rateBase!]}数`);
  const ref = (label: string, value: string | null, unit?: '%'): Ref => ({
    label: `文字说明：${label}`,
    value,
    unit,
    line: s.line,
  });
  const named = s.rateBase === 'full' ? s.full : s.rateBase === 'initial' ? s.initial : (s.initial ?? s.full);
  const other = s.rateBase === 'full' ? s.initial : s.rateBase === 'initial' ? s.full : null;
  const stated = ref('完成率', s.rate, '%');
  const actual = ref('决算数', s.actual);
  if (named !== null && s.actual !== null && dec(named).isZero() && other !== null && !dec(other).isZero()) {
    const exact = dec(s.actual).times(100).div(other);
    const matchesOther = percentStatus(s.rate!, exact) !== 'fail';
    const otherWord = s.rateBase === 'initial' ? '全年预算' : '年初预算';
    return result(
      meta,
      'fail',
      [
        figure(stated, 'stated'),
        figure(actual, 'part'),
        figure(ref(BASE_WORD[s.rateBase!], named), 'part'),
        figure(ref(otherWord, other), 'reference'),
      ],
      null,
      null,
      `不一致：说明写“完成${BASE_WORD[s.rateBase!]}的${s.rate}%”，但${BASE_WORD[s.rateBase!]}为${named}万元，无法计算完成率` +
        (matchesOther ? `；${s.rate}%是决算数÷${otherWord}数（${s.actual}÷${other}）。` : '。'),
    );
  }
  const base = named === null && fallback ? fallback : ref(`${BASE_WORD[s.rateBase!]}数`, named);
  return shareCheck(meta, stated, actual, base);
}

/** The 决算数 the text quotes for an item against 一般公共预算财政拨款支出决算表. */
function itemActualCheck(report: Report, s: ExecutionStatement, n: number): CheckResult | null {
  const table = tableOf(report, 'fa-general');
  if (!table || s.actual === null) return null;
  const stated: Ref = { label: `文字说明：${s.subject}决算数`, value: s.actual, line: s.line };
  const meta = metaOf(faNarrative, `actual-${n}`, `${s.subject}决算数：文字说明＝一般公共预算财政拨款支出决算表`);
  const name = s.kind === 'general' ? null : itemName(s.subject);
  const row =
    s.kind === 'general'
      ? table.rows.find((r) => r.kind === 'total')
      : name
        ? findRow(table, [name], 'total')
        : undefined;
  if (!row)
    return s.kind === 'item'
      ? notApplicable(meta, `决算表中没有“${name ?? s.subject}”这一行。`, [figure(stated, 'stated')])
      : null;
  return sameCheck(meta, stated, [cellRef(table, row, 'total')]);
}

export const faNarrative: CheckDefinition = {
  id: 'fa-narrative',
  theme: 'narrative',
  title: '决算说明中的完成率、增减比例和决算数',
  rule: '文字说明引用的每个完成率按它所说的两个数重新计算（决算数÷年初或全年预算数）；每个增减百分比按增减额÷上年数（本年数减增减额）重新计算；各科目的决算数与一般公共预算财政拨款支出决算表一致。',
  documents: FINAL_ONLY,
  run(report) {
    const { executions, changes } = readFinalNarrative(report);
    const out: CheckResult[] = [];
    executions.forEach((s, n) => {
      if (s.rate !== null && s.rateBase !== null) out.push(rateCheck(s, n, threePublicBase(report, s)));
      if (s.kind === 'item' || s.kind === 'general') {
        const c = itemActualCheck(report, s, n);
        if (c) out.push(c);
      }
    });
    changes.forEach((c, n) => {
      if (c.percent === null) return;
      const meta = metaOf(faNarrative, `change-${n}`, `${c.subject}：增减比例＝增减额÷上年数`);
      out.push(
        changeCheck(
          meta,
          { label: '文字说明：增减比例', value: c.percent, unit: '%', line: c.line },
          { label: '文字说明：增减额', value: c.amount, line: c.line, sign: c.sign },
          { label: '文字说明：本年数', value: c.current, line: c.line },
        ),
      );
    });
    return out.length > 0 ? out : [notApplicable(metaOf(faNarrative, ''), '文字说明没有引用完成率或增减比例。')];
  },
};

export const FINAL_NARRATIVE_CHECKS: readonly CheckDefinition[] = [faThreePublic, faNarrative];
