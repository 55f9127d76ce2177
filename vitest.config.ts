import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/support/summary-reporter.ts';

/**
 * Unit tests: pure modules under src/ and scripts/, and the quality gates' own
 * tests on bad fixture pages (tests/quality/), no build and no browser.
 */
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/quality/**/*.test.ts',
      'tests/fixtures/**/*.test.ts',
      'tests/robustness/**/*.test.ts',
    ],
    environment: 'node',
    // One folder per run where test files share the PDF reader's results (src/pdf/test-support/cached-read.ts).
    globalSetup: ['tests/support/pdf-cache-setup.ts'],
    reporters: ['default', new SummaryReporter('unit')],
  },
});
