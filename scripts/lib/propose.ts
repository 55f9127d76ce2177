/**
 * The manifest entry `npm run import -- --add` proposes for new files, read from the
 * documents themselves (title, 主管部门/单位, year, region, 部门/单位, budget/决算/KPI).
 * Pure: the caller reads the files and writes the manifest. Flags give what a document
 * does not print; an existing region or department is matched by name or code.
 */
import { classifyDocument, type DocumentFacts } from '../../src/pipeline/classify';
import { regionOf, squash } from '../../src/pipeline/cover';
import { parseKpiForms } from '../../src/pipeline/kpi';
import { toLines } from '../../src/pipeline/lines';
import { pinyinSlug, regionSlug, uniqueSlugs } from '../../src/pipeline/slug';
import {
  reportStem,
  type DocumentType,
  type ManifestDepartment,
  type ManifestEntry,
  type Scope,
} from '../../src/schemas';

export class ProposeError extends Error {}

export interface AddFlags {
  regionName?: string;
  region?: string;
  slug?: string;
  department?: string;
  shortName?: string;
  code?: string;
  year?: number;
  title?: string;
  publishedBy?: string;
  scope?: Scope;
}

export interface NewFile {
  /** Name as given on the command line (for messages). */
  path: string;
  text: string;
}

export interface Proposal {
  /** The entry without file names and checksums (the caller knows where the files go). */
  entry: Omit<ManifestEntry, 'file' | 'sha256' | 'attachments'>;
  /** The given files in reading order (narrative first, then its tables). */
  order: number[];
  /** Facts of each file, in the order given. */
  facts: DocumentFacts[];
  notes: string[];
}

const TYPE_NAMES: Record<DocumentType, string> = {
  budget: '预算',
  'final-accounts': '决算',
  'performance-targets': '绩效目标表',
};

/** Names compared without spaces and with 中国共产党…委员会 written as 中共…委. */
export function normalizeOrgName(name: string): string {
  return squash(name)
    .replace(/^中国共产党(.+?)委员会/, '中共$1委')
    .replace(/^中共/, '')
    .replace(/[（(].*?[)）]$/, '');
}

/** The name without its region ("上海市普陀区司法局" → "司法局", "中共江苏省委办公厅" → "省委办公厅"). */
export function shortNameOf(name: string, region: string | null): string {
  const bare = normalizeOrgName(name);
  if (!region || !bare.startsWith(region) || bare.length === region.length) return bare;
  const rest = bare.slice(region.length);
  return /^委/.test(rest) ? `${region.slice(-1)}${rest}` : rest;
}

export interface KnownDepartment extends ManifestDepartment {
  region: string;
}

function sameDepartment(d: KnownDepartment, name: string, code: string | null): boolean {
  if (code !== null && d.code === code) return true;
  const n = normalizeOrgName(name);
  return [d.name, d.shortName, ...d.match].some((m) => m !== '' && normalizeOrgName(m) === n);
}

const first = <T>(values: (T | null | undefined)[]): T | null =>
  values.find((v) => v !== null && v !== undefined) ?? null;

function missing(what: string, flag: string, facts: DocumentFacts[]): ProposeError {
  const seen = facts.map((f) => f.title ?? '（无封面标题）').join('、');
  return new ProposeError(`文件没有印出${what}（封面：${seen}）：请用 ${flag} 给出`);
}

function readingOrder(facts: DocumentFacts[]): number[] {
  const rank = (f: DocumentFacts): number => (f.holds.narrative && !f.holds.tables ? 0 : f.holds.narrative ? 1 : 2);
  return facts.map((_, i) => i).sort((a, b) => rank(facts[a]!) - rank(facts[b]!) || a - b);
}

export interface Known {
  regions: { slug: string; name: string }[];
  departments: KnownDepartment[];
  /** `<region>/<dept>/<stem>` (stem: year, or year-final) of the registered budget and final-accounts documents. */
  reports?: string[];
}

export function proposeEntry(files: NewFile[], flags: AddFlags, known: Known): Proposal {
  const facts = files.map((f) => {
    const c = classifyDocument(f.text);
    if (!c.ok) throw new ProposeError(`${f.path}：${c.reason}`);
    return c;
  });
  const order = readingOrder(facts);
  const ordered = order.map((i) => facts[i]!);
  const notes: string[] = [];
  const types = [...new Set(facts.map((f) => f.type))];
  if (types.length > 1) {
    throw new ProposeError(`这些文件不是同一种文件（${types.map((t) => TYPE_NAMES[t]).join('、')}），请分别添加`);
  }
  const documentType = types[0]!;
  const years = [...new Set(facts.map((f) => f.year).filter((y): y is number => y !== null))];
  if (years.length > 1 && flags.year === undefined) {
    throw new ProposeError(`这些文件的年度不同（${years.join('、')}），请分别添加或用 --year 指定`);
  }
  const year = flags.year ?? years[0] ?? null;
  if (year === null) throw missing('年度', '--year', facts);
  if (files.length > 1 && !ordered.some((f) => f.tablesAttached) && documentType === 'budget') {
    notes.push('说明部分没有写“公开表附后”，仍按给出的文件合为一份报告。');
  }

  const kpiDepartments = documentType === 'performance-targets' ? formDepartments(files, order) : [];
  const departmentName = flags.department ?? first(ordered.map((f) => f.department));
  if (documentType !== 'performance-targets' && departmentName === null) {
    throw missing('部门或单位名称', '--department', facts);
  }
  const regionName =
    flags.regionName ??
    known.regions.find((r) => r.slug === flags.region)?.name ??
    first(ordered.map((f) => f.region)) ??
    (departmentName ? regionOf(departmentName) : null);
  if (regionName === null) throw missing('地区', '--region-name（及 --region）', facts);
  const region = known.regions.find((r) => r.slug === flags.region || squash(r.name) === squash(regionName)) ?? {
    slug: flags.region ?? regionSlug(regionName),
    name: regionName,
  };

  const inRegion = known.departments.filter((d) => d.region === region.slug);
  const departmentOf = (name: string, code: string | null, slug?: string): ManifestDepartment => {
    const match = inRegion.find((d) => (slug !== undefined && d.slug === slug) || sameDepartment(d, name, code));
    if (match) {
      notes.push(`部门“${name}”与已登记的 ${region.slug}/${match.slug}（${match.name}）相同。`);
      const { region: _r, ...dept } = match;
      return dept;
    }
    const shortName = flags.shortName && name === departmentName ? flags.shortName : shortNameOf(name, region.name);
    return { slug: slug ?? (pinyinSlug(shortName) || 'bumen'), name, shortName, code, match: [] };
  };
  const departments =
    documentType === 'performance-targets'
      ? kpiDepartments.map((d) => departmentOf(d.name, d.code))
      : [departmentOf(departmentName!, flags.code ?? null, flags.slug)];
  const slugs = uniqueSlugs(departments.map((d) => d.slug));
  departments.forEach((d, i) => (d.slug = slugs[i]!));
  if (departments.length === 0) throw new ProposeError('绩效目标表中没有找到主管部门：请用 --department 给出');

  const scope = flags.scope ?? first(ordered.map((f) => f.scope));
  const main = departments[0]!;
  // The 单位预算 of a department whose 部门预算 of that year is registered: a report of its own.
  if (
    scope === 'unit' &&
    flags.slug === undefined &&
    known.reports?.includes(`${region.slug}/${main.slug}/${reportStem({ year, documentType })}`)
  ) {
    main.slug = `${main.slug}-danwei`;
    notes.push(
      `${region.slug}/${main.slug.replace(/-danwei$/, '')}/${year} 已有部门预算：单位预算登记为 ${main.slug}。`,
    );
  }
  const kind = documentType === 'final-accounts' ? '决算' : '预算';
  const title =
    flags.title ??
    first(ordered.map((f) => f.title)) ??
    `${main.name}${year}年度${scope === 'unit' ? '单位' : '部门'}${kind}公开`;
  const publishedBy =
    flags.publishedBy ??
    (documentType === 'performance-targets' && departments.length > 1 ? `${region.name}各预算部门` : main.name);
  return {
    entry: {
      title,
      publishedBy,
      region,
      year,
      documentType,
      scope: documentType === 'performance-targets' ? null : scope,
      departments,
    },
    order,
    facts,
    notes,
  };
}

/** The departments that own the forms of a KPI-only document, as printed on the forms. */
function formDepartments(files: NewFile[], order: number[]): { name: string; code: string | null }[] {
  const seen = new Map<string, { name: string; code: string | null }>();
  for (const i of order) {
    for (const form of parseKpiForms(toLines(files[i]!.text)).projects) {
      const name = form.department.name;
      if (!name) continue;
      const key = normalizeOrgName(name);
      if (!seen.has(key)) seen.set(key, { name: squash(name), code: form.department.code });
    }
  }
  return [...seen.values()];
}
