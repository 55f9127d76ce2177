import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badPage } from './fixtures';
import { BUDGETS, KB, checkBudgets, fileForUrl, linkedResources, measurePage } from './lib/weight';

/** Deterministic text that gzip cannot shrink much: pseudo-random common CJK characters. */
function incompressibleText(characters: number): string {
  let seed = 20240101;
  let text = '';
  for (let i = 0; i < characters; i += 1) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    text += String.fromCodePoint(0x4e00 + ((seed >>> 0) % 5000));
    if (i % 60 === 59) text += '\n';
  }
  return text;
}

describe('page weight gate', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'quality-weight-'));
    await cp(badPage('good'), path.join(dir, 'good'), { recursive: true });
    // The oversized report page: a normal shell with ~90 KB of incompressible text.
    await cp(badPage('good'), path.join(dir, 'r', 'x', 'y', '2024'), { recursive: true });
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>超重</title>
<link rel="stylesheet" href="style.css"><link rel="stylesheet" href="/missing.css"></head>
<body><main><h1>超重的报告页</h1><p>${incompressibleText(30_000)}</p></main></body></html>`;
    await writeFile(path.join(dir, 'r', 'x', 'y', '2024', 'index.html'), html);
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds stylesheets and scripts in the HTML', () => {
    const found = linkedResources(
      `<link rel="preload" href="a.css"><link href="b.css" rel="stylesheet"><!-- <link rel="stylesheet" href="c.css"> -->
       <script src="/x.js"></script><script>inline()</script>`,
    );
    expect(found).toEqual({ stylesheets: ['b.css'], scripts: ['/x.js'], inlineScripts: 1 });
    expect(fileForUrl('/d', '/budget/', 'r/x/', '../../_astro/a.css')).toBe(path.join('/d', '_astro', 'a.css'));
    expect(fileForUrl('/d', '/budget/', 'r/x/', '/elsewhere/a.css')).toBeUndefined();
    expect(fileForUrl('/d', '/', '', 'https://cdn.example.org/a.css')).toBeUndefined();
  });

  it('a normal page is within budget', async () => {
    const weight = await measurePage(dir, '/', {
      file: path.join(dir, 'good', 'index.html'),
      path: 'good/',
      type: 'report',
    });
    expect(weight.stylesheets.map((s) => s.url)).toEqual(['/good/style.css']);
    expect(weight.totalGzip).toBe(weight.htmlGzip + weight.cssGzip);
    expect(weight.totalGzip).toBeLessThan(2 * KB);
    expect(checkBudgets([weight])).toEqual([]);
  });

  it('fails an oversized report page and prints the figure, and a missing stylesheet', async () => {
    const weight = await measurePage(dir, '/', {
      file: path.join(dir, 'r', 'x', 'y', '2024', 'index.html'),
      path: 'r/x/y/2024/',
      type: 'report',
    });
    expect(BUDGETS.find((b) => b.type === 'report')?.maxGzip).toBe(40 * KB);
    const problems = checkBudgets([weight]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe('/r/x/y/2024/: linked stylesheet /missing.css is not in the build');
    expect(problems[1]).toMatch(
      /^\/r\/x\/y\/2024\/: \d+\.\d KB gzip \(HTML \d+\.\d KB \+ CSS 0\.\d KB\) exceeds the report page budget of 40\.0 KB by \d+\.\d KB$/,
    );
  });
});
