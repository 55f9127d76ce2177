/**
 * Hand-checked rows of one table page per producer (golden/*.json, each read against the
 * printed page): the reader's table rows must be exactly these.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from './reader';
import { realDocsDir } from './test-support/real-docs';

interface Golden {
  file: string;
  page: number;
  producer: string;
  rows: string[][];
}

const goldenDir = join(import.meta.dirname, 'golden');
const goldens = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, golden: JSON.parse(readFileSync(join(goldenDir, f), 'utf8')) as Golden }));

describe.skipIf(!realDocsDir)('golden table pages', () => {
  it('cover WPS, Excel and PScript', () => {
    const producers = goldens.map((g) => g.golden.producer).join(' ');
    for (const p of ['WPS', 'Excel', 'PScript']) expect(producers).toContain(p);
  });
  for (const { name, golden } of goldens) {
    it(`${name}: ${golden.file} p${golden.page}`, async () => {
      const read = await readPdf(new Uint8Array(readFileSync(join(realDocsDir as string, golden.file))));
      const page = read.pages.find((p) => p.page === golden.page);
      const rows = page?.rows.filter((r) => r.kind === 'table').map((r) => r.cells.map((c) => c.text));
      expect(rows).toEqual(golden.rows);
    }, 20_000);
  }
});
