/**
 * Benchmarks, printed as figures and as ratios against a baseline measured in the same run:
 *
 *   import   parse + model + validate + serialise all registered documents, against the
 *            baseline of only reading the files and splitting them into lines;
 *   scale    the same pipeline on the documents repeated ×10, against ×1 (linearity);
 *   output   bytes of the committed JSON and of the built site (gzip), when dist/ exists;
 *   pdf      the PDF reader on the PDFs in ../shared/real-docs against pdfjs text extraction
 *            alone, each side in its own process: time per page and peak RSS.
 *
 * Run: npm run bench. Results also go to reports/bench.json.
 *
 * With --reports (npm run bench -- --reports 100,300,1000) it runs the site benchmark
 * instead: scripts/bench/site.ts (full builds of synthetic content against a bare Astro
 * baseline, to bench/results.json).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parseDocument } from '../src/pipeline/document';
import { toLines } from '../src/pipeline/lines';
import { buildReports } from '../src/pipeline/model';
import { serializeReportSet } from '../src/pipeline/serialize';
import { contentDir, loadManifest, root, sourcesDir, sourceText } from './lib/sources';
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
const sources = await Promise.all(
  manifest.map((e) => sourceText(e.file, e.sha256, readFileSync(join(sourcesDir, e.file)))),
);
const texts = sources.map((s) => s.text);
const corrections = manifest.map((e) => {
  const file = join(contentDir, 'corrections', e.file.replace(/\.(txt|pdf)$/, '.json'));
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as Omit<Correction, 'file'>[]).map((c) => ({ file: e.file, ...c }));
});

const pipeline = (copies: number) => (): void => {
  for (let c = 0; c < copies; c++) {
    const docs = manifest.map((e, i) => parseDocument(e, texts[i]!, corrections[i]!, sources[i]!.files));
    serializeReportSet(buildReports(docs));
  }
};

const baseline = time(20, () => {
  for (const t of texts) toLines(t);
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

interface PdfSide {
  files: number;
  pages: number;
  ms: number;
  peakRssMb: number;
  error?: string;
}

/** One side of the PDF bench in a fresh process (its own peak RSS). */
function pdfSide(mode: 'baseline' | 'reader'): PdfSide | null {
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/bench-pdf-worker.ts'), mode], {
    cwd: root,
    encoding: 'utf8',
  });
  const last = run.stdout.trim().split('\n').at(-1);
  if (run.status !== 0 || !last) return null;
  const side = JSON.parse(last) as PdfSide;
  return side.error ? null : side;
}

const pdfBaseline = pdfSide('baseline');
const pdfReader = pdfBaseline ? pdfSide('reader') : null;
const perPage = (s: PdfSide): number => round(s.ms / s.pages);
const pdf =
  pdfBaseline && pdfReader
    ? {
        files: pdfReader.files,
        pages: pdfReader.pages,
        baseline: { msPerPage: perPage(pdfBaseline), peakRssMb: round(pdfBaseline.peakRssMb) },
        reader: { msPerPage: perPage(pdfReader), peakRssMb: round(pdfReader.peakRssMb) },
        ratio: round(pdfReader.ms / pdfBaseline.ms),
      }
    : null;

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
  pdf,
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
if (pdf) {
  console.log(
    `PDF：${pdf.files} 个文件 ${pdf.pages} 页，读取 ${pdf.reader.msPerPage} ms/页、峰值内存 ${pdf.reader.peakRssMb} MB` +
      `（基线：pdfjs 只提取文字 ${pdf.baseline.msPerPage} ms/页、${pdf.baseline.peakRssMb} MB，${pdf.ratio} 倍）`,
  );
} else {
  console.log('PDF：没有 ../shared/real-docs，未测量');
}
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
