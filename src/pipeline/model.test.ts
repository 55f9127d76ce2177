import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Manifest } from '../schemas';
import { parseDocument } from './document';
import { buildReports, ModelError } from './model';
import { seedText } from './test-support/seeds';

const manifest = Manifest.parse(
  JSON.parse(readFileSync(new URL('../../content/sources/manifest.json', import.meta.url), 'utf8')),
);
const entry003 = manifest.find((e) => e.file.startsWith('003'))!;

describe('buildReports', () => {
  it('writes the scope the title prints, or the one registered', () => {
    const printed = buildReports([parseDocument(entry003, seedText('003'), [])]);
    expect(printed.reports[0]!.scope).toBe('unit');
    const registered = buildReports([parseDocument({ ...entry003, scope: 'department' }, seedText('003'), [])]);
    expect(registered.reports[0]!.scope).toBe('department');
  });

  it('refuses two documents for one department and year instead of dropping one', () => {
    const other = { ...entry003, file: '003-copy.txt', scope: 'department' as const };
    expect(() =>
      buildReports([parseDocument(entry003, seedText('003'), []), parseDocument(other, seedText('003'), [])]),
    ).toThrow(ModelError);
    expect(() =>
      buildReports([parseDocument(entry003, seedText('003'), []), parseDocument(other, seedText('003'), [])]),
    ).toThrow(/003-copy\.txt 与 003_43d6a0f702d07029\.txt 都登记为 jincheng\/jingji-anjian\/2024/);
  });
});
