import Decimal from 'decimal.js';
import {
  dec,
  decimalsOf,
  figure,
  fmt,
  halfStep,
  notApplicable,
  OUTCOME,
  result,
  type CheckMeta,
  type Ref,
} from './compare';
import type { CheckFigure, CheckResult, CheckStatus } from './schema';

/**
 * Percentages recomputed from the amounts a sentence states. The amounts are rounded too, so
 * the exact ratio of the printed amounts is one point of a range: every amount can be off by
 * half a unit of its last digit, and the ratio is evaluated at every corner of those ranges
 * (it is monotone in each amount). `pass` when the exact ratio rounds to the printed
 * percentage; `rounding` when the printed percentage (± half its last digit) still meets the
 * range; `fail` when no choice of the rounded amounts gives it.
 */

type Status = Exclude<CheckStatus, 'not-applicable' | 'note'>;

export function percentStatus(printed: string, exact: Decimal, range: [Decimal, Decimal] = [exact, exact]): Status {
  const places = decimalsOf(printed);
  const p = dec(printed);
  if (exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).eq(p)) return 'pass';
  const half = new Decimal(10).pow(-places).div(2);
  return p.plus(half).gte(range[0]) && p.minus(half).lte(range[1]) ? 'rounding' : 'fail';
}

/** Min and max of `f` over every corner of the intervals value ± half-step of each ref. */
function cornerRange(refs: Ref[], f: (values: Decimal[]) => Decimal | null): [Decimal, Decimal] | null {
  let lo: Decimal | null = null;
  let hi: Decimal | null = null;
  for (let mask = 0; mask < 1 << refs.length; mask++) {
    const values = refs.map((r, i) => {
      const h = halfStep(r);
      return (mask >> i) & 1 ? dec(r.value!).plus(h) : dec(r.value!).minus(h);
    });
    const v = f(values);
    if (v === null) return null;
    lo = lo === null || v.lt(lo) ? v : lo;
    hi = hi === null || v.gt(hi) ? v : hi;
  }
  return lo && hi ? [lo, hi] : null;
}

function percentResult(
  meta: CheckMeta,
  printed: string,
  exact: Decimal,
  range: [Decimal, Decimal] | null,
  figures: CheckFigure[],
  formula: string,
): CheckResult {
  const places = decimalsOf(printed);
  const shown = exact.toDecimalPlaces(Math.max(places + 2, 4), Decimal.ROUND_HALF_UP);
  const computed = figure({ label: `按${formula}计算`, value: fmt(shown, 0), unit: '%' }, 'computed');
  const status = percentStatus(printed, exact, range ?? [exact, exact]);
  const difference = dec(printed).minus(shown);
  const tolerance = new Decimal(10).pow(-places);
  const spread =
    range && status !== 'pass'
      ? `；所引金额各有末位舍入，比例可在${fmt(range[0].toDecimalPlaces(places + 2), 0)}%至${fmt(range[1].toDecimalPlaces(places + 2), 0)}%之间`
      : '';
  const message =
    status === 'pass'
      ? `一致：${formula}＝${fmt(shown, 0)}%，四舍五入后为${printed}%。`
      : `${OUTCOME[status]}：说明为${printed}%，${formula}＝${fmt(shown, 0)}%${spread}。`;
  return result(meta, status, [...figures, computed], difference, tolerance, message, places);
}

/** 100 × numerator / denominator against a printed share. */
export function shareCheck(meta: CheckMeta, stated: Ref, numerator: Ref, denominator: Ref): CheckResult {
  const figures = [figure({ ...stated, unit: '%' }, 'stated'), figure(numerator, 'part'), figure(denominator, 'part')];
  if (stated.value === null || numerator.value === null || denominator.value === null) {
    return notApplicable(meta, '缺少计算比例所需的数字。', figures);
  }
  const num = dec(numerator.value);
  const den = dec(denominator.value);
  if (den.isZero()) {
    if (num.isZero() && dec(stated.value).isZero()) {
      return result(meta, 'pass', figures, new Decimal(0), null, '一致：分子与分母均为0，说明为0%。');
    }
    return notApplicable(meta, `${denominator.label}为0，无法计算比例。`, figures);
  }
  const range = cornerRange([numerator, denominator], ([n, d]) => (d!.lte(0) ? null : n!.times(100).div(d!)));
  return percentResult(
    meta,
    stated.value,
    num.times(100).div(den),
    range,
    figures,
    `${numerator.value}÷${denominator.value}`,
  );
}

/**
 * A change stated as an amount and a percentage: the percentage is the change divided by the
 * previous year's figure. The previous figure is the one the sentence quotes, or else the
 * current figure minus the (signed) change.
 */
export function changeCheck(
  meta: CheckMeta,
  percent: Ref,
  change: Ref & { sign: '+' | '-' | null },
  current: Ref,
  quotedPrevious?: Ref,
): CheckResult {
  const figures = [figure({ ...percent, unit: '%' }, 'stated'), figure(change, 'part'), figure(current, 'part')];
  if (percent.value === null || change.value === null || current.value === null) {
    return notApplicable(meta, '缺少计算变动比例所需的数字。', figures);
  }
  if (change.sign === null) return notApplicable(meta, '说明未写明增加还是减少。', figures);
  const sign = change.sign === '-' ? -1 : 1;
  if (quotedPrevious?.value) {
    const previous = dec(quotedPrevious.value);
    const all = [...figures, figure(quotedPrevious, 'part')];
    if (previous.lte(0)) return notApplicable(meta, `上年数为${quotedPrevious.value}万元，不能作为比较基数。`, all);
    const range = cornerRange([change, quotedPrevious], ([c, p]) => (p!.lte(0) ? null : c!.times(100).div(p!)));
    return percentResult(
      meta,
      percent.value,
      dec(change.value).times(100).div(previous),
      range,
      all,
      `变动额${change.value}万元÷上年数${quotedPrevious.value}万元`,
    );
  }
  const previous = dec(current.value).minus(dec(change.value).times(sign));
  const previousFigure = figure(
    { label: `上年数（${current.label}${change.sign === '-' ? '＋' : '－'}变动额）`, value: fmt(previous) },
    'computed',
  );
  if (previous.lte(0))
    return notApplicable(meta, `推算的上年数为${fmt(previous)}万元，不能作为比较基数。`, [...figures, previousFigure]);
  const range = cornerRange([change, current], ([c, x]) => {
    const p = x!.minus(c!.times(sign));
    return p.lte(0) ? null : c!.times(100).div(p);
  });
  return percentResult(
    meta,
    percent.value,
    dec(change.value).times(100).div(previous),
    range,
    [...figures, previousFigure],
    `变动额${change.value}万元÷上年数${fmt(previous)}万元`,
  );
}
