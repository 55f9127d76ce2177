import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exited } from './exited';

const node = (code: string, stderr: 'pipe' | 'ignore') =>
  spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'ignore', stderr] });

describe('exited', () => {
  it('resolves on status 0', async () => {
    await expect(exited(node('', 'ignore'), 'step')).resolves.toBeUndefined();
  });

  it('fails with what failed and the status', async () => {
    await expect(exited(node('process.exit(3)', 'ignore'), 'astro build')).rejects.toThrow('astro build 失败（3）');
  });

  it("with stderr, fails with the child's own message", async () => {
    const child = node('console.error("Pagefind writeFiles() failed"); process.exit(1)', 'pipe');
    await expect(exited(child, 'shard', { stderr: true })).rejects.toThrow(/^Pagefind writeFiles\(\) failed$/);
  });

  it('with stderr, a child that printed nothing fails as without', async () => {
    await expect(exited(node('process.exit(1)', 'pipe'), 'shard', { stderr: true })).rejects.toThrow('shard 失败（1）');
  });
});
