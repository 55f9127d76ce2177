/**
 * Page weight: gzip -9 of each page's HTML plus the stylesheets it links, for
 * every page of the root build, against the budgets in tests/quality/lib/weight.ts
 * (report page ≤ 40 KB). Also: no page may need a script to show its text, which
 * the browser gate checks; here the pages that load scripts are listed.
 */
import { describe, expect, it } from 'vitest';
import { findPages } from '../quality/lib/pages';
import { BUDGETS, checkBudgets, formatKB, formatSummary, measurePages, summarizeWeights } from '../quality/lib/weight';
import { SITES, siteDir } from './support/sites';

const site = SITES[0];

describe(`page weight (${site.dir}/)`, () => {
  it('every page is within its budget (gzip HTML + CSS)', async () => {
    const dir = siteDir(site);
    const weights = await measurePages(dir, site.base, await findPages(dir));
    console.log(formatSummary(summarizeWeights(weights)));
    const withScripts = weights.filter((weight) => weight.scripts.length > 0 || weight.inlineScripts > 0);
    if (withScripts.length > 0) {
      console.log(
        `Pages that load scripts: ${withScripts.length} of ${weights.length}` +
          ` (e.g. /${withScripts[0]?.path}: ${withScripts[0]?.scripts.length} external, ${withScripts[0]?.inlineScripts} inline)`,
      );
    }
    for (const budget of BUDGETS) {
      if (!weights.some((weight) => weight.type === budget.type)) {
        console.log(`No ${budget.type} page in the build yet: its ${formatKB(budget.maxGzip)} budget is not checked.`);
      }
    }
    expect(checkBudgets(weights), 'pages over their weight budget').toEqual([]);
  });
});
