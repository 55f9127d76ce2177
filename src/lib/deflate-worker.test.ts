import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deflateOnWorker } from './deflate-worker';
import { compressFile, compressFileWith } from './zip';

describe('deflate on a worker thread', () => {
  it('gives the same entries as deflate on the main thread, for texts and binary files', async () => {
    const files = [
      { path: 'report.json', data: readFileSync('content/regions.json', 'utf8').repeat(50) },
      { path: 'sources/a.pdf', data: new Uint8Array(readFileSync('package-lock.json')) },
      { path: 'empty.txt', data: '' },
    ];
    const off = await Promise.all(files.map((f) => compressFileWith(f, deflateOnWorker)));
    expect(off).toEqual(files.map(compressFile));
    expect(off[0]!.deflated.length).toBeLessThan(off[0]!.size / 5);
  });

  it('refuses a bad entry path before any work is sent', async () => {
    await expect(compressFileWith({ path: '../x', data: 'x' }, deflateOnWorker)).rejects.toThrow(/bad entry path/);
  });
});
