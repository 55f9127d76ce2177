/**
 * Last guard before anything is written: a figure that is exactly 10,000 (or 1,000) times
 * the same figure printed elsewhere in the report is an amount in 元 under a 万元 heading
 * (or the other way round). Publishing it would show a wrong figure that looks right, so the
 * import is refused with both places named. Other disagreements stay what they are: check
 * results shown on the page.
 */
import Decimal from 'decimal.js';
import { runChecks } from '../../src/checks';
import type { CheckFigure } from '../../src/checks';
import type { Report, Row, Table, Warning } from '../../src/schemas';

const FACTORS = [new Decimal(10000), new Decimal(1000)];

function place(f: CheckFigure): string {
  return `${f.line ? `第 ${f.line} 行` : '位置不明'}“${f.label}”${f.value}`;
}

/** Messages for every pair of figures in a failed check that differ by a unit factor exactly. */
export function unitScaleProblems(report: Report): string[] {
  const out = new Set<string>();
  for (const result of runChecks(report)) {
    if (result.status !== 'fail') continue;
    const amounts = result.figures.filter(
      (f) => f.unit === '万元' && f.line !== undefined && f.value !== null && !new Decimal(f.value).isZero(),
    );
    for (const a of amounts) {
      for (const b of amounts) {
        const ratio = new Decimal(a.value!).div(b.value!);
        const factor = FACTORS.find((k) => ratio.eq(k));
        if (!factor) continue;
        out.add(
          `${report.source.files[0]!.file}：${place(a)} 是 ${place(b)} 的 ${factor.toString()} 倍：表头单位为万元，金额似乎按${factor.eq(10000) ? '元' : '千元'}填写；请核对原文的单位`,
        );
      }
    }
  }
  const all = [...out];
  return all.length <= 5
    ? all
    : [...all.slice(0, 5), `${report.source.files[0]!.file}：另有 ${all.length - 5} 处同样的倍数关系`];
}

/**
 * A row printed twice in one table (the same 科目 code, or the same label at the same level
 * with the same figures) would be counted twice by a reader summing the table: warned with
 * both lines.
 */
export function duplicateRowWarnings(tables: readonly Table[]): Warning[] {
  const out: Warning[] = [];
  for (const table of tables) {
    const seen = new Map<string, Row>();
    for (const row of table.rows) {
      // A department and its own unit may print the same name at two levels: not a repeat.
      const key = row.code !== null ? `code:${row.code}` : `label:${row.level}|${row.label}|${row.cells.join('|')}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, row);
        continue;
      }
      const same = first.cells.join('|') === row.cells.join('|');
      const line = row.sourceLines[0];
      out.push({
        code: 'table-duplicate-row',
        line,
        message:
          `第${line}行：“${table.title}”中“${[row.code, row.label].filter(Boolean).join(' ')}”一行` +
          `${same ? '与' : '的科目与'}第${first.sourceLines[0]}行${same ? '完全相同，可能是重复印刷' : '相同，但数字不同'}；合计时只应计一次，请核对原文。`,
      });
    }
  }
  return out;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Cells that are numbers written with spaces between their digits or in full-width digits
 * ("2 0 6 . 0 0", "２０６．００"): the tables keep them as printed text, so they are never
 * read, checked or charted as numbers (amounts or 科目 codes). One warning per column, with its first line and an
 * example, so the maintainer can fix the source with a correction.
 */
export function numberAsTextWarnings(tables: readonly Table[]): Warning[] {
  const out: Warning[] = [];
  for (const table of tables) {
    table.columns.forEach((column, i) => {
      const rows = table.rows.filter((r) => {
        const cell = r.cells[i];
        if (cell === null || cell === undefined || DECIMAL.test(cell)) return false;
        return DECIMAL.test(cell.normalize('NFKC').replace(/[\s,]/g, ''));
      });
      const first = rows[0];
      if (!first) return;
      const line = first.sourceLines[0];
      out.push({
        code: 'table-number-as-text',
        line,
        message:
          `第${line}行起：“${table.title}”的“${column.path.join('/')}”列有 ${rows.length} 个数字带空格或写成全角` +
          `（如“${first.cells[i]}”），按原文保留为文字，未作为数字读取、核对或作图；如确为数字，请在 content/corrections/ 中更正。`,
      });
    });
  }
  return out;
}

/**
 * A table whose heading (from its title to its first row) prints no unit line (单位：万元):
 * its amounts are read in the unit of the report's other tables. Warned, so the maintainer
 * checks the source; a table in another unit is caught by unitScaleProblems.
 */
export function unitLineWarnings(tables: readonly Table[], text: string): Warning[] {
  const lines = text.split('\n');
  return tables
    .filter((t) => !t.empty && t.rows.length > 0)
    .filter((t) => {
      const from = t.sourceLines[0];
      const to = Math.max(from, t.rows[0]!.sourceLines[0] - 1);
      return !lines.slice(from - 1, to).some((l) => /单位\s*[:：]/.test(l));
    })
    .map((t) => ({
      code: 'table-unit-not-printed',
      line: t.sourceLines[0],
      message: `第${t.sourceLines[0]}行：“${t.title}”没有印出金额单位（如“单位：万元”），按“${t.unit}”读取；请核对原文。`,
    }));
}
