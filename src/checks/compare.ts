import Decimal from 'decimal.js';
import type { CheckFigure, CheckResult, CheckStatus, CheckTheme, FigureRole } from './schema';

/**
 * Comparing printed figures exactly (decimal.js, never floats) and turning the outcome into
 * a CheckResult.
 *
 * Blank cells. A blank cell (null) is not zero, so it enters a comparison only where the
 * document itself gives a figure to compare with:
 * - in a sum, a blank item counts as 0 when the printed total is present;
 * - a blank total is not compared: it is `not-applicable` when its items add up to 0, and a
 *   `fail` when they do not (the document leaves out a total that should be there);
 * - a figure compared with the same figure elsewhere: a blank against a printed 0 agrees, a
 *   blank against anything else does not;
 * - a check whose inputs are all blank is `not-applicable`.
 *
 * Tolerance. Every printed amount is rounded to 0.01 万元, so a total may differ from the sum
 * of its items by up to 0.01 per summed item: such a difference is `rounding`, a larger one
 * `fail`. A figure repeated elsewhere has one item (tolerance 0.01). Percentages are
 * recomputed from the amounts the sentence itself states and compared at the precision they
 * are printed with (see `percentStatus`).
 */

export const CENT = new Decimal('0.01');

export const dec = (value: string): Decimal => new Decimal(value);

/** Exact decimal string without exponent; at least two decimals for amounts. */
export function fmt(value: Decimal, minDecimals = 2): string {
  if (value.isZero()) return minDecimals > 0 ? `0.${'0'.repeat(minDecimals)}` : '0';
  return value.toFixed(Math.max(minDecimals, value.decimalPlaces()));
}

/** Largest difference counted as rounding when `items` printed amounts are summed. */
export const toleranceFor = (items: number): Decimal => CENT.times(Math.max(1, items));

export function statusOf(difference: Decimal, tolerance: Decimal): Exclude<CheckStatus, 'not-applicable'> {
  if (difference.isZero()) return 'pass';
  return difference.abs().lte(tolerance) ? 'rounding' : 'fail';
}

/** A figure before it is placed in a result: where it was read and what it is. */
export type Ref = Omit<CheckFigure, 'role' | 'unit'> & { unit?: CheckFigure['unit'] };

export interface CheckMeta {
  id: string;
  check: string;
  theme: CheckTheme;
  title: string;
  rule: string;
}

export const figure = (ref: Ref, role: FigureRole): CheckFigure => ({
  ...ref,
  unit: ref.unit === undefined ? '万元' : ref.unit,
  role,
});

/** Display form of an amount inside a message: "432.54万元", blank → "空白". */
export function show(value: string | null, unit: '万元' | '%' | null = '万元'): string {
  return value === null ? '空白' : `${value}${unit ?? ''}`;
}

export function notApplicable(meta: CheckMeta, reason: string, figures: CheckFigure[] = []): CheckResult {
  return {
    ...meta,
    status: 'not-applicable',
    figures,
    difference: null,
    tolerance: null,
    message: `无法核对：${reason}`,
    reason,
  };
}

export function result(
  meta: CheckMeta,
  status: Exclude<CheckStatus, 'not-applicable'>,
  figures: CheckFigure[],
  difference: Decimal | null,
  tolerance: Decimal | null,
  message: string,
  differenceDecimals = 2,
): CheckResult {
  return {
    ...meta,
    status,
    figures,
    difference: difference === null ? null : fmt(difference, differenceDecimals),
    tolerance: tolerance === null ? null : fmt(tolerance, differenceDecimals),
    message,
    reason: null,
  };
}

export const OUTCOME: Record<Exclude<CheckStatus, 'not-applicable'>, string> = {
  pass: '一致',
  rounding: '差额在舍入误差以内',
  fail: '不一致',
};

/**
 * A printed total against the sum of its items. `total` is the stated figure; blank items
 * count as 0 only when the total is printed.
 */
export function sumCheck(meta: CheckMeta, total: Ref, parts: Ref[], options: { operator?: string } = {}): CheckResult {
  const figures = [figure(total, 'stated'), ...parts.map((p) => figure(p, 'part'))];
  const present = parts.filter((p) => p.value !== null);
  const sum = present.reduce((acc, p) => acc.plus(dec(p.value!)), new Decimal(0));
  const sumLabel =
    parts.length <= 3 ? `${parts.map((p) => p.label).join(options.operator ?? '＋')}之和` : `以上${parts.length}项之和`;
  const computed = figure({ label: sumLabel, value: fmt(sum) }, 'computed');
  if (total.value === null) {
    if (present.length === 0) return notApplicable(meta, '合计及各项均为空白。', figures);
    if (sum.isZero())
      return notApplicable(meta, `${total.label}为空白（空白不等于0），各项合计为0。`, [...figures, computed]);
    return result(
      meta,
      'fail',
      [...figures, computed],
      null,
      null,
      `${total.label}为空白，但各项合计为${fmt(sum)}万元。`,
    );
  }
  const stated = dec(total.value);
  const difference = stated.minus(sum);
  const tolerance = toleranceFor(present.length);
  if (present.length === 0) {
    const status = stated.isZero() ? 'pass' : 'fail';
    const message = stated.isZero()
      ? `${total.label}为0，各项均为空白，一致。`
      : `${total.label}为${total.value}万元，但各项均为空白。`;
    return result(meta, status, [...figures, computed], difference, tolerance, message);
  }
  const status = statusOf(difference, tolerance);
  const detail =
    status === 'pass'
      ? `${total.value}万元，等于各项之和。`
      : `${total.label}${total.value}万元，各项之和${fmt(sum)}万元，相差${fmt(difference)}万元（允许的舍入误差为${fmt(tolerance)}万元）。`;
  return result(meta, status, [...figures, computed], difference, tolerance, `${OUTCOME[status]}：${detail}`);
}

/**
 * The same figure in several places: the first is the stated one, the others references.
 * A blank agrees with a printed 0 and with nothing else.
 */
export function sameCheck(meta: CheckMeta, stated: Ref, references: Ref[]): CheckResult {
  const figures = [figure(stated, 'stated'), ...references.map((r) => figure(r, 'reference'))];
  const all = [stated, ...references];
  if (all.every((r) => r.value === null)) return notApplicable(meta, '各处均为空白。', figures);
  const unit = stated.unit ?? '万元';
  const asNumber = (r: Ref): Decimal => (r.value === null ? new Decimal(0) : dec(r.value));
  const blankAgainstNonZero =
    all.some((r) => r.value === null) && all.some((r) => r.value !== null && !dec(r.value).isZero());
  // Difference: stated minus the reference that is furthest from it.
  let worst: Ref = references[0] ?? stated;
  for (const r of references)
    if (
      asNumber(stated)
        .minus(asNumber(r))
        .abs()
        .gt(asNumber(stated).minus(asNumber(worst)).abs())
    )
      worst = r;
  const difference = asNumber(stated).minus(asNumber(worst));
  const tolerance = toleranceFor(1);
  if (blankAgainstNonZero) {
    const blank = all.find((r) => r.value === null)!;
    const filled = all.find((r) => r.value !== null && !dec(r.value).isZero())!;
    return result(
      meta,
      'fail',
      figures,
      difference,
      tolerance,
      `不一致：${filled.label}为${show(filled.value, unit)}，${blank.label}却为空白。`,
    );
  }
  const status = statusOf(difference, tolerance);
  const blankNote = all.some((r) => r.value === null) ? '（空白与0视为一致）' : '';
  const value = all.find((r) => r.value !== null)!.value;
  const message =
    status === 'pass'
      ? `一致：均为${show(value, unit)}${blankNote}。`
      : `${OUTCOME[status]}：${stated.label}${show(stated.value, unit)}，${worst.label}${show(worst.value, unit)}，相差${fmt(difference)}${unit}。`;
  return result(meta, status, figures, difference, tolerance, message);
}

/** Number of decimals a figure is printed with ("96.55" → 2, "100" → 0). */
export const decimalsOf = (value: string): number => value.split('.')[1]?.length ?? 0;

/**
 * A printed percentage against the exact ratio. `pass` when the ratio rounds (half up) to
 * the printed value at its printed precision; `rounding` when it is off by at most one unit
 * of the last printed digit (the amounts behind it are rounded too); `fail` otherwise.
 */
export function percentStatus(printed: string, exact: Decimal): Exclude<CheckStatus, 'not-applicable'> {
  const places = decimalsOf(printed);
  const rounded = exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  if (rounded.eq(dec(printed))) return 'pass';
  return exact.minus(dec(printed)).abs().lte(new Decimal(10).pow(-places)) ? 'rounding' : 'fail';
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
  return percentResult(meta, stated.value, num.times(100).div(den), figures, `${numerator.value}÷${denominator.value}`);
}

/**
 * A change stated as an amount and a percentage: the percentage is the change divided by the
 * previous year's figure, which is the current figure minus the (signed) change.
 */
export function changeCheck(
  meta: CheckMeta,
  percent: Ref,
  change: Ref & { sign: '+' | '-' | null },
  current: Ref,
): CheckResult {
  const figures = [figure({ ...percent, unit: '%' }, 'stated'), figure(change, 'part'), figure(current, 'part')];
  if (percent.value === null || change.value === null || current.value === null) {
    return notApplicable(meta, '缺少计算变动比例所需的数字。', figures);
  }
  if (change.sign === null) return notApplicable(meta, '说明未写明增加还是减少。', figures);
  const signed = change.sign === '-' ? dec(change.value).neg() : dec(change.value);
  const previous = dec(current.value).minus(signed);
  const previousFigure = figure(
    { label: `上年数（${current.label}${change.sign === '-' ? '＋' : '－'}变动额）`, value: fmt(previous) },
    'computed',
  );
  if (previous.lte(0))
    return notApplicable(meta, `推算的上年数为${fmt(previous)}万元，不能作为比较基数。`, [...figures, previousFigure]);
  return percentResult(
    meta,
    percent.value,
    dec(change.value).times(100).div(previous),
    [...figures, previousFigure],
    `变动额${change.value}万元÷上年数${fmt(previous)}万元`,
  );
}

function percentResult(
  meta: CheckMeta,
  printed: string,
  exact: Decimal,
  figures: CheckFigure[],
  formula: string,
): CheckResult {
  const places = decimalsOf(printed);
  const shown = exact.toDecimalPlaces(Math.max(places + 2, 4), Decimal.ROUND_HALF_UP);
  const computed = figure({ label: `按${formula}计算`, value: fmt(shown, 0), unit: '%' }, 'computed');
  const status = percentStatus(printed, exact);
  const difference = dec(printed).minus(shown);
  const tolerance = new Decimal(10).pow(-places);
  const message =
    status === 'pass'
      ? `一致：${formula}＝${fmt(shown, 0)}%，四舍五入后为${printed}%。`
      : `${OUTCOME[status]}：说明为${printed}%，${formula}＝${fmt(shown, 0)}%。`;
  return result(meta, status, [...figures, computed], difference, tolerance, message, places);
}

/**
 * An amount that may not exceed another (机关运行经费 ≤ 公用经费; the part of 三公经费 paid
 * from basic expenditure ≤ the 三公 figure). Blank counts as 0 here only when the other
 * figure is printed.
 */
export function atMostCheck(meta: CheckMeta, smaller: Ref, larger: Ref): CheckResult {
  const figures = [figure(smaller, 'stated'), figure(larger, 'reference')];
  if (smaller.value === null && larger.value === null) return notApplicable(meta, '两处均为空白。', figures);
  const a = smaller.value === null ? new Decimal(0) : dec(smaller.value);
  const b = larger.value === null ? new Decimal(0) : dec(larger.value);
  const excess = a.minus(b);
  const tolerance = toleranceFor(1);
  if (excess.lte(0)) {
    const message = excess.isZero()
      ? `一致：${smaller.label}${show(smaller.value)}，${larger.label}${show(larger.value)}。`
      : `一致：${smaller.label}${show(smaller.value)}，不超过${larger.label}${show(larger.value)}（相差${fmt(excess.neg())}万元）。`;
    return result(meta, 'pass', figures, excess, tolerance, message);
  }
  const status = excess.lte(tolerance) ? 'rounding' : 'fail';
  return result(
    meta,
    status,
    figures,
    excess,
    tolerance,
    `${OUTCOME[status]}：${smaller.label}${show(smaller.value)}，超过${larger.label}${show(larger.value)}${fmt(excess)}万元。`,
  );
}
