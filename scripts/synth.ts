/**
 * Writes a synthetic content tree for scale tests, never into content/:
 *
 *   npm run synth -- --reports 1000 --out /tmp/synth-1000 [--seed 1]
 *   CONTENT_DIR=/tmp/synth-1000 npm run build
 *
 * The tree has the layout of content/ (reports/<region>/<dept>/<year>.json, regions.json,
 * departments.json, sources/ with each report's own copy of its template's sources) plus
 * synth.json: the seed, the counts and the known inconsistencies.
 * Reports are validated against the schema.
 * See scripts/synth/generate.ts for how they are made.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { reportSourceFiles } from '../src/lib/bundles';
import { Report, reportStem } from '../src/schemas';
import { synthesize, type SynthContent } from './synth/generate';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function readTemplates(contentDir: string): Report[] {
  const dir = path.join(contentDir, 'reports');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .map((file) => Report.parse(JSON.parse(readFileSync(file, 'utf8'))));
}

/**
 * A province publishes one document per department and year: `report` gets its own copy of
 * each source it was read from, its references and SHA-256 updated, so that the downloads,
 * the source pages and the build's memory weigh what real content weighs. A PDF copy is the
 * template's bytes and a comment line naming the report after the end of the file, where
 * readers ignore it; a text copy ends with one more line break, so that the line numbers of
 * the references stay true.
 */
function withOwnSources(report: Report, from: string, out: string): Report {
  const stem = `${report.region}-${report.department.slug}-${reportStem(report)}`;
  let text = JSON.stringify(report);
  const hashes = new Map<string, string>();
  for (const file of reportSourceFiles(report)) {
    const pdf = file.endsWith('.pdf');
    const copy = file.replace(/(\.[^.]+)$/, `.${stem}$1`);
    const tail = Buffer.from(pdf ? `\n% ${stem}\n` : '\n');
    const bytes = Buffer.concat([readFileSync(path.join(from, 'sources', file)), tail]);
    writeFileSync(path.join(out, 'sources', copy), bytes);
    hashes.set(copy, createHash('sha256').update(bytes).digest('hex'));
    text = text.replaceAll(JSON.stringify(file), JSON.stringify(copy));
  }
  const own = JSON.parse(text) as Report;
  for (const f of own.source.files) f.sha256 = hashes.get(f.file) ?? f.sha256;
  return own;
}

/** Writes `content` under `out` (replacing a previous synthetic tree there). */
export function writeSynth(content: SynthContent, out: string, from: string, seed: number): void {
  const real = path.resolve(from);
  if (path.resolve(out) === real || path.resolve(out).startsWith(`${real}${path.sep}`)) {
    throw new Error(`synth: --out ${out} is inside the real content (${from}); choose another folder`);
  }
  if (existsSync(path.join(out, 'reports')) && !existsSync(path.join(out, 'synth.json'))) {
    throw new Error(`synth: ${out} holds content that synth did not write; choose an empty folder`);
  }
  rmSync(path.join(out, 'reports'), { recursive: true, force: true });
  rmSync(path.join(out, 'sources'), { recursive: true, force: true });
  mkdirSync(path.join(out, 'sources'), { recursive: true });
  for (const report of content.reports) {
    const file = path.join(out, 'reports', report.region, report.department.slug, `${reportStem(report)}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, json(Report.parse(withOwnSources(report, from, out))));
  }
  writeFileSync(path.join(out, 'regions.json'), json(content.regions));
  writeFileSync(path.join(out, 'departments.json'), json(content.departments));
  writeFileSync(
    path.join(out, 'synth.json'),
    json({
      synthetic: true,
      seed,
      reports: content.reports.length,
      regions: content.regions.length,
      departments: content.departments.length,
      inconsistencies: content.inconsistencies,
    }),
  );
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const count = Number(arg(args, '--reports'));
  const out = arg(args, '--out');
  const seed = Number(arg(args, '--seed') ?? 1);
  const from = arg(args, '--from') ?? 'content';
  if (!Number.isInteger(count) || count < 1 || !out || !Number.isInteger(seed)) {
    console.error('usage: npm run synth -- --reports N --out DIR [--seed S] [--from content]');
    process.exit(2);
  }
  const content = synthesize(readTemplates(from), count, seed);
  writeSynth(content, out, from, seed);
  console.log(
    `synth: ${content.reports.length} reports, ${content.departments.length} departments, ${content.regions.length} regions, ${content.inconsistencies.length} known inconsistencies → ${out}`,
  );
}
