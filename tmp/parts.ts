import { readFileSync } from 'node:fs';
import { toLines } from '../src/pipeline/lines';
import { splitParts } from '../src/pipeline/sections';
import { parseNarrativeParts } from '../src/pipeline/narrative';
import { parseOverview, parseGlossary } from '../src/pipeline/extras';
for (const f of process.argv.slice(2)) {
  const lines = toLines(readFileSync(f, 'utf8'));
  const p = splitParts(lines);
  console.log('###', f, 'cover', p.cover.length, 'toc', p.toc.length);
  for (const part of p.parts) console.log('  ', part.kind, part.numbered ? 'N' : ' ', part.heading?.n ?? '-', part.title.slice(0, 40), part.lines.length);
  const n = parseNarrativeParts(p.parts);
  console.log('  narrative:', n.map((s) => `${s.number}|${s.title.slice(0, 20)}|${s.paragraphs.length}`).join(' ; '));
  const o = parseOverview(p.parts);
  console.log('  overview:', o ? [o.duties?.slice(0, 30), o.organization?.slice(0, 30), o.sourceLines] : null);
  const g = parseGlossary(p.glossary);
  console.log('  glossary:', g.map((e) => e.term.slice(0, 12)).join(' / '));
}
