import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run, sampleTree } from './measure';

describe('measuring a process tree', () => {
  it('samples the memory and the CPU time of every process under the root', async () => {
    // A shell whose child burns CPU for half a second.
    const shell = spawn('sh', ['-c', 'timeout 0.5 sh -c "while :; do :; done"; sleep 0.3'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 400));
    const tree = sampleTree(shell.pid!);
    await new Promise((r) => shell.on('close', r));
    expect(tree.rssBytes).toBeGreaterThan(0);
    expect(tree.cpuTicks.has(shell.pid!)).toBe(true);
    expect(tree.cpuTicks.size).toBeGreaterThanOrEqual(3); // sh, timeout, the loop
    expect(Math.max(...tree.cpuTicks.values())).toBeGreaterThan(5);
  });

  it('counts the CPU of a process its parent never waited for', async () => {
    // The loop is killed, not waited for: GNU time, which counts waited-for processes, misses it.
    const r = await run('sh', ['-c', 'sh -c "while :; do :; done" & sleep 1; kill -9 $!'], {}, '.', 50);
    expect(r.cpuSeconds).toBeGreaterThan(0.3);
  });
});
