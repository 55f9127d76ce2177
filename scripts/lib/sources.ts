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
import { contractErrors } from '../../src/schemas/errors';
import { checkSourceText, decodeFile, manifestProblems } from './decode';
import { duplicateRowWarnings, unitScaleProblems } from './figure-guard';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** CONTENT_DIR (default ./content) points the importer at another tree, e.g. a temporary copy. */
export let contentDir = resolve(root, process.env.CONTENT_DIR?.trim() || 'content');
export let sourcesDir = join(contentDir, 'sources');

/** Point reading and writing at another content tree (the robustness tests use a temporary copy). */
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
  const { text, warnings } = decodeFile(buffer, entry.file);
  const kind = classifyDocument(text);
  if (!kind.ok) throw new ImportError(`${entry.file}：${kind.reason}`);
  if (kind.type !== entry.documentType) {
    throw new ImportError(`${entry.file}：内容是 ${kind.type}，但 manifest.json 登记为 ${entry.documentType}`);
  }
  checkSourceText(entry, text);
  let doc: ParsedDocument;
  try {
    doc = parseDocument(entry, text, loadCorrections(entry));
  } catch (e) {
    throw new ImportError(`${entry.file}：${(e as Error).message}`);
  }
  const added = [...warnings, ...duplicateRowWarnings(doc.tables)];
  return added.length === 0 ? doc : { ...doc, warnings: [...added, ...doc.warnings] };
}

/** A file named on the command line: refuse what is not a disclosure before anything else. */
export function checkRequested(path: string, manifest: ManifestEntry[]): void {
  const file = resolve(path);
  if (!existsSync(file)) throw new ImportError(`${path}：文件不存在`);
  const kind = classifyDocument(decodeFile(readFileSync(file), path).text);
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
  manifestProblems(manifest);
  const docs = manifest.map(importEntry);
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
