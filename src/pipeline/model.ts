import type { Department, ManifestDepartment, ProjectForm, Region, Report, SourceDocument, Warning } from '../schemas';
import { reportStem, SCHEMA_VERSION } from '../schemas';
import type { ParsedDocument } from './document';
import type { ProjectFormDraft } from './kpi';
import { initialsSlug, uniqueSlugs } from './slug';

/**
 * Stage 6: reports from parsed documents. A budget document gives one report; a KPI-only
 * document gives each of its forms to the department that owns it — merged into that
 * department's budget report for the same year, or into a performance-only report. A form
 * seen in two documents is kept once, with the untruncated text and both sources.
 */

export class ModelError extends Error {}

export interface ReportSet {
  reports: Report[];
  regions: Region[];
  departments: Department[];
}

type Draft = ProjectFormDraft;

const squash = (s: string | null): string => (s ?? '').replace(/\s+/g, '');

function ownerOf(form: Draft, doc: ParsedDocument): ManifestDepartment {
  const { departments } = doc.entry;
  if (departments.length === 1) return departments[0]!;
  const code = form.department.code;
  const name = squash(form.department.name);
  const byCode = code ? departments.find((d) => d.code === code) : undefined;
  const byName = departments.find((d) => [d.name, d.shortName, ...d.match].some((n) => squash(n) === name));
  const owner = byCode ?? byName;
  if (!owner) {
    throw new ModelError(
      `${doc.entry.file} 第${form.sourceLines[0]}行：项目“${form.name}”的主管部门“${form.department.code ?? ''}${form.department.name ?? ''}”未在 content/sources/manifest.json 中登记`,
    );
  }
  return owner;
}

function sourceOf(doc: ParsedDocument): SourceDocument {
  return { title: doc.entry.title, publishedBy: doc.entry.publishedBy, files: doc.files };
}

function toForm(draft: Draft, file: string): Omit<ProjectForm, 'slug'> {
  const { sourceLines, ...rest } = draft;
  return { ...rest, sources: [{ file, lines: sourceLines }] };
}

const truncation = (form: Omit<ProjectForm, 'slug'>): number =>
  form.indicators.filter((i) => i.truncated).length + (form.truncated ? 1 : 0);

/** Same project in two documents: keep the less truncated text, record both sources. */
function mergeForms(kept: Omit<ProjectForm, 'slug'>, other: Omit<ProjectForm, 'slug'>): Omit<ProjectForm, 'slug'> {
  const preferred = truncation(other) < truncation(kept) ? other : kept;
  const sources = [...kept.sources, ...other.sources].sort((a, b) => a.file.localeCompare(b.file));
  return { ...preferred, sources };
}

function emptyReport(doc: ParsedDocument, dept: ManifestDepartment): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    region: doc.entry.region.slug,
    department: { code: dept.code, name: dept.name, slug: dept.slug },
    year: doc.entry.year,
    documentType: doc.entry.documentType,
    scope: doc.scope,
    unit: '万元',
    source: sourceOf(doc),
    overview: doc.overview,
    tables: doc.tables,
    narrative: doc.narrative,
    performance: { overall: doc.kpi.overall, projects: [] },
    assets: doc.assets,
    procurement: doc.procurement,
    glossary: doc.glossary,
    corrections: doc.corrections,
    warnings: [...doc.warnings],
  };
}

function coverWarning(doc: ParsedDocument): Warning[] {
  if (doc.coverTitle === null || squash(doc.coverTitle) === squash(doc.entry.title)) return [];
  return [
    {
      code: 'cover-title-differs',
      line: null,
      message: `封面标题“${doc.coverTitle}”与登记的文件标题“${doc.entry.title}”不同。`,
    },
  ];
}

export function buildReports(docs: ParsedDocument[]): ReportSet {
  const reports = new Map<string, Report>();
  const forms = new Map<string, Omit<ProjectForm, 'slug'>[]>();
  const ensureReport = (doc: ParsedDocument, owner: ManifestDepartment): string => {
    const k = reportKey(doc, owner);
    if (!reports.has(k)) {
      const report = emptyReport(doc, owner);
      // A KPI-only document's warnings go with the forms they point into (below).
      const own = doc.entry.documentType !== 'performance-targets';
      report.warnings = own ? [...doc.warnings, ...coverWarning(doc)] : [];
      report.corrections = own ? [...doc.corrections] : [];
      reports.set(k, report);
      forms.set(k, []);
    }
    return k;
  };

  // Budget documents first, so KPI-only forms join an existing report when there is one.
  const ordered = [...docs].sort((a, b) => typeRank(a) - typeRank(b) || a.entry.file.localeCompare(b.entry.file));
  for (const doc of ordered) {
    if (doc.entry.documentType !== 'performance-targets') {
      const owner = doc.entry.departments[0]!;
      const taken = reports.get(reportKey(doc, owner));
      if (taken) {
        // Never drop a document silently: 部门预算 and 单位预算 (or 预算 and 决算) of one year need two slugs.
        throw new ModelError(
          `${doc.entry.file} 与 ${taken.source.files[0]!.file} 都登记为 ${reportKey(doc, owner)} 的报告：` +
            '同一部门同一年度只能有一份报告，请在 content/sources/manifest.json 中给其中一份另设部门 slug',
        );
      }
      ensureReport(doc, owner);
    }
    doc.kpi.projects.forEach((draft, i) => {
      const k = ensureReport(doc, ownerOf(draft, doc));
      const report = reports.get(k)!;
      if (doc.entry.documentType === 'performance-targets') {
        const end = doc.kpi.projects[i + 1]?.sourceLines[0] ?? Infinity;
        const inForm = (line: number | null): boolean => line !== null && line >= draft.sourceLines[0] && line < end;
        const foreign = !report.source.files.some((f) => f.file === doc.entry.file);
        report.warnings.push(
          ...doc.warnings
            .filter((w) => inForm(w.line))
            .map((w) => (foreign ? { ...w, message: `${doc.entry.file}：${w.message}` } : w)),
        );
        report.corrections.push(...doc.corrections.filter((c) => inForm(c.line)));
      }
      const list = forms.get(k)!;
      const form = toForm(draft, doc.entry.file);
      const same = list.findIndex((f) => squash(f.name) === squash(form.name));
      if (same >= 0) list[same] = mergeForms(list[same]!, form);
      else list.push(form);
    });
  }
  for (const [k, report] of reports) {
    const list = forms.get(k)!;
    const slugs = uniqueSlugs(list.map((f) => initialsSlug(f.name)));
    report.performance.projects = list.map((f, i) => ({ slug: slugs[i]!, ...f }));
  }
  const sorted = [...reports.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => r);
  return { reports: sorted, ...registry(docs, sorted) };
}

/** `<region>/<dept>/<stem>`: a KPI-only document's forms join the budget report of their year. */
const reportKey = (doc: ParsedDocument, owner: ManifestDepartment): string =>
  `${doc.entry.region.slug}/${owner.slug}/${reportStem(doc.entry)}`;

const typeRank = (doc: ParsedDocument): number => (doc.entry.documentType === 'performance-targets' ? 1 : 0);

function registry(docs: ParsedDocument[], reports: Report[]): Pick<ReportSet, 'regions' | 'departments'> {
  const regions = new Map<string, Region>();
  const departments = new Map<string, Department>();
  for (const doc of docs)
    regions.set(doc.entry.region.slug, { slug: doc.entry.region.slug, name: doc.entry.region.name });
  for (const report of reports) {
    const k = `${report.region}/${report.department.slug}`;
    const manifest = docs.flatMap((d) => d.entry.departments).find((d) => d.slug === report.department.slug)!;
    const existing = departments.get(k) ?? {
      slug: manifest.slug,
      region: report.region,
      code: manifest.code,
      name: manifest.name,
      shortName: manifest.shortName,
      reports: [],
    };
    existing.reports.push({ year: report.year, documentType: report.documentType });
    existing.reports.sort((a, b) => b.year - a.year);
    departments.set(k, existing);
  }
  return {
    regions: [...regions.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
    departments: [...departments.values()].sort((a, b) =>
      `${a.region}/${a.slug}`.localeCompare(`${b.region}/${b.slug}`),
    ),
  };
}
