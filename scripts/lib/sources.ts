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
import { classifyDocument } from '../../src/pipeline/classify';
import { parseDocument, type ParsedDocument } from '../../src/pipeline/document';
import { buildReports, type ReportSet } from '../../src/pipeline/model';
import { serializeReportSet, type OutputFile } from '../../src/pipeline/serialize';
import { Correction, Manifest, type ManifestEntry } from '../../src/schemas';

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
  const file = join(contentDir, 'corrections', entry.file.replace(/\.txt$/, '.json'));
  if (!existsSync(file)) return [];
  const list = readJson(file, z.array(Correction.omit({ file: true })));
  return list.map((c) => ({ file: entry.file, ...c }));
}

/**
 * The text of a source file. Text files are read as UTF-8; PDF files need the PDF reader
 * (not part of this importer yet): until then they are refused with what to do instead.
 */
export function readSource(path: string, buffer: Buffer = readFileSync(path)): string {
  if (/\.pdf$/i.test(path) || buffer.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new ImportError(`${path}：是 PDF 文件，本导入程序还不能直接读取 PDF；请先提供它的文字版（.txt）`);
  }
  return buffer.toString('utf8');
}

/** One registered file, checked against its sha256. */
function readRegistered(file: string, sha256: string): string {
  const path = join(sourcesDir, file);
  if (!existsSync(path)) throw new ImportError(`${file}：content/sources/ 中没有这个文件`);
  const buffer = readFileSync(path);
  const sha = createHash('sha256').update(buffer).digest('hex');
  if (sha !== sha256) {
    throw new ImportError(`${file}：内容与登记的 sha256 不符（来源文件不可修改；如确为新版本，请更新 manifest.json）`);
  }
  return readSource(path, buffer);
}

/** The report's text: its file, then its attachments, lines numbered on across files. */
function entryText(entry: ManifestEntry): string {
  return [entry, ...entry.attachments]
    .map((f) => readRegistered(f.file, f.sha256))
    .map((t, i, all) => (i < all.length - 1 && !t.endsWith('\n') ? `${t}\n` : t))
    .join('');
}

function importEntry(entry: ManifestEntry): ParsedDocument {
  const text = entryText(entry);
  const kind = classifyDocument(text);
  if (!kind.ok) throw new ImportError(`${entry.file}：${kind.reason}`);
  if (kind.type !== entry.documentType) {
    throw new ImportError(`${entry.file}：内容是 ${kind.type}，但 manifest.json 登记为 ${entry.documentType}`);
  }
  try {
    return parseDocument(entry, text, loadCorrections(entry));
  } catch (e) {
    throw new ImportError(`${entry.file}：${(e as Error).message}`);
  }
}

/** A file named on the command line: refuse what is not a disclosure before anything else. */
export function checkRequested(path: string, manifest: ManifestEntry[]): void {
  const file = resolve(path);
  if (!existsSync(file)) throw new ImportError(`${path}：文件不存在`);
  const kind = classifyDocument(readSource(file));
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
export function importAll(): ImportResult {
  const manifest = loadManifest();
  const docs = manifest.map(importEntry);
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
