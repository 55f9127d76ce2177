import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toLines } from './lines';
import { parseTables } from './tables';
import { amountCoverage } from './test-support/coverage';

/**
 * Every budget document of the real-documents set (all but the two 决算 files), as
 * `pdftotext -layout` (poppler 22.12) printed it — committed under
 * tests/fixtures/real-docs-layout/, derived from the public PDFs listed in SOURCES.md
 * there. The table stage runs on the whole text; each amount printed inside a recognised
 * table must be a cell of the row printed on that line.
 */

const dir = new URL('../../tests/fixtures/real-docs-layout/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function tablesOf(file: string) {
  const lines = toLines(readFileSync(new URL(file, dir), 'utf8'));
  const parsed = parseTables(lines, { year: Number(file.slice(0, 4)), departmentNames: [], tocNumbers: new Map() });
  return { lines, ...parsed };
}

describe('real budget documents (pdftotext -layout)', () => {
  it('has the 28 budget texts', () => {
    expect(files).toHaveLength(28);
  });

  it.each(files)('%s: ≥ 99.5 % of the amounts printed in its tables are in the parsed rows', (file) => {
    const { lines, tables } = tablesOf(file);
    const coverage = amountCoverage(lines, tables);
    if (coverage.misses.length > 0) {
      console.log(
        `${file}: ${coverage.found}/${coverage.printed}\n` +
          coverage.misses.map((m) => `  miss line ${m.line}: ${m.amount} in “${m.text}”`).join('\n'),
      );
    }
    expect(coverage.found).toBeGreaterThanOrEqual(coverage.printed * 0.995);
  });

  it.each(
    files.filter(
      (f) => f.includes('-tables') || /high-court|procuratorate|putuo|2017-jiangsu-npc|2018-jiangsu-npc/.test(f),
    ),
  )('%s: finds the kinds of tables it prints', (file) => {
    const { tables } = tablesOf(file);
    const keys = new Set(tables.map((t) => t.key));
    for (const key of [
      'summary',
      'income',
      'expenditure',
      'fiscal',
      'general',
      'basic-economic',
      'three-public',
    ] as const) {
      expect([file, keys.has(key)]).toEqual([file, true]);
    }
  });
});

describe('units as printed', () => {
  it('2025 普陀区商务委员会: 元 tables, the 三公 table in 万元', () => {
    const { tables } = tablesOf('2025-putuo-commerce-commission-budget.txt');
    expect(tables.find((t) => t.key === 'summary')!.unit).toBe('元');
    expect(tables.find((t) => t.key === 'three-public')!.unit).toBe('万元');
  });
});
