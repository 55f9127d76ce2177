import type { Table } from '../../schemas';
import type { SourceLine } from '../lines';

/**
 * Test support: does every amount printed inside a table's region reach the table? The
 * printed amounts are read from the raw line text with a pattern of its own (numbers with
 * thousands separators or decimals), independent of the table stage, and each must be a
 * cell of a row whose source lines include that line.
 */

const PRINTED = /(?<![\d.,])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.,%])|(?<![\d.,])-?\d+\.\d+(?![\d.,%])/g;

export function printedAmounts(text: string): string[] {
  return [...text.replace(/(\d)\s*([,.])\s*(?=\d)/g, '$1$2').matchAll(PRINTED)].map((m) => m[0].replace(/,/g, ''));
}

export interface Miss {
  line: number;
  amount: string;
  text: string;
}

export interface Coverage {
  printed: number;
  found: number;
  misses: Miss[];
}

export function amountCoverage(lines: SourceLine[], tables: Table[]): Coverage {
  const byNumber = new Map(lines.map((l) => [l.n, l.text]));
  const misses: Miss[] = [];
  let printed = 0;
  for (const table of tables) {
    const left = table.rows.map((r) => r.cells.filter((c): c is string => c !== null && /^-?\d+(\.\d+)?$/.test(c)));
    for (let n = table.sourceLines[0]; n <= table.sourceLines[1]; n++) {
      const text = byNumber.get(n);
      if (text === undefined) continue;
      for (const amount of printedAmounts(text)) {
        printed++;
        const r = table.rows.findIndex(
          (row, i) => row.sourceLines[0] <= n && n <= row.sourceLines[1] && left[i]!.includes(amount),
        );
        if (r < 0) misses.push({ line: n, amount, text: text.trim() });
        else left[r]!.splice(left[r]!.indexOf(amount), 1);
      }
    }
  }
  return { printed, found: printed - misses.length, misses };
}
