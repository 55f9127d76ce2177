import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../schemas';
import { classifyDocument } from './classify';
import { parseDocument } from './document';

const dir = new URL('../../tests/fixtures/real-texts/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');

/** Parse a real text with the entry `--add` would propose for it (facts from the document). */
function parse(name: string) {
  const text = read(name);
  return parseDocument(entryFor(text), text, []);
}

function entryFor(text: string): ManifestEntry {
  const c = classifyDocument(text);
  if (!c.ok) throw new Error(c.reason);
  return {
    file: 'real.txt',
    sha256: '0'.repeat(64),
    attachments: [],
    title: c.title ?? '',
    publishedBy: c.department ?? '',
    region: { slug: 'region', name: c.region ?? '' },
    year: c.year!,
    documentType: c.type,
    departments: [{ slug: 'dept', name: c.department ?? '', shortName: '', code: null, match: [] }],
  };
}

// Every document with a narrative (not the tables-only files), in both pdftotext shapes.
// A tables file read after its narrative (as `attachments` are) is checked below.
const narratives = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && !f.includes('-tables.'))
  .sort();

describe('the narrative part of every real document', () => {
  it('covers the 23 documents with a narrative in two shapes', () => expect(narratives).toHaveLength(46));

  it.each(narratives)('%s: 概况, sections and glossary', (name) => {
    const doc = parse(name);
    expect(doc.overview?.duties?.length ?? 0).toBeGreaterThan(20);
    expect(doc.narrative.length).toBeGreaterThanOrEqual(6);
    expect(doc.glossary.length).toBeGreaterThanOrEqual(6);
    expect(doc.scope).toBe(name.includes('unit-budget') ? 'unit' : 'department');
    // None of them prints KPI forms; a table's 项目名称 header is not one.
    expect(doc.kpi.projects).toEqual([]);
  });
});

describe('a narrative and its tables file read as one text', () => {
  it.each(['2019-jiangsu-party-committee-office-budget', '2017-jiangsu-cppcc-office-budget'])('%s', (stem) => {
    for (const shape of ['layout', 'raw']) {
      const text = `${read(`${stem}.${shape}.txt`)}${read(`${stem}-tables.${shape}.txt`)}`;
      const c = classifyDocument(text);
      expect(c.ok && [c.type, c.holds, c.tablesAttached]).toEqual(['budget', { narrative: true, tables: true }, true]);
      expect(parseDocument(entryFor(text), text, []).kpi.projects).toEqual([]);
    }
  });
});

// Figures read from the texts at the lines given in each case.
describe('procurement and assets where printed', () => {
  it('reads 政府采购 from the words when the section is not the seeds’ 九 (Jiangsu 2018 l.905–909, Shanghai l.380–382)', () => {
    const jiangsu = parse('2018-jiangsu-npc-office-budget.layout.txt').procurement!;
    expect([jiangsu.total, jiangsu.goods, jiangsu.works, jiangsu.services]).toEqual(['2064.25', '59', '0', '2005.25']);
    const shanghai = parse('2025-putuo-commerce-commission-budget.raw.txt').procurement!;
    expect([shanghai.total, shanghai.goods, shanghai.works, shanghai.services]).toEqual([
      '38.20',
      '7.80',
      '0',
      '30.40',
    ]);
    // 工程 not printed (2019 procuratorate l.979–984): blank, not zero.
    const procuratorate = parse('2019-jiangsu-procuratorate-budget.layout.txt').procurement!;
    expect([procuratorate.total, procuratorate.goods, procuratorate.works]).toEqual(['2744.84', '303.4', null]);
  });

  it('counts the vehicles held, not those the budget plans to buy', () => {
    const held = parse('2026-putuo-justice-bureau-unit-budget.raw.txt').assets!;
    expect(held.asOf).toBe('2025年8月31日');
    expect(held.vehicles!.actual).toBe(3);
    expect(held.vehicles!.breakdown).toHaveLength(8);
    expect(held.vehicles!.breakdown.find((b) => b.kind === '执法执勤用车')!.count).toBe(3);
    const procuratorate = parse('2019-jiangsu-procuratorate-budget.layout.txt').assets!;
    expect(procuratorate.vehicles).toEqual({
      quota: null,
      actual: 55,
      breakdown: [
        { kind: '一般公务用车', count: 13 },
        { kind: '执法执勤用车', count: 40 },
        { kind: '其他用车', count: 2 },
      ],
    });
  });
});
