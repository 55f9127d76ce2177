import type { ChildProcess } from 'node:child_process';

/**
 * Resolves when `child` exits with status 0, else fails with `<what> 失败（<status or
 * signal>）`. With `stderr` (the child spawned with its stderr piped), what the child printed
 * there is the error's message when it printed anything: its own words say what failed.
 */
export function exited(child: ChildProcess, what: string, options: { stderr?: boolean } = {}): Promise<void> {
  let stderr = '';
  if (options.stderr) child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    // 'close', not 'exit': the child's stdio is closed by then, so its stderr is whole.
    child.on('close', (code, signal) =>
      code === 0 ? done() : fail(new Error(stderr.trim() || `${what} 失败（${signal ?? code}）`)),
    );
  });
}
