/**
 * Prints the weight of every page of a build (gzip -9 of the HTML plus the
 * stylesheets it links) per page type, and checks the budgets; the same check
 * runs in the e2e tests.
 *
 *   npm run check:weight [-- --all]     (dir: $OUT_DIR or dist/, base: $BASE_PATH or /)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findPages } from '../tests/quality/lib/pages';
import { checkBudgets, formatKB, formatSummary, measurePages, summarizeWeights } from '../tests/quality/lib/weight';

async function main(): Promise<number> {
  const dir = path.resolve(process.env.OUT_DIR?.trim() || 'dist');
  const trimmed = (process.env.BASE_PATH ?? '/').trim().replace(/^\/+|\/+$/g, '');
  const base = trimmed === '' ? '/' : `/${trimmed}/`;
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`${dir}/index.html not found: build first (npm run build).`);
    return 2;
  }
  const weights = await measurePages(dir, base, await findPages(dir));
  if (process.argv.includes('--all')) {
    for (const weight of [...weights].sort((a, b) => b.totalGzip - a.totalGzip)) {
      console.log(
        `${formatKB(weight.totalGzip).padStart(9)}  HTML ${formatKB(weight.htmlGzip).padStart(9)}  CSS ${formatKB(weight.cssGzip).padStart(8)}  ${weight.type.padEnd(11)} /${weight.path}`,
      );
    }
    console.log('');
  }
  console.log(formatSummary(summarizeWeights(weights)));
  const problems = checkBudgets(weights);
  for (const problem of problems) console.log(`OVER BUDGET: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await main();
