import { dec, fmt } from './compare';
import type { CheckFigure, CheckResult } from './schema';

/**
 * A difference within the rounding allowance is still not rounding when identified figures
 * explain it: one item of the sum is printed elsewhere with another amount, the two disagree
 * beyond rounding (their own comparison fails), and taking the other amount removes the
 * difference (004: 共计 187.66 against Σ project table 187.62; the form of 安全等级保护费
 * prints 18.80 where the table prints 18.76, and 187.62 − 18.76 + 18.80 = 187.66). Such a
 * result becomes a fail that names the pair.
 */

const keyOf = (f: CheckFigure): string | null => {
  if (f.table && f.rowId) return `t|${f.table}|${f.rowId}|${f.column ?? ''}`;
  if (f.project && f.line !== undefined) return `p|${f.project}|${f.line}|${f.label}`;
  return null;
};

interface Alternative {
  /** the same item printed elsewhere */
  other: CheckFigure;
  /** the comparison that found the two disagree */
  by: CheckResult;
}

/** For each figure that a failing one-to-one comparison found printed differently elsewhere. */
function alternatives(results: readonly CheckResult[]): Map<string, Alternative[]> {
  const map = new Map<string, Alternative[]>();
  for (const r of results) {
    if (r.status !== 'fail') continue;
    const pair = r.figures.filter((f) => f.role === 'stated' || f.role === 'reference');
    if (pair.length !== 2 || pair.some((f) => f.value === null || f.unit !== '万元')) continue;
    const [a, b] = pair as [CheckFigure, CheckFigure];
    for (const [at, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const key = keyOf(at);
      if (key) map.set(key, [...(map.get(key) ?? []), { other, by: r }]);
    }
  }
  return map;
}

export function explainDifferences(results: CheckResult[]): CheckResult[] {
  const alt = alternatives(results);
  if (alt.size === 0) return results;
  return results.map((r) => {
    if (r.status !== 'rounding' || r.difference === null || r.tolerance === null) return r;
    const difference = dec(r.difference);
    const tolerance = dec(r.tolerance);
    for (const part of r.figures.filter((f) => f.role === 'part' && f.value !== null)) {
      const key = keyOf(part);
      for (const { other, by } of (key && alt.get(key)) || []) {
        if (by.id === r.id) continue;
        const delta = dec(other.value!).minus(dec(part.value!));
        const rest = difference.minus(delta);
        if (!(rest.abs().lt(difference.abs()) && rest.abs().lte(tolerance))) continue;
        const explained = rest.isZero() ? '正好消除差额' : `差额降为${fmt(rest)}万元，在舍入范围内`;
        return {
          ...r,
          status: 'fail',
          figures: [...r.figures, { ...other, role: 'reference' }],
          message: `不一致：相差${fmt(difference)}万元，不是舍入造成的——${part.label}为${part.value}万元，${other.label}却为${other.value}万元，两处相差${fmt(delta.abs())}万元（见“${by.title}”）；改用后者${explained}。`,
        };
      }
    }
    return r;
  });
}
