import { describe, expect, it } from 'vitest';
import type { Report } from '../schemas';
import { CHECKS, runChecks, summarize } from './registry';
import { CheckResult } from './schema';
import { cleanReport } from './test-support/clean';
import { fixturePair } from '../../tests/fixtures/final-accounts/build';
import { FAILING } from './test-support/failing';
import {
  ALWAYS_APPLICABLE,
  NO_ROUNDING,
  NOT_APPLICABLE,
  NOT_APPLICABLE_FINAL,
  ROUNDING,
  ROUNDING_FINAL,
} from './test-support/outcomes';
import { FAILING_FINAL } from './test-support/failing-final';

const ALL_FAILING = { ...FAILING, ...FAILING_FINAL };
/** The clean fixture of a check's document type: the budget fixture, or the fixture final accounts. */
const cleanFor = (c: (typeof CHECKS)[number]): Report =>
  c.documents?.includes('final-accounts') && !c.documents.includes('budget') ? fixturePair().final : cleanReport();

describe('registry', () => {
  const clean = runChecks(cleanReport());

  it('every result matches the CheckResult schema and ids are unique', () => {
    for (const r of clean) CheckResult.parse(r);
    expect(new Set(clean.map((r) => r.id)).size).toBe(clean.length);
  });

  it('check ids are unique and every result belongs to a registered check', () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
    const ids = new Set(CHECKS.map((c) => c.id));
    for (const r of clean) expect(ids.has(r.check)).toBe(true);
  });

  it('the clean fixture has no fail, no note and no rounding difference', () => {
    const s = summarize(clean);
    expect(s.fail).toBe(0);
    expect(s.note).toBe(0);
    expect(s.rounding).toBe(0);
    expect(s.pass + s['not-applicable']).toBe(s.total);
  });

  describe.each(CHECKS.map((c) => [c.id, c] as const))('%s', (id, check) => {
    it('passes on the clean fixture', () => {
      const own = runChecks(cleanFor(check)).filter((r) => r.check === id);
      expect(own.length).toBeGreaterThan(0);
      expect(own.some((r) => r.status === 'pass')).toBe(true);
      expect(own.filter((r) => r.status === 'fail' || r.status === 'note' || r.status === 'rounding')).toEqual([]);
    });

    const fixtures = ALL_FAILING[id] ?? [];
    it('has at least one failing fixture', () => {
      expect(fixtures.length).toBeGreaterThan(0);
    });
    it.each(fixtures.map((f) => [f.what, f] as const))('fails: %s', (_what, fixture) => {
      const results = runChecks(fixture.mutate(cleanFor(check)));
      const hit = results.find((r) => r.id === fixture.fails);
      expect(
        hit,
        `no result ${fixture.fails}: ${results
          .filter((r) => r.check === id)
          .map((r) => r.id)
          .join(', ')}`,
      ).toBeDefined();
      expect(hit!.status).toBe(fixture.status ?? 'fail');
      if (hit!.status === 'note') expect(hit!.reason).toBeTruthy();
      expect(hit!.difference === null || hit!.difference !== '0.00').toBe(true);
    });
  });

  it('summarize counts each status', () => {
    const s = summarize(runChecks(FAILING['row-sum']![0]!.mutate(cleanReport())));
    expect(s.total).toBe(s.pass + s.rounding + s.fail + s.note + s['not-applicable']);
    expect(s.fail).toBeGreaterThan(0);
  });
});

describe('every rule has each outcome it can give', () => {
  describe.each(CHECKS.map((c) => [c.id, c] as const))('%s', (id, check) => {
    // Final-accounts checks are exercised on the fixture final accounts, the others on the budget.
    const final = check.documents?.includes('final-accounts') === true && !check.documents.includes('budget');
    const rounding = final ? ROUNDING_FINAL : ROUNDING;
    const notApplicableOnes = final ? NOT_APPLICABLE_FINAL : NOT_APPLICABLE;
    const has = (mutate: (r: Report) => Report, status: string) =>
      runChecks(mutate(final ? cleanFor(check) : cleanReport())).some((r) => r.check === id && r.status === status);
    it('has a rounding fixture, or nothing to round', () => {
      if (NO_ROUNDING.has(id)) return expect(rounding[id]).toBeUndefined();
      expect(rounding[id], `no rounding fixture for ${id}`).toBeDefined();
      expect(has(rounding[id]!, 'rounding')).toBe(true);
    });
    it('has a not-applicable fixture', () => {
      if (ALWAYS_APPLICABLE.has(id)) return expect(notApplicableOnes[id]).toBeUndefined();
      expect(notApplicableOnes[id], `no not-applicable fixture for ${id}`).toBeDefined();
      expect(has(notApplicableOnes[id]!, 'not-applicable')).toBe(true);
    });
  });
});
