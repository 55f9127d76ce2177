import { readdirSync, readFileSync } from 'node:fs';
import { toLines } from '../src/pipeline/lines';
import { splitParts } from '../src/pipeline/sections';
import { parseNarrativeParts } from '../src/pipeline/narrative';
import { parseOverview, parseGlossary } from '../src/pipeline/extras';
const d = 'tests/fixtures/real-texts';
for (const f of readdirSync(d).filter((f) => f.endsWith('.txt')).sort()) {
  const p = splitParts(toLines(readFileSync(`${d}/${f}`, 'utf8')));
  const kinds = p.parts.map((x) => x.kind[0] + (x.numbered ? '' : '*')).join('');
  const n = parseNarrativeParts(p.parts);
  const o = parseOverview(p.parts);
  const g = parseGlossary(p.glossary);
  console.log(f.replace('.txt', '').padEnd(52), kinds.padEnd(22), 'sec', String(n.length).padStart(2), 'ov', o ? `${o.duties ? 'D' : '-'}${o.organization ? 'O' : '-'}` : '--', 'gl', g.length);
}
