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
import { parseDocument, type ParsedDocument } from '../../src/pipeline/document';
import { buildReports, type ReportSet } from '../../src/pipeline/model';
import { serializeReportSet, type OutputFile } from '../../src/pipeline/serialize';
import { Correction, Manifest, type ManifestEntry, type SourceFile } from '../../src/schemas';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** content/, or CONTENT_DIR (as for the site build): the tests import into a copy. */
export const contentDir = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR) : join(root, 'content');
export const sourcesDir = join(contentDir, 'sources');

export class ImportError extends Error {}

export function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ImportError(`${relative(root, file)}：不是有效的 JSON（${(e as Error).message}）`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join('.') || '(根)'}：${i.message}`).join('\n');
    throw new ImportError(`${relative(root, file)}：不符合数据格式\n${issues}`);
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
  source: SourceFile;
  /** What the PDF reader reported (pages without text, fallback columns). */
  notes: string[];
}

export const isPdf = (file: string): boolean => /\.pdf$/i.test(file);

const lineCount = (text: string): number => Math.max(1, text.replace(/\r?\n$/, '').split(/\r?\n/).length);

/**
 * The text the text stages read: a text file as stored, or a PDF's rows as the reader
 * renders them (one line per row, cells by TAB) with the lines of each page. Lines are
 * numbered from `firstLine` (a report's files share one line space).
 */
export async function sourceText(name: string, sha256: string, bytes: Buffer, firstLine = 1): Promise<SourceText> {
  if (!isPdf(name)) {
    const text = bytes.toString('utf8');
    const last = firstLine + lineCount(text) - 1;
    return { text, source: { file: name, sha256, format: 'text', lines: [firstLine, last], pages: [] }, notes: [] };
  }
  try {
    const read = await readPdf(new Uint8Array(bytes));
    const rendered = renderPages(read.pages, firstLine);
    const last = firstLine + Math.max(1, rendered.lines.length) - 1;
    const pages = rendered.pages.map((p) => ({ page: p.page, lines: [p.lines.from, p.lines.to] as [number, number] }));
    return {
      text: rendered.text,
      source: { file: name, sha256, format: 'pdf', lines: [firstLine, last], pages },
      notes: read.warnings,
    };
  } catch (e) {
    if (e instanceof PdfError) throw new ImportError(`${name}：${e.message}`);
    throw e;
  }
}

/**
 * The text of a file given on the command line to --add (synchronous): text files as
 * UTF-8. A PDF is registered by hand for now (manifest.json), then imported like a text.
 */
export function readSource(path: string, buffer: Buffer = readFileSync(path)): string {
  if (/\.pdf$/i.test(path) || buffer.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new ImportError(
      `${path}：是 PDF 文件；--add 还不能登记 PDF，请把它复制到 content/sources/，在 manifest.json 中登记后运行 npm run import -- --all`,
    );
  }
  return buffer.toString('utf8');
}

/** One registered file, checked against its sha256, read from `firstLine` on. */
async function readRegistered(file: string, sha256: string, firstLine: number): Promise<SourceText> {
  const path = join(sourcesDir, file);
  if (!existsSync(path)) throw new ImportError(`${file}：content/sources/ 中没有这个文件`);
  const buffer = readFileSync(path);
  const sha = createHash('sha256').update(buffer).digest('hex');
  if (sha !== sha256) {
    throw new ImportError(`${file}：内容与登记的 sha256 不符（来源文件不可修改；如确为新版本，请更新 manifest.json）`);
  }
  return sourceText(file, sha256, buffer, firstLine);
}

/** The report's text: its file, then its attachments, lines numbered on across files. */
async function entryText(entry: ManifestEntry): Promise<{ text: string; files: SourceFile[]; notes: string[] }> {
  const parts = [entry, ...entry.attachments];
  let text = '';
  const files: SourceFile[] = [];
  const notes: string[] = [];
  for (const [i, f] of parts.entries()) {
    const read = await readRegistered(
      f.file,
      f.sha256,
      files.length === 0 ? 1 : (files.at(-1) as SourceFile).lines[1] + 1,
    );
    const own = i < parts.length - 1 && !read.text.endsWith('\n') ? `${read.text}\n` : read.text;
    text += own;
    files.push(read.source);
    notes.push(...read.notes.map((n) => (parts.length > 1 ? `${f.file}：${n}` : n)));
  }
  return { text, files, notes };
}

async function importEntry(entry: ManifestEntry): Promise<ParsedDocument> {
  const { text, files, notes } = await entryText(entry);
  const kind = classifyDocument(text);
  if (!kind.ok) throw new ImportError(`${entry.file}：${kind.reason}`);
  if (kind.type !== entry.documentType) {
    throw new ImportError(`${entry.file}：内容是 ${kind.type}，但 manifest.json 登记为 ${entry.documentType}`);
  }
  try {
    const doc = parseDocument(entry, text, loadCorrections(entry), files);
    const pdfWarnings = notes.map((message) => ({ code: 'pdf-reader', line: null, message }));
    return pdfWarnings.length > 0 ? { ...doc, warnings: [...pdfWarnings, ...doc.warnings] } : doc;
  } catch (e) {
    throw new ImportError(`${entry.file}：${(e as Error).message}`);
  }
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
  const docs: ParsedDocument[] = [];
  for (const entry of manifest) docs.push(await importEntry(entry));
  try {
    const set = buildReports(docs);
    return { docs, set, outputs: serializeReportSet(set) };
  } catch (e) {
    throw new ImportError((e as Error).message);
  }
}

export function loadManifest(): ManifestEntry[] {
  return readJson(join(sourcesDir, 'manifest.json'), Manifest);
}
