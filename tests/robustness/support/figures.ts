/**
 * The figures of a report as "table/row label/column → value", to compare a damaged
 * document's import with its seed's: a figure may be missing (warned), never different.
 */
import type { Report } from '../../../src/schemas';

export function figures(report: Report): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const t of report.tables) {
    const seen = new Map<string, number>();
    for (const r of t.rows) {
      const base = `${t.key}/${r.code ?? ''}${r.label}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      r.cells.forEach((c, i) => {
        const col = t.columns[i];
        if (col?.kind === 'amount') out.set(`${base}#${n}/${col.path.join('/')}`, c);
      });
    }
  }
  return out;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Figures of `actual` that exist in `expected` with another value (or that `expected` lacks).
 * Text in an amount column that is no decimal number (kept as printed, with a warning) is not
 * a figure: no check or chart reads it as one.
 */
export function differingFigures(actual: Report, expected: Report): string[] {
  const want = figures(expected);
  const out: string[] = [];
  for (const [k, v] of figures(actual)) {
    if (!want.has(k) && v !== null && DECIMAL.test(v)) out.push(`${k}: ${v} (not in the seed)`);
    else if (want.get(k) !== v && v !== null && DECIMAL.test(v)) out.push(`${k}: ${v} ≠ ${want.get(k)}`);
  }
  return out;
}

/** Warnings of `actual` that `expected` does not have (by message). */
export function newWarnings(actual: Report, expected: Report): string[] {
  const had = new Set(expected.warnings.map((w) => w.message));
  return actual.warnings.filter((w) => !had.has(w.message)).map((w) => `${w.code}@${w.line}: ${w.message}`);
}
