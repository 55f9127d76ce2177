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

  it('gives every report its own copy of each source, with the hash of the copy', () => {
    const files = written.flatMap(reportSourceFiles);
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(10);
    expect(files.filter((f) => f.endsWith('.txt')).length).toBeGreaterThan(10);
    expect(new Set(files).size).toBe(files.length);
    for (const r of written) {
      for (const f of r.source.files) {
        const bytes = readFileSync(path.join(out, 'sources', f.file));
        expect(createHash('sha256').update(bytes).digest('hex'), f.file).toBe(f.sha256);
      }
    }
  });

  it('keeps the bytes of the template in each copy, and the lines of a text', () => {
    for (const ext of ['.pdf', '.txt']) {
      const template = templates.flatMap(reportSourceFiles).find((f) => f.endsWith(ext))!;
      const copy = written.flatMap(reportSourceFiles).find((f) => f.startsWith(template.replace(ext, '.')))!;
      const original = readFileSync(path.join('content/sources', template));
      const bytes = readFileSync(path.join(out, 'sources', copy));
      expect(bytes.subarray(0, original.length).equals(original), copy).toBe(true);
      expect(existsSync(path.join(out, 'sources', template))).toBe(false);
      if (ext === '.txt') expect(bytes.length).toBe(original.length + 1);
    }
  });
});
