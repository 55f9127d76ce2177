/**
 * Every corpus case through the import CLI (`run`, the function `npm run import` calls) on a
 * temporary copy of content/. Rules for all cases: exit 0 (imported) or 1 (refused), never an
 * internal error or a stack trace; a refusal is one message naming the file and the problem
 * and leaves the copy byte for byte as it was; an import changes no figure of the seed.
 */
import { describe, expect, it } from 'vitest';
import { CASES, hasRealDocs } from './cases';
import { differingFigures, newWarnings } from './support/figures';
import { committedReport, runCase } from './support/sandbox';

const STACK = /\n\s+at |TypeError|ReferenceError|RangeError|Cannot read|is not a function|undefined/;

describe('robustness corpus', { timeout: 60_000 }, () => {
  it('has at least 40 cases with distinct ids', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  const cases = CASES.filter((c) => hasRealDocs || !c.id.startsWith('pdf-'));
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const input = c.input();
    const o = await runCase(input);
    const output = `${o.stdout}\n${o.stderr}`;
    expect(output).not.toMatch(STACK);
    if (c.expect.outcome === 'refused') {
      expect([o.code, o.stderr.split('\n')[0]]).toEqual([1, expect.stringMatching(/^✗ /)]);
      expect(o.stderr.replace(/^✗ /, '')).toMatch(c.expect.message);
      expect(o.changed).toEqual([]);
      return;
    }
    expect([o.code, o.stderr]).toEqual([0, '']);
    const report = o.report(c.expect.report);
    const seed = committedReport(c.expect.seed ?? c.expect.report);
    const extra = c.expect.extraFigures;
    const differing = differingFigures(report, seed).filter((d) => !(extra && extra.test(d)));
    expect(differing).toEqual([]);
    if (extra) expect(differingFigures(report, seed).some((d) => extra.test(d))).toBe(true);
    const warnings = newWarnings(report, seed);
    for (const w of c.expect.warnings) expect(warnings).toContainEqual(expect.stringMatching(w));
    // The case's own file is what the report says it was read from (an added file under the
    // ASCII name it was given in content/sources/).
    const read = [
      ...report.source.files.map((f) => f.file),
      ...report.performance.projects.flatMap((p) => p.sources.map((s) => s.file)),
    ];
    if (input.add) expect(report.source.files[0]!.file).toMatch(/^[\w.-]+\.txt$/);
    else expect(read).toContain(input.file);
  });
});
