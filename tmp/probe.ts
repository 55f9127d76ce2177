import { readdirSync, readFileSync } from 'node:fs';
import { classifyDocument } from '../src/pipeline/classify';
const dirs = ['/work/coord/texts', '/work/shared/seeds'];
for (const d of dirs) for (const f of readdirSync(d).sort()) {
  if (f.endsWith('.md')) continue;
  const c = classifyDocument(readFileSync(`${d}/${f}`, 'utf8'));
  if (!c.ok) { console.log(f, 'FAIL', c.reason); continue; }
  console.log(f.padEnd(58), c.type, c.scope, c.year, c.department, c.region, JSON.stringify(c.holds), c.tablesAttached ? 'ATT' : '', '|', c.title, '|', c.tableTitles.length);
}
