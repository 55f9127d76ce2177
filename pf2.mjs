import * as pagefind from 'pagefind';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
const site = process.argv[2];
let t = performance.now();
const files = [];
for (const e of await readdir(site, { withFileTypes: true, recursive: true })) {
  if (!e.isFile() || !e.name.endsWith('.html')) continue;
  const f = path.join(e.parentPath, e.name);
  const html = await readFile(f, 'utf8');
  if (html.includes('data-pagefind-body') && files.length < Number(process.argv[3] ?? 1e9)) files.push([path.relative(site, f), html]);
}
console.log('scan', files.length, Math.round(performance.now() - t)); t = performance.now();
const { index } = await pagefind.createIndex({ excludeSelectors: ['svg', 'figure.chart', '[role="img"]', 'form'] });
const B = 64;
for (let i = 0; i < files.length; i += B) {
  const rs = await Promise.all(files.slice(i, i + B).map(([sourcePath, content]) => index.addHTMLFile({ sourcePath, content })));
  for (const r of rs) if (r.errors.length) console.log(r.errors);
}
console.log('add', Math.round(performance.now() - t)); t = performance.now();
const w = await index.writeFiles({ outputPath: '/tmp/pf2-out' });
console.log('write', Math.round(performance.now() - t), w.errors);
await pagefind.close();
