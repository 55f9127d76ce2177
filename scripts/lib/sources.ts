/**
 * Reading the committed sources: manifest, source texts (checked against their sha256),
 * corrections. Shared by the import CLI and the tests; throws ImportError with the file
 * and the reason for anything that breaks the contract.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PdfError, readPdf, renderPages } from '../../src/pdf';
import { classifyDocument } from '../../src/pipeline/classify';
import { parseDocument, textSource, type ParsedDocument } from '../../src/pipeline/document';
import { buildReports, type ReportSet } from '../../src/pipeline/model';
import { serializeReportSet, type OutputFile } from '../../src/pipeline/serialize';
import { Correction, Manifest, type ManifestEntry, type SourceFile, type Warning } from '../../src/schemas';
import { contractErrors } from '../../src/schemas/errors';
import { checkSourceText, decodeFile, manifestProblems } from './decode';
import { duplicateRowWarnings, numberAsTextWarnings, unitLineWarnings, unitScaleProblems } from './figure-guard';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** content/, or CONTENT_DIR (as for the site build): the tests import into a copy. */
export let contentDir = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR) : join(root, 'content');
export let sourcesDir = join(contentDir, 'sources');

/** Point reading and writing at another content tree (the robustness corpus, in one process). */
export function useContentDir(dir: string): void {
  contentDir = resolve(dir);
  sourcesDir = join(contentDir, 'sources');
}

export class ImportError extends Error {}

/** A path as the maintainer sees it: relative to the folder that holds content/. */
const shown = (file: string): string => relative(dirname(contentDir), file);

export function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ImportError(`${shown(file)}：不是有效的 JSON（${(e as Error).message}）`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = contractErrors(shown(file), data, result.error)
      .map((e) => `  ${e.path}：应为${e.expected}，实际为${e.found}`)
      .join('\n');
    throw new ImportError(`${shown(file)}：不符合数据格式\n${issues}`);
  }
  return result.data;
}

function loadCorrections(entry: ManifestEntry): Correction[] {
  const file = join(contentDir, 'corrections', entry.file.replace(/\.(txt|pdf)$/, '.json'));
  if (!existsSync(file)) return [];
  const list = readJson(file, z.array(Correction.omit({ file: true })));
  return list.map((c) => ({ file: entry.file, ...c }));
}

export interface SourceText {
  text: string;
  /** Where each part of the text came from: per file, its lines in the report and, for a PDF, its pages. */
  files: SourceFile[];
  /** What the PDF reader reported (pages without text, fallback columns). */
  notes: string[];
  /** How a text file was decoded, when not plain UTF-8 with LF (scripts/lib/decode.ts). */
  decoding?: Warning[];
}

export const isPdf = (file: string, bytes?: Buffer): boolean =>
  /\.pdf$/i.test(file) || bytes?.subarray(0, 5).toString('latin1') === '%PDF-';

/**
 * The text the text stages read: a text file as stored, or a PDF's rows as the reader
 * renders them (one line per row, cells by TAB) with the lines of each page.
 */
export async function sourceText(name: string, sha256: string, bytes: Buffer): Promise<SourceText> {
  if (!isPdf(name, bytes)) {
    const { text, warnings } = decodeFile(bytes, name);
    return { text, files: [textSource({ file: name, sha256 } as ManifestEntry, text)], notes: [], decoding: warnings };
  }
  try {
    const read = await readPdf(new Uint8Array(bytes));
    const rendered = renderPages(read.pages);
    const last = Math.max(1, rendered.lines.length);
    const pages = rendered.pages.map((p) => ({ page: p.page, lines: [p.lines.from, p.lines.to] as [number, number] }));
    return {
      text: rendered.text,
      files: [{ file: name, sha256, format: 'pdf', lines: [1, last], pages }],
      notes: read.warnings.map((w) => `${name}：${w}`),
    };
  } catch (e) {
    if (e instanceof PdfError) throw new ImportError(`${name}：${e.message}`);
    throw e;
  }
}

/** One registered file, checked against its sha256. */
function readRegistered(file: string, sha256: string): Buffer {
  const path = join(sourcesDir, file);
  if (!existsSync(path)) throw new ImportError(`${file}：content/sources/ 中没有这个文件`);
  const buffer = readFileSync(path);
  const sha = createHash('sha256').update(buffer).digest('hex');
  if (sha !== sha256) {
    throw new ImportError(`${file}：内容与登记的 sha256 不符（来源文件不可修改；如确为新版本，请更新 manifest.json）`);
  }
  return buffer;
}

const shift = ([from, to]: [number, number], by: number): [number, number] => [from + by, to + by];

/**
 * Texts of several files read as one: each part after the first starts on a new line, and
 * its lines and pages are numbered on from where the previous part ended.
 */
export function joinSourceTexts(parts: SourceText[]): SourceText {
  let offset = 0;
  const files: SourceFile[] = [];
  const texts: string[] = [];
  parts.forEach((part, i) => {
    const text = i < parts.length - 1 && !part.text.endsWith('\n') ? `${part.text}\n` : part.text;
    for (const f of part.files) {
      files.push({
        ...f,
        lines: shift(f.lines, offset),
        pages: f.pages.map((p) => ({ ...p, lines: shift(p.lines, offset) })),
      });
    }
    texts.push(text);
    offset += text.split('\n').length - 1;
  });
  return {
    text: texts.join(''),
    files,
    notes: parts.flatMap((p) => p.notes),
    decoding: parts.flatMap((p) => p.decoding ?? []),
  };
}

/** The report's text: its file, then its attachments, lines numbered on across files. */
async function entryText(entry: ManifestEntry): Promise<SourceText> {
  const parts: SourceText[] = [];
  for (const f of [entry, ...entry.attachments])
    parts.push(await sourceText(f.file, f.sha256, readRegistered(f.file, f.sha256)));
  return joinSourceTexts(parts);
}

async function importEntry(entry: ManifestEntry): Promise<ParsedDocument> {
  const { text, files, notes, decoding = [] } = await entryText(entry);
  const kind = classifyDocument(text);
  if (!kind.ok) throw new ImportError(`${entry.file}：${kind.reason}`);
  if (kind.type !== entry.documentType) {
    throw new ImportError(`${entry.file}：内容是 ${kind.type}，但 manifest.json 登记为 ${entry.documentType}`);
  }
  checkSourceText(entry, text);
  let doc: ParsedDocument;
  try {
    doc = parseDocument(entry, text, loadCorrections(entry), files);
  } catch (e) {
    throw new ImportError(`${entry.file}：${(e as Error).message}`);
  }
  const added = [
    ...notes.map((message) => ({ code: 'pdf-reader', line: null, message })),
    ...decoding,
    ...unitLineWarnings(doc.tables, text),
    ...duplicateRowWarnings(doc.tables),
    ...numberAsTextWarnings(doc.tables),
  ];
  return added.length > 0 ? { ...doc, warnings: [...added, ...doc.warnings] } : doc;
}

/** A file named on the command line: refuse what is not a disclosure before anything else. */
export async function checkRequested(path: string, manifest: ManifestEntry[]): Promise<void> {
  const file = resolve(path);
  if (!existsSync(file)) throw new ImportError(`${path}：文件不存在`);
  const bytes = readFileSync(file);
  const { text } = await sourceText(path, createHash('sha256').update(bytes).digest('hex'), bytes);
  const kind = classifyDocument(text);
  if (!kind.ok) throw new ImportError(`${path}：${kind.reason}`);
  const registered = manifest.some((e) =>
    [e.file, ...e.attachments.map((a) => a.file)].some((f) => join(sourcesDir, f) === file),
  );
  if (!registered) {
    const scope = kind.scope === 'unit' ? '单位' : '部门';
    const name = { budget: `${scope}预算`, 'final-accounts': `${scope}决算`, 'performance-targets': '绩效目标表' }[
      kind.type
    ];
    throw new ImportError(`${path}：是${name}，但尚未登记：请用 npm run import -- --add ${path} 添加`);
  }
}

export interface ImportResult {
  docs: ParsedDocument[];
  set: ReportSet;
  outputs: OutputFile[];
}

/** Parse every registered document and build the validated output files, in memory. */
export async function importAll(): Promise<ImportResult> {
  const manifest = loadManifest();
  manifestProblems(manifest);
  const docs: ParsedDocument[] = [];
  for (const entry of manifest) docs.push(await importEntry(entry));
  try {
    const set = buildReports(docs);
    const scale = set.reports.flatMap(unitScaleProblems);
    if (scale.length > 0) throw new ImportError(scale.join('\n'));
    return { docs, set, outputs: serializeReportSet(set) };
  } catch (e) {
    throw new ImportError((e as Error).message);
  }
}

export function loadManifest(): ManifestEntry[] {
  return readJson(join(sourcesDir, 'manifest.json'), Manifest);
}
