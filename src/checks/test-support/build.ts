/**
 * Small hand-written reports for the check tests: `build` fills in the empty report of
 * src/schemas/test-support/report.ts, and builders make tables (columns from the importer's
 * standard layouts), narrative figures and KPI forms. Every builder output passes the Report
 * schema.
 */
import { seedColumns } from '../../schemas/test-support/seed-columns';
import type {
  Figure,
  FormAmount,
  FundBreakdown,
  Indicator,
  NarrativeSection,
  OverallForm,
  ProjectForm,
  Report,
  Row,
  Table,
  TableKey,
} from '../../schemas';
import { FundBreakdown as FundBreakdownSchema } from '../../schemas';
import { emptyReport } from '../../schemas/test-support/report';

export const YEAR = 2024;

export interface RowSpec {
  code?: string;
  label?: string;
  kind?: Row['kind'];
  level?: number;
  /** Cells by column key; text columns default to the label, the code column to the code. */
  cells?: Record<string, string | null>;
}

let line = 100;

export function table(key: TableKey, rows: RowSpec[], options: { empty?: boolean } = {}): Table {
  const columns = seedColumns(key, YEAR);
  const first = ++line;
  const seen = new Set<string>();
  const built: Row[] = rows.map((spec, i) => {
    const code = spec.code ?? null;
    const label = spec.label ?? '';
    const kind = spec.kind ?? (/合计|总计/.test(label) ? 'total' : code && code.length < 7 ? 'subtotal' : 'item');
    const level = spec.level ?? (kind === 'total' ? 0 : code ? (code.length - 1) / 2 : 1);
    const cells = columns.map((c) => {
      if (spec.cells && c.key in spec.cells) return spec.cells[c.key] ?? null;
      if (c.kind === 'code') return code ?? (c.key === 'code' && !code && kind === 'total' ? label : null);
      if (c.kind === 'text' && columns.findIndex((x) => x.kind === 'text') === columns.indexOf(c))
        return code || kind !== 'total' ? label : null;
      return null;
    });
    let id = code ?? (kind === 'total' && !seen.has('total') ? 'total' : `r${i + 1}`);
    if (seen.has(id)) id = `${id}-r${i + 1}`;
    seen.add(id);
    const n = ++line;
    return { id, code, label, level, kind, cells, sourceLines: [n, n] as [number, number] };
  });
  return {
    id: key,
    key,
    number: null,
    title: `${YEAR}年${key}`,
    unit: '万元',
    columns,
    rows: built,
    empty: options.empty ?? false,
    sourceLines: [first, Math.max(first, line)],
  };
}

/** A row of a two-sided table (收支总表, 财政拨款收支总表). */
export const twoSidedRow = (
  income: string | null,
  incomeValue: string | null,
  expenditure: string | null,
  values: Record<string, string | null> = {},
  kind?: Row['kind'],
): RowSpec => ({
  label: [income, expenditure].filter(Boolean).join(' | '),
  kind: kind ?? (/合计|总计/.test(`${income ?? ''}${expenditure ?? ''}`) ? 'total' : 'item'),
  cells: { 'income-item': income, income: incomeValue, 'expenditure-item': expenditure, ...values },
});

export function figure(claim: Figure['claim'], value: string, patch: Partial<Figure> = {}): Figure {
  const unit = /share|percent/.test(claim) ? '%' : '万元';
  return { raw: `${value}${unit}`, value, unit, sign: null, claim, subject: null, context: '', line: ++line, ...patch };
}

export function section(number: string, figures: Figure[], title = `${number}、说明`): NarrativeSection {
  const n = ++line;
  return { number, title, paragraphs: [{ text: 'x', lines: [n, n] }], figures, sourceLines: [n, n + 1] };
}

const amount = (wan: string | null, raw = wan ?? ''): FormAmount => ({ raw, wan });

export function funds(total: string | null, local: string | null = total): FundBreakdown {
  const parts: Record<string, FormAmount | null> = {
    total: total === null ? null : amount(total),
    central: amount('0.00', '0'),
    provincial: amount('0.00', '0'),
    local: local === null ? null : amount(local),
    self: amount('0.00', '0'),
    other: null,
  };
  // Fields added to the contract later (财政拨款 of the 万元 layout) are blank here.
  for (const key of Object.keys(FundBreakdownSchema.shape)) parts[key] ??= null;
  return FundBreakdownSchema.parse(parts);
}

export function indicator(
  level2: string,
  raw: string,
  value: Partial<Indicator['value']>,
  patch: Partial<Indicator> = {},
): Indicator {
  return {
    period: 'annual',
    level1: '产出指标',
    level2,
    level3: patch.level3 ?? '成本',
    value: { raw, op: null, number: null, unit: null, ...value },
    truncated: false,
    sourceLine: ++line,
    ...patch,
  };
}

export function projectForm(name: string, slug: string, patch: Partial<ProjectForm> = {}): ProjectForm {
  const n = ++line;
  return {
    name,
    slug,
    department: { code: '606', name: '测试部门' },
    implementer: null,
    attribute: null,
    period: '1年',
    fundsUnit: '元',
    funds: { implementation: funds('10.00'), annual: funds('10.00') },
    overview: null,
    basis: null,
    necessity: null,
    measures: null,
    plan: null,
    goals: { implementation: null, annual: null },
    indicators: [],
    truncated: false,
    overflow: [],
    sources: [{ file: 'test.txt', lines: [n, n + 30] }],
    ...patch,
  };
}

export function overallForm(patch: Partial<OverallForm> = {}): OverallForm {
  const n = ++line;
  return {
    department: { code: '606', name: '测试部门' },
    internalDepartments: null,
    subordinateUnits: null,
    staffQuota: null,
    staffActual: null,
    duties: null,
    strategicGoal: null,
    fundsBySource: [
      { label: '合计', amount: '100.00' },
      { label: '一般公共预算资金', amount: '100.00' },
      { label: '单位资金', amount: '0.00' },
    ],
    fundsByDirection: [
      { label: '合计', amount: '100.00' },
      { label: '基本支出', amount: '40.00' },
      { label: '项目支出', amount: '60.00' },
    ],
    keyTasks: [],
    annualGoal: null,
    indicators: [],
    sourceLines: [n, n + 20],
    ...patch,
  };
}

/** Build a report and validate it against the data contract. */
export const build = (patch: Partial<Report>): Report => emptyReport(patch);
