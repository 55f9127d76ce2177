import Decimal from 'decimal.js';
import { MONEY_UNITS, toWanYuan } from '../lib/units';
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
 * Tolerance. A printed figure is off from the exact amount by at most half a unit of its last
 * printed digit (its `step`: 0.01 for "18.76" 万元, 1 for "50" 万元, 0.0001 for an amount
 * printed in whole 元). So a total may differ from the sum of its items by at most the sum of
 * their half-steps plus its own (n items to 0.01: n × 0.005 + 0.005); two printings of one
 * figure by the sum of their two half-steps. A larger difference is `fail`, a smaller non-zero
 * one `rounding` — unless identified figures explain it (explain.ts). Percentages are
 * recomputed from the amounts the sentence itself states, over the whole range those rounded
 * amounts allow (see `percentStatus`).
 *
 * Units. Every amount enters a comparison in 万元 through `toWan`, the one place a printed
 * unit is converted.
 */

export const CENT = new Decimal('0.01');

export const dec = (value: string): Decimal => new Decimal(value);

/** Exact decimal string without exponent; at least two decimals for amounts. */
export function fmt(value: Decimal, minDecimals = 2): string {
  if (value.isZero()) return minDecimals > 0 ? `0.${'0'.repeat(minDecimals)}` : '0';
  return value.toFixed(Math.max(minDecimals, value.decimalPlaces()));
}

/** Aliases of money units as printed in text and forms ("万" for 万元). */
const UNIT_ALIASES: Record<string, string> = { 万: '万元', 亿: '亿元' };

/**
 * A printed amount in 万元 with the step of its last printed digit: the one function every
 * comparison reads a unit through (`toWanYuan` of src/lib/units.ts does the conversion).
 * `null` when the unit is not a money unit.
 */
export function toWan(printed: string, unit: string | null | undefined): { value: string; step: string } | null {
  const name = (unit ?? '万元').trim();
  const money = UNIT_ALIASES[name] ?? name;
  if (!MONEY_UNITS.includes(money)) return null;
  return { value: toWanYuan(printed, money), step: stepOf(money, decimalsOf(printed)) };
}

/** The step in 万元 of the last digit of a figure printed in `unit` with `decimals` decimals (memoised: hot). */
const steps = new Map<string, string>();
function stepOf(unit: string, decimals: number): string {
  const key = `${unit}|${decimals}`;
  let step = steps.get(key);
  if (step === undefined) {
    step = fmt(dec(toWanYuan(new Decimal(10).pow(-decimals).toFixed(decimals), unit)), 0);
    steps.set(key, step);
  }
  return step;
}

/** Half the step of a figure's last printed digit (0.005 for "18.76"). */
export function halfStep(ref: Pick<Ref, 'value' | 'step'>): Decimal {
  if (ref.step !== undefined) return dec(ref.step).div(2);
  return ref.value === null ? new Decimal(0) : new Decimal(10).pow(-decimalsOf(ref.value)).div(2);
}

/** Largest difference rounding can explain between figures combined by + or −: Σ half-steps. */
export const toleranceOf = (refs: Pick<Ref, 'value' | 'step'>[]): Decimal =>
  refs.filter((r) => r.value !== null).reduce((a, r) => a.plus(halfStep(r)), new Decimal(0));

export function statusOf(difference: Decimal, tolerance: Decimal): Exclude<CheckStatus, 'not-applicable' | 'note'> {
  if (difference.isZero()) return 'pass';
  return difference.abs().lte(tolerance) ? 'rounding' : 'fail';
}

/**
 * A figure before it is placed in a result: where it was read and what it is. `step` is the
 * unit of its last printed digit in 万元 when it is not what its value shows (an amount
 * printed in 元 and converted, "18.8" printed as such).
 */
export type Ref = Omit<CheckFigure, 'role' | 'unit'> & {
  unit?: CheckFigure['unit'];
  step?: string;
  /**
   * Set when the figure could not be read at all (the table has no column the vocabulary
   * recognised for it): the reason. Such a ref is not a printed blank and never fails a check.
   */
  unread?: string;
};

/** The reason a check cannot compare, when one of its figures (other than sum parts) is unread. */
const unreadReason = (refs: Ref[]): string | null => {
  const reasons = [...new Set(refs.flatMap((r) => (r.unread ? [r.unread] : [])))];
  return reasons.length > 0 ? reasons.join('') : null;
};

export interface CheckMeta {
  id: string;
  check: string;
  theme: CheckTheme;
  title: string;
  rule: string;
}

export function figure(ref: Ref, role: FigureRole): CheckFigure {
  const { step: _step, unread: _unread, ...rest } = ref;
  return { ...rest, unit: ref.unit === undefined ? '万元' : ref.unit, role };
}

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

/**
 * Something a reader should know that arithmetic on printed figures does not prove wrong (a
 * cap below the funds where the caps need not cover everything, a missing required figure, a
 * sentence that stops): shown as a note with its reason, never as a fail.
 */
export function note(meta: CheckMeta, message: string, reason: string, figures: CheckFigure[] = []): CheckResult {
  return { ...meta, status: 'note', figures, difference: null, tolerance: null, message, reason };
}

export function result(
  meta: CheckMeta,
  status: Exclude<CheckStatus, 'not-applicable' | 'note'>,
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

export const OUTCOME: Record<Exclude<CheckStatus, 'not-applicable' | 'note'>, string> = {
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
  const unread = unreadReason([total]);
  if (unread !== null) return notApplicable(meta, unread, figures);
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
  const tolerance = toleranceOf([total, ...present]);
  // A part that could not be read may hold what the read parts fall short of: no fail from it.
  const unreadPart = unreadReason(parts);
  if (unreadPart !== null && difference.gt(tolerance))
    return notApplicable(
      meta,
      `${unreadPart}已读出的各项之和${fmt(sum)}万元小于${total.label}${total.value}万元，差额可能在未读出的一项中。`,
      [...figures, computed],
    );
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
      : `${total.label}${total.value}万元，各项之和${fmt(sum)}万元，相差${fmt(difference)}万元（${present.length}项及合计各按末位四舍五入，舍入最多造成${fmt(tolerance)}万元的差额）。`;
  return result(meta, status, [...figures, computed], difference, tolerance, `${OUTCOME[status]}：${detail}`);
}

/**
 * The same figure in several places: the first is the stated one, the others references.
 * A blank agrees with a printed 0 and with nothing else.
 */
export function sameCheck(meta: CheckMeta, stated: Ref, allReferences: Ref[]): CheckResult {
  const figures = [figure(stated, 'stated'), ...allReferences.map((r) => figure(r, 'reference'))];
  // An unread reference is left out; with nothing left to compare the check does not apply.
  const references = allReferences.filter((r) => !r.unread);
  const unread = unreadReason([stated, ...allReferences]);
  if (unread !== null && (stated.unread || references.length === 0)) return notApplicable(meta, unread, figures);
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
  const tolerance = toleranceOf([stated, worst]);
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
 * An amount that may not exceed another (机关运行经费 ≤ 公用经费; the part of 三公经费 paid
 * from basic expenditure ≤ the 三公 figure). Blank counts as 0 here only when the other
 * figure is printed.
 */
export function atMostCheck(meta: CheckMeta, smaller: Ref, larger: Ref): CheckResult {
  const figures = [figure(smaller, 'stated'), figure(larger, 'reference')];
  const unread = unreadReason([smaller, larger]);
  if (unread !== null) return notApplicable(meta, unread, figures);
  if (smaller.value === null && larger.value === null) return notApplicable(meta, '两处均为空白。', figures);
  const a = smaller.value === null ? new Decimal(0) : dec(smaller.value);
  const b = larger.value === null ? new Decimal(0) : dec(larger.value);
  const excess = a.minus(b);
  const tolerance = toleranceOf([smaller, larger]);
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
