/**
 * Synthetic content for scale tests (pure): N reports spread over regions, departments and
 * years, made from the real reports as templates. Each synthetic report is a template with a
 * new identity (region, department, year) written into every text field, so pages, search
 * and checks see realistic tables, narratives and KPI forms of the varied sizes the real
 * documents have. The source of a report (`source`, project `sources`) is left as it is: its
 * line numbers still refer to the template's source text, of which each report gets its own
 * copy when written (../synth.ts).
 *
 * Some budget reports get one known inconsistency (a table cell changed by 1.00), listed in
 * the result so a test can look for it on /quality/. Everything follows from the seed.
 */
import Decimal from 'decimal.js';
import { reportStem, type Department, type Region, type Report } from '../../src/schemas';
import { prng } from '../../src/lib/prng';

/** Prefecture-level cities of a province (names only; the figures are the templates'). */
const REGIONS: [string, string][] = [
  ['taiyuan', '太原市'],
  ['datong', '大同市'],
  ['yangquan', '阳泉市'],
  ['changzhi', '长治市'],
  ['jincheng', '晋城市'],
  ['shuozhou', '朔州市'],
  ['jinzhong', '晋中市'],
  ['yuncheng', '运城市'],
  ['xinzhou', '忻州市'],
  ['linfen', '临汾市'],
  ['lvliang', '吕梁市'],
];

/** Departments every city has, [slug, short name]. */
const DEPARTMENTS: [string, string][] = [
  ['fagai', '发展和改革委员会'],
  ['jiaoyu', '教育局'],
  ['keji', '科学技术局'],
  ['gongxin', '工业和信息化局'],
  ['gongan', '公安局'],
  ['minzheng', '民政局'],
  ['sifa', '司法局'],
  ['caizheng', '财政局'],
  ['renshe', '人力资源和社会保障局'],
  ['ziran', '自然资源局'],
  ['shengtai', '生态环境局'],
  ['zhujian', '住房和城乡建设局'],
  ['jiaotong', '交通运输局'],
  ['shuili', '水利局'],
  ['nongye', '农业农村局'],
  ['shangwu', '商务局'],
  ['wenlv', '文化和旅游局'],
  ['weijian', '卫生健康委员会'],
  ['tuiyi', '退役军人事务局'],
  ['yingji', '应急管理局'],
  ['shenji', '审计局'],
  ['shichang', '市场监督管理局'],
  ['tongji', '统计局'],
  ['yibao', '医疗保障局'],
  ['linye', '林业局'],
  ['xingshen', '行政审批服务管理局'],
  ['jinrong', '地方金融监督管理局'],
  ['nengyuan', '能源局'],
  ['tiyu', '体育局'],
  ['dangan', '档案馆'],
  ['jiguan', '机关事务管理局'],
  ['xinfang', '信访局'],
  ['liangshi', '粮食和物资储备局'],
  ['guozi', '国有资产监督管理委员会'],
  ['zhengwu', '政务服务管理局'],
  ['renfang', '人民防空办公室'],
  ['gongxiao', '供销合作社联合社'],
  ['fulian', '妇女联合会'],
  ['zonggonghui', '总工会'],
  ['tuanwei', '共青团委员会'],
];

export const SYNTH_DEPARTMENTS_PER_REGION = DEPARTMENTS.length;
const NEWEST_YEAR = 2024;
const MAX_YEARS = 6;
/** One budget report in this many gets a known inconsistency. */
const INCONSISTENT_EVERY = 15;
/** Share of KPI-only documents among the generated reports (the rest are full documents). */
const KPI_ONLY_SHARE = 0.2;

export interface Inconsistency {
  report: string;
  table: string;
  row: string;
  column: string;
  printed: string;
  was: string;
}

export interface SynthContent {
  reports: Report[];
  regions: Region[];
  departments: Department[];
  inconsistencies: Inconsistency[];
}

interface Identity {
  region: Region;
  slug: string;
  shortName: string;
  code: string;
  year: number;
}

/** Strings of these keys keep the template's value: provenance and identifiers. */
const KEEP = new Set(['source', 'sources', 'slug', 'sha256', 'file', 'key', 'id']);

function retext(text: string, from: Report, to: Identity, fullName: string, fromShort: string): string {
  const shift = to.year - from.year;
  return text
    .replaceAll(from.department.name, fullName)
    .replaceAll(fromShort, to.shortName)
    .replace(/(20\d\d)(?=年)/g, (y) => String(Number(y) + shift));
}

function rewrite(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => rewrite(v, fn));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, KEEP.has(k) ? structuredClone(v) : rewrite(v, fn)]),
    );
  }
  return value;
}

/** The template's department name without its region prefix (the part a new region replaces). */
function shortOf(name: string): string {
  const m = /(?:开发区|示范区|综改区|市|县|区)([^开示市县区]+)$/.exec(name);
  return m?.[1] ?? name;
}

function instantiate(template: Report, id: Identity): Report {
  const fullName = `${id.region.name}${id.shortName}`;
  const fromShort = shortOf(template.department.name);
  const report = rewrite(template, (s) => retext(s, template, id, fullName, fromShort)) as Report;
  report.region = id.region.slug;
  report.year = id.year;
  report.department = { code: id.code, name: fullName, slug: id.slug };
  return report;
}

/** Adds 1.00 to the total of the first amount column of the summary table, if there is one. */
function breakOne(report: Report, reportId: string): Inconsistency | undefined {
  const table = report.tables.find((t) => t.key === 'summary') ?? report.tables[0];
  if (!table) return undefined;
  const index = table.columns.findIndex((c) => c.kind === 'amount');
  const column = table.columns[index];
  const row = table.rows.at(-1);
  if (!column || !row) return undefined;
  const was = row.cells[index];
  if (was === null || was === undefined || !/^-?\d+(\.\d+)?$/.test(was)) return undefined;
  const printed = new Decimal(was).plus(1).toFixed(Math.max(2, was.split('.')[1]?.length ?? 0));
  row.cells[index] = printed;
  return { report: reportId, table: table.key, row: row.id, column: column.key, printed, was };
}

/**
 * N reports: regions in order, 15–40 departments each, 1–6 years per department (newest
 * first), each from a template drawn by the seed (KPI-only documents about one in five).
 */
export function synthesize(templates: Report[], count: number, seed = 1): SynthContent {
  const rand = prng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const full = templates.filter((t) => t.tables.length > 0);
  const kpiOnly = templates.filter((t) => t.tables.length === 0);
  if (full.length === 0) throw new Error('synth: no template report with tables');

  const reports: Report[] = [];
  const regions: Region[] = [];
  const departments: Department[] = [];
  const inconsistencies: Inconsistency[] = [];
  let budgets = 0;
  for (let r = 0; reports.length < count; r++) {
    const [baseSlug, baseName] = REGIONS[r % REGIONS.length]!;
    const round = Math.floor(r / REGIONS.length);
    const region: Region =
      round === 0
        ? { slug: baseSlug, name: baseName }
        : { slug: `${baseSlug}-${round + 1}`, name: `${baseName}第${round + 1}片区` };
    regions.push(region);
    const size = 15 + Math.floor(rand() * (DEPARTMENTS.length - 15));
    for (let d = 0; d < size && reports.length < count; d++) {
      const [slug, shortName] = DEPARTMENTS[d]!;
      const code = String(100 + d);
      const years = Math.min(1 + Math.floor(rand() * MAX_YEARS), count - reports.length);
      const department: Department = {
        slug,
        region: region.slug,
        code,
        name: `${region.name}${shortName}`,
        shortName,
        reports: [],
      };
      for (let y = 0; y < years; y++) {
        const template = kpiOnly.length > 0 && rand() < KPI_ONLY_SHARE ? pick(kpiOnly) : pick(full);
        const year = NEWEST_YEAR - y;
        const report = instantiate(template, { region, slug, shortName, code, year });
        const reportId = `${region.slug}/${slug}/${reportStem(report)}`;
        if (report.tables.length > 0 && budgets++ % INCONSISTENT_EVERY === INCONSISTENT_EVERY - 1) {
          const broken = breakOne(report, reportId);
          if (broken) inconsistencies.push(broken);
        }
        reports.push(report);
        department.reports.push({ year, documentType: report.documentType });
      }
      departments.push(department);
    }
  }
  return { reports, regions, departments, inconsistencies };
}
