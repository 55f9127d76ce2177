/**
 * `npm run import -- --add <file> [<file>…] [flags]`: register new published documents.
 *
 * Reads the files, proposes the manifest entry from what they print (propose.ts), copies
 * them into content/sources/ (never over a different file of the same name), appends the
 * entry to manifest.json, prints it and imports. If the import fails, the manifest and the
 * copied files are put back as they were.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { reportStem, Scope, type ManifestEntry } from '../../src/schemas';
import { proposeEntry, ProposeError, type AddFlags, type Known, type KnownDepartment } from './propose';
import { ImportError, loadManifest, sourceText, sourcesDir } from './sources';

export const ADD_USAGE = `用法：npm run import -- --add <文件> [<文件>…] [选项]
  多个文件（如说明文件和“公开表附后”的报表文件）合为一份报告。
  只有文件中没有印出的信息才需要选项：
    --department <名称>    部门或单位全称          --code <编码>        部门编码
    --region-name <名称>   地区名称（如 上海市普陀区）  --region <slug>      地区的网址名
    --slug <slug>          部门的网址名（默认取名称的拼音）  --short-name <简称>
    --year <年度>          --title <标题>          --published-by <发布机关>
    --scope department|unit（部门预算或单位预算）    --dry-run（只显示登记内容，不写入）`;

const FLAGS: Record<string, keyof AddFlags | 'dryRun'> = {
  '--department': 'department',
  '--code': 'code',
  '--region-name': 'regionName',
  '--region': 'region',
  '--slug': 'slug',
  '--short-name': 'shortName',
  '--year': 'year',
  '--title': 'title',
  '--published-by': 'publishedBy',
  '--scope': 'scope',
  '--dry-run': 'dryRun',
};

export function parseAddArgs(argv: string[]): { files: string[]; flags: AddFlags; dryRun: boolean } {
  const files: string[] = [];
  const flags: AddFlags = {};
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const key = FLAGS[arg];
    if (key === undefined) throw new ImportError(`未知选项 ${arg}\n${ADD_USAGE}`);
    if (key === 'dryRun') {
      dryRun = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new ImportError(`选项 ${arg} 需要一个值`);
    if (key === 'year') {
      if (!/^\d{4}$/.test(value)) throw new ImportError(`--year 应为四位年度，而不是“${value}”`);
      flags.year = Number(value);
    } else if (key === 'scope') {
      const scope = Scope.safeParse(value);
      if (!scope.success) throw new ImportError('--scope 应为 department（部门预算）或 unit（单位预算）');
      flags.scope = scope.data;
    } else if ((key === 'slug' || key === 'region') && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) {
      throw new ImportError(`${arg} 应为小写字母、数字和“-”组成的网址名，而不是“${value}”`);
    } else {
      flags[key] = value;
    }
  }
  if (files.length === 0) throw new ImportError(ADD_USAGE);
  return { files, flags, dryRun };
}

const sha256 = (buffer: Buffer): string => createHash('sha256').update(buffer).digest('hex');
const SAFE_NAME = /^[\w.-]+\.(txt|pdf)$/;

/** The file's name under content/sources/: its own if it is a plain ASCII name, else one made from the entry. */
function targetName(
  path: string,
  index: number,
  entry: { year: number; region: { slug: string } },
  slug: string,
): string {
  const own = basename(path);
  if (SAFE_NAME.test(own)) return own;
  const ext = extname(own).toLowerCase() === '.pdf' ? 'pdf' : 'txt';
  return `${entry.year}-${entry.region.slug}-${slug}${index > 0 ? `-${index + 1}` : ''}.${ext}`;
}

function knownFrom(manifest: ManifestEntry[]): Known {
  const regions = new Map(manifest.map((e) => [e.region.slug, e.region]));
  const departments = new Map<string, KnownDepartment>();
  for (const e of manifest)
    for (const d of e.departments) departments.set(`${e.region.slug}/${d.slug}`, { ...d, region: e.region.slug });
  const reports = manifest
    .filter((e) => e.documentType !== 'performance-targets')
    .map((e) => `${e.region.slug}/${e.departments[0]!.slug}/${reportStem(e)}`);
  return { regions: [...regions.values()], departments: [...departments.values()], reports };
}

/** Append one entry to manifest.json without reformatting the entries already there. */
function appendToManifest(text: string, entry: ManifestEntry): string {
  const body = JSON.stringify(entry, null, 2)
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
  const end = text.lastIndexOf(']');
  const before = text.slice(0, end).trimEnd();
  return `${before}${before.endsWith('[') ? '\n' : ',\n'}${body}\n]\n`;
}

/** Register the files and import; `runImport` is the normal `--all` import (exit code). */
export async function addCommand(argv: string[], runImport: () => Promise<number>): Promise<number> {
  const { files, flags, dryRun } = parseAddArgs(argv);
  const read: { buffer: Buffer; text: { path: string; text: string } }[] = [];
  for (const f of files) {
    if (!existsSync(f)) throw new ImportError(`${f}：文件不存在`);
    const buffer = readFileSync(f);
    read.push({ buffer, text: { path: f, text: (await sourceText(f, sha256(buffer), buffer)).text } });
  }
  const buffers = read.map((r) => r.buffer);
  const texts = read.map((r) => r.text);
  const manifest = loadManifest();
  let proposal;
  try {
    proposal = proposeEntry(texts, flags, knownFrom(manifest));
  } catch (e) {
    if (e instanceof ProposeError) throw new ImportError(e.message);
    throw e;
  }
  const { entry: proposed, order, notes } = proposal;
  const slug = proposed.departments[0]!.slug;
  const placed = order.map((i, k) => ({
    from: files[i]!,
    buffer: buffers[i]!,
    name: targetName(files[i]!, k, proposed, slug),
  }));
  for (const p of placed) {
    const target = join(sourcesDir, p.name);
    if (existsSync(target) && sha256(readFileSync(target)) !== sha256(p.buffer)) {
      throw new ImportError(`content/sources/${p.name} 已存在且内容不同：不覆盖。请改名后再添加`);
    }
    const owner = manifest.find((e) => e.file === p.name || e.attachments.some((a) => a.file === p.name));
    if (owner) throw new ImportError(`content/sources/${p.name} 已登记（${owner.title}）`);
  }
  const [head, ...rest] = placed;
  const entry: ManifestEntry = {
    file: head!.name,
    sha256: sha256(head!.buffer),
    ...(rest.length > 0 ? { attachments: rest.map((p) => ({ file: p.name, sha256: sha256(p.buffer) })) } : {}),
    ...proposed,
  } as ManifestEntry;
  const duplicate = manifest.find(
    (e) =>
      e.region.slug === entry.region.slug &&
      reportStem(e) === reportStem(entry) &&
      e.documentType !== 'performance-targets' &&
      entry.documentType !== 'performance-targets' &&
      e.departments[0]!.slug === entry.departments[0]!.slug,
  );
  if (duplicate) {
    throw new ImportError(
      `${entry.region.slug}/${entry.departments[0]!.slug}/${reportStem(entry)} 已有登记的文件 ${duplicate.file}（${duplicate.title}）；` +
        '如是另一份文件，请用 --slug 另设部门网址名',
    );
  }

  console.log(`登记内容（content/sources/manifest.json）：\n${JSON.stringify(entry, null, 2)}`);
  for (const n of notes) console.log(`  · ${n}`);
  if (dryRun) return 0;

  const manifestFile = join(sourcesDir, 'manifest.json');
  const manifestBefore = readFileSync(manifestFile, 'utf8');
  const copied = placed.filter((p) => !existsSync(join(sourcesDir, p.name)));
  const rollback = (): void => {
    writeFileSync(manifestFile, manifestBefore);
    for (const p of copied) rmSync(join(sourcesDir, p.name), { force: true });
  };
  for (const p of copied) copyFileSync(p.from, join(sourcesDir, p.name));
  writeFileSync(manifestFile, appendToManifest(manifestBefore, entry));
  try {
    const code = await runImport();
    if (code !== 0) rollback();
    return code;
  } catch (e) {
    rollback();
    throw e;
  }
}
