import { describe, expect, it } from 'vitest';
import { indexStepLine, pagesStepLine, readBuildSteps } from './build-steps';

describe('build step lines', () => {
  it('are read back as printed, among the rest of the output', () => {
    const output = [
      '[build] Complete!',
      pagesStepLine(93.24, 2),
      'search index: 11619 pages',
      indexStepLine(40.06),
    ].join('\n');
    expect(output).toContain('✓ 页面：93.2 秒（2 个进程）');
    expect(readBuildSteps(output)).toEqual({ pagesSeconds: 93.2, parts: 2, indexSeconds: 40.1 });
  });

  it('refuses an output without them, showing its end', () => {
    expect(() => readBuildSteps('astro build failed')).toThrow(/did not report its steps:\nastro build failed/);
  });
});
