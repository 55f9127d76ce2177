import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/support/summary-reporter.ts';

/**
 * Browser and built-site tests. They need `dist/` (built at /) and `dist-budget/`
 * (built with BASE_PATH=/budget/), and Chromium at /usr/bin/chromium
 * (see scripts/ensure-chromium.sh). `npm test` builds both first.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    reporters: ['default', new SummaryReporter('e2e')],
  },
});
