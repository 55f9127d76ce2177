/**
 * Benchmarks, printed as figures and as ratios against a baseline measured in the same run:
 *
 *   import   parse + model + validate + serialise all registered documents, against the
 *            baseline of only reading the files and splitting them into lines;
 *   scale    the same pipeline on the documents repeated ×10, against ×1 (linearity);
 *   output   bytes of the committed JSON and of the built site (gzip), when dist/ exists.
 *
 * Run: npm run bench. Results also go to reports/bench.json.
 *
 * With --reports (npm run bench -- --reports 100,300,1000) it runs the site benchmark
 * instead: scripts/bench/site.ts (full builds of synthetic content against a bare Astro
 * baseline, to bench/results.json).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parseDocument } from '../src/pipeline/document';
import { toLines } from '../src/pipeline/lines';
import { buildReports } from '../src/pipeline/model';
import { serializeReportSet } from '../src/pipeline/serialize';
import { contentDir, loadManifest, root, sourcesDir } from './lib/sources';
import type { Correction } from '../src/schemas';
import { siteBenchFromArgs } from './bench/site';

if (await siteBenchFromArgs(process.argv.slice(2), root)) process.exit(0);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, fn: () => void): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

const manifest = loadManifest();
const texts = manifest.map((e) => readFileSync(join(sourcesDir, e.file), 'utf8'));
const corrections = manifest.map((e) => {
  const file = join(contentDir, 'corrections', e.file.replace(/\.txt$/, '.json'));
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as Omit<Correction, 'file'>[]).map((c) => ({ file: e.file, ...c }));
});

const pipeline = (copies: number) => (): void => {
  for (let c = 0; c < copies; c++) {
    const docs = manifest.map((e, i) => parseDocument(e, texts[i]!, corrections[i]!));
    serializeReportSet(buildReports(docs));
  }
};

const baseline = time(20, () => {
  for (const e of manifest) toLines(readFileSync(join(sourcesDir, e.file), 'utf8'));
});
const importMs = time(10, pipeline(1));
const scaledMs = time(3, pipeline(10));

const reportFiles = filesUnder(join(contentDir, 'reports'));
const jsonBytes = reportFiles.reduce((n, f) => n + statSync(f).size, 0);
const jsonGzip = reportFiles.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);

const distFiles = filesUnder(join(root, 'dist'));
const htmlFiles = distFiles.filter((f) => f.endsWith('.html'));
const distBytes = distFiles.reduce((n, f) => n + statSync(f).size, 0);
const largestHtml = htmlFiles
  .map((f) => ({ file: f.slice(root.length + 1), gzip: gzipSync(readFileSync(f), { level: 9 }).length }))
  .sort((a, b) => b.gzip - a.gzip)[0];

const results = {
  documents: manifest.length,
  import: { baselineMs: round(baseline), pipelineMs: round(importMs), ratio: round(importMs / baseline) },
  scale: { x1Ms: round(importMs), x10Ms: round(scaledMs), ratio: round(scaledMs / importMs) },
  output: {
    reportJsonFiles: reportFiles.length,
    reportJsonBytes: jsonBytes,
    reportJsonGzipBytes: jsonGzip,
    distFiles: distFiles.length,
    distHtmlPages: htmlFiles.length,
    distBytes,
    largestHtmlGzip: largestHtml ?? null,
  },
};

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

console.log(
  `导入 ${manifest.length} 个文件：${results.import.pipelineMs} ms（基线：只读文件和分行 ${results.import.baselineMs} ms，${results.import.ratio} 倍）`,
);
console.log(`规模：×10 文件 ${results.scale.x10Ms} ms，是 ×1 的 ${results.scale.ratio} 倍（线性为 10）`);
console.log(`数据：${reportFiles.length} 个报告 JSON，${jsonBytes} 字节，gzip ${jsonGzip} 字节`);
if (distFiles.length > 0) {
  console.log(
    `站点：${htmlFiles.length} 个页面，共 ${distFiles.length} 个文件 ${distBytes} 字节；最大页面 ${largestHtml?.file}（gzip ${largestHtml?.gzip} 字节）`,
  );
} else {
  console.log('站点：尚未构建（先运行 npm run build 以测量 dist/）');
}
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
