import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportSourceFiles } from '../src/lib/bundles';
import { Report, reportStem } from '../src/schemas';
import { synthesize } from './synth/generate';
import { readTemplates, writeSynth } from './synth';

describe('writeSynth', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'synth-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const templates = readTemplates('content');
  const content = synthesize(templates, 60, 1);
  writeSynth(content, out, 'content', 1);
  const written = content.reports.map((r) =>
    Report.parse(
      JSON.parse(readFileSync(path.join(out, 'reports', r.region, r.department.slug, `${reportStem(r)}.json`), 'utf8')),
    ),
  );

  it('gives every report its own copy of each source PDF, with the hash of the copy', () => {
    const pdfs = written.flatMap((r) => reportSourceFiles(r).filter((f) => f.endsWith('.pdf')));
    expect(pdfs.length).toBeGreaterThan(10);
    expect(new Set(pdfs).size).toBe(pdfs.length);
    for (const r of written) {
      for (const f of r.source.files) {
        const bytes = readFileSync(path.join(out, 'sources', f.file));
        expect(createHash('sha256').update(bytes).digest('hex'), f.file).toBe(f.sha256);
      }
    }
  });

  it('keeps the template PDF bytes in each copy and shares the texts', () => {
    const template = templates.flatMap(reportSourceFiles).find((f) => f.endsWith('.pdf'))!;
    const copy = written.flatMap(reportSourceFiles).find((f) => f.startsWith(template.replace(/\.pdf$/, '.')))!;
    const original = readFileSync(path.join('content/sources', template));
    expect(
      readFileSync(path.join(out, 'sources', copy))
        .subarray(0, original.length)
        .equals(original),
    ).toBe(true);
    expect(existsSync(path.join(out, 'sources', template))).toBe(false);
    const texts = written.flatMap(reportSourceFiles).filter((f) => !f.endsWith('.pdf'));
    for (const t of texts) expect(existsSync(path.join('content/sources', t)), t).toBe(true);
  });
});
