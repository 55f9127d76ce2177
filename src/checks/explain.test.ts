import { describe, expect, it } from 'vitest';
import { sameCheck, sumCheck, type CheckMeta, type Ref } from './compare';
import { explainDifferences } from './explain';

const meta = (id: string): CheckMeta => ({ id, check: id, theme: 'projects', title: id, rule: id });
const cell = (rowId: string, value: string): Ref => ({
  label: `表 ${rowId}`,
  value,
  table: 'projects',
  rowId,
  column: 'total',
});
const form = (value: string): Ref => ({
  label: '绩效目标表 年度资金总额',
  value,
  project: 'a',
  line: 482,
  step: '0.0001',
});

describe('differences explained by a pair of figures', () => {
  const parts = [cell('r1', '18.76'), cell('r2', '100.00'), cell('r3', '50.00'), cell('r4', '18.86')];
  // Σ = 187.62 over 10 items; the text says 187.66: 0.04 is within 11 × 0.005 = 0.055
  const many = [...parts, ...['0.00', '0.00', '0.00', '0.00', '0.00', '0.00'].map((v, i) => cell(`z${i}`, v))];
  const total: Ref = { label: '说明 共计', value: '187.66', line: 422 };

  it('turns a rounding difference that one disagreeing pair removes into a fail naming the pair', () => {
    const sum = sumCheck(meta('sum'), total, many);
    expect(sum.status).toBe('rounding');
    const pair = sameCheck(meta('pair'), form('18.80'), [cell('r1', '18.76')]);
    expect(pair.status).toBe('fail');
    const [explained] = explainDifferences([sum, pair]);
    expect(explained!.status).toBe('fail');
    expect(explained!.message).toMatch(/18\.80/);
    expect(explained!.figures.at(-1)).toMatchObject({ value: '18.80', line: 482, role: 'reference' });
  });

  it('leaves rounding alone when no failing pair explains it', () => {
    const sum = sumCheck(meta('sum'), total, many);
    // a pair that agrees within rounding (11.604 vs 11.60) explains nothing
    const pair = sameCheck(meta('pair'), form('11.604'), [cell('r1', '11.60')]);
    expect(explainDifferences([sum, pair])[0]!.status).toBe('rounding');
    // a failing pair whose difference does not remove this one
    const other = sameCheck(meta('pair'), form('19.76'), [cell('r1', '18.76')]);
    expect(explainDifferences([sum, other])[0]!.status).toBe('rounding');
  });
});
