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
/** CONTENT_DIR (default ./content) points the importer at another content tree, e.g. a test copy. */
export const contentDir = process.env.CONTENT_DIR?.trim()
  ? resolve(process.env.CONTENT_DIR.trim())
  : join(root, 'content');
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

function importEntry(entry: ManifestEntry): ParsedDocument {
  const file = join(sourcesDir, entry.file);
  if (!existsSync(file)) throw new ImportError(`${entry.file}：content/sources/ 中没有这个文件`);
  const buffer = readFileSync(file);
  const sha = createHash('sha256').update(buffer).digest('hex');
  if (sha !== entry.sha256) {
    throw new ImportError(
      `${entry.file}：内容与登记的 sha256 不符（来源文件不可修改；如确为新版本，请更新 manifest.json）`,
    );
  }
  const text = buffer.toString('utf8');
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
  const kind = classifyDocument(readFileSync(file).toString('utf8'));
  if (!kind.ok) throw new ImportError(`${path}：${kind.reason}`);
  const registered = manifest.some((e) => join(sourcesDir, e.file) === file);
  if (!registered) {
    throw new ImportError(
      `${path}：是${kind.type === 'budget' ? '部门预算' : '绩效目标表'}，但尚未登记：请复制到 content/sources/ 并在 manifest.json 中添加一项`,
    );
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
