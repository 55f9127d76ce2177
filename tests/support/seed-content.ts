/**
 * The five seed documents' part of content/: a content tree (their sources, manifest entries,
 * corrections, reports, change logs, regions and departments) such as `npm run import -- --all`
 * writes from the seeds alone. Tests that import into a copy of content/ (the robustness corpus,
 * `--add`, the change log, the seeds' golden results, the escaping and reuse builds) start from
 * it: what they test is the import of the seeds and of their own cases, and an import of every
 * published PDF beside them would cost ~20 s a run without testing anything more.
 * `scripts/import.test.ts` proves the tree is what the importer makes of the seeds (byte for byte).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonText as json, type Department, type ManifestEntry, type Region, type Report } from '../../src/schemas';
import { SEEDS } from '../../src/pipeline/test-support/seeds';

const committed = resolve(dirname(fileURLToPath(import.meta.url)), '../../content');
export const SEED_FILES: readonly string[] = Object.values(SEEDS);

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Every file of a seed entry (the file and its attachments). */
const filesOf = (e: ManifestEntry): string[] => [e.file, ...(e.attachments ?? []).map((a) => a.file)];

/** A report is the seeds' when every file it was read from is a seed. */
function fromSeeds(report: Report): boolean {
  const files = [
    ...report.source.files.map((f) => f.file),
    ...report.performance.projects.flatMap((p) => p.sources.map((s) => s.file)),
  ];
  return files.every((f) => SEED_FILES.includes(f));
}

/** Writes the seeds' content tree into `target` (created if needed) from the committed `from`. */
export function writeSeedContent(target: string, from: string = committed): string {
  const manifest = readJson<ManifestEntry[]>(join(from, 'sources/manifest.json'));
  const entries = manifest.filter((e) => filesOf(e).every((f) => SEED_FILES.includes(f)));
  const missing = SEED_FILES.filter((f) => !entries.some((e) => filesOf(e).includes(f)));
  if (missing.length > 0) throw new Error(`seed content: ${missing.join(', ')} not registered in ${from}`);

  mkdirSync(join(target, 'sources'), { recursive: true });
  writeFileSync(join(target, 'sources/manifest.json'), json(entries));
  for (const f of entries.flatMap(filesOf)) cpSync(join(from, 'sources', f), join(target, 'sources', f));
  for (const f of entries.flatMap(filesOf)) {
    const correction = join('corrections', f.replace(/\.(txt|pdf)$/, '.json'));
    if (existsSync(join(from, correction))) cpSync(join(from, correction), join(target, correction));
  }
  cpSync(join(from, 'report.schema.json'), join(target, 'report.schema.json'));

  const reports = join(from, 'reports');
  const kept: Report[] = [];
  for (const d of readdirSync(reports, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || !d.name.endsWith('.json')) continue;
    const path = relative(from, join(d.parentPath, d.name));
    const report = readJson<Report>(join(from, path));
    if (!fromSeeds(report)) continue;
    kept.push(report);
    mkdirSync(dirname(join(target, path)), { recursive: true });
    cpSync(join(from, path), join(target, path));
    const history = path.replace(/^reports\//, 'history/').replace(/\.json$/, '.jsonl');
    if (existsSync(join(from, history))) cpSync(join(from, history), join(target, history));
  }

  const regionSlugs = new Set(entries.map((e) => e.region.slug));
  const regions = readJson<Region[]>(join(from, 'regions.json')).filter((r) => regionSlugs.has(r.slug));
  writeFileSync(join(target, 'regions.json'), json(regions));
  const departments = readJson<Department[]>(join(from, 'departments.json')).flatMap((d) => {
    const mine = kept.filter((r) => r.region === d.region && r.department.slug === d.slug);
    const list = d.reports.filter((x) => mine.some((r) => r.year === x.year && r.documentType === x.documentType));
    return list.length > 0 ? [{ ...d, reports: list }] : [];
  });
  writeFileSync(join(target, 'departments.json'), json(departments));
  return target;
}

let made: string | undefined;

/**
 * The seeds' content tree in a temporary folder, made once per test file (process); tests
 * copy it or read it, never write into it.
 */
export function seedContentDir(): string {
  if (made) return made;
  const dir = mkdtempSync(join(tmpdir(), 'seed-content-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  made = writeSeedContent(join(dir, 'content'));
  return made;
}

/** A fresh, writable copy of the seeds' content tree at `target`. */
export function copySeedContent(target: string): string {
  cpSync(seedContentDir(), target, { recursive: true });
  return target;
}
