/**
 * The one-screen summary of a report: the figures a citizen asks for first, read from
 * the tables (and, for changes against last year, from the figures quoted in the text).
 * Amounts stay decimal strings; the only arithmetic (shares, sums) uses decimal.js.
 */
import Decimal from 'decimal.js';
import type { Figure, FigureClaim, Report, Row, Table, TableKey } from '../schemas';
import { cellInWan, toWanYuan } from './units';
import { formatAmount } from './format';
import { mainFile } from './provenance';
import { itemColumns } from './three-public-items';

/** The 三公 items a summary lists, when a table prints them as columns (the vehicles line whole). */
const ITEM_COLUMNS = ['abroad', 'vehicles', 'reception'] as const;

export interface Change {
  amount: string;
  percent: string | null;
  /** Direction stated by the text; null when the text states none. */
  sign: '+' | '-' | null;
  line: number;
}

export interface Amount {
  label: string;
  amount: string;
}

export interface ReportSummary {
  /** 收入总计 (本年收入 + 上年结转). */
  total: string | null;
  current: string | null;
  carryover: string | null;
  change: Change | null;
  /** Where the money comes from: the non-blank, non-zero sources of the income table. */
  sources: Amount[];
  basic: string | null;
  project: string | null;
  /** Shares of basic / project in total expenditure, in percent with one decimal. */
  basicShare: string | null;
  projectShare: string | null;
  threePublic: { total: string | null; change: Change | null; items: Amount[] } | null;
  /** Projects listed in the project expenditure table (本年预算). */
  projectCount: number | null;
  /** KPI forms attached to the report, and the sum of their annual funds in 万元. */
  kpiCount: number;
  kpiAnnualFunds: string | null;
}

export function findTable(report: Pick<Report, 'tables'>, key: TableKey): Table | undefined {
  return report.tables.find((t) => t.key === key);
}

/** The cell of `row` in the column with `key`, or null. */
export function cell(table: Table, row: Row | undefined, key: string): string | null {
  if (!row) return null;
  const i = table.columns.findIndex((c) => c.key === key);
  return i === -1 ? null : (row.cells[i] ?? null);
}

/** The grand total row: the last row of kind `total` (收入总计 after 本年收入合计). */
export function totalRow(table: Table | undefined): Row | undefined {
  return table?.rows.filter((r) => r.kind === 'total').at(-1);
}

const isNonZero = (v: string | null): v is string => v !== null && !new Decimal(v).isZero();

function figure(report: Pick<Report, 'narrative'>, claim: FigureClaim, subject?: string): Figure | undefined {
  return report.narrative
    .flatMap((s) => s.figures)
    .find((f) => f.claim === claim && (subject === undefined || f.subject === subject));
}

function changeOf(
  report: Pick<Report, 'narrative'>,
  amountClaim: FigureClaim,
  percentClaim?: FigureClaim,
): Change | null {
  const amount = figure(report, amountClaim);
  if (!amount) return null;
  const percent = percentClaim ? figure(report, percentClaim) : undefined;
  return { amount: amount.value, percent: percent?.value ?? null, sign: amount.sign, line: amount.line };
}

export function share(part: string | null, whole: string | null): string | null {
  if (part === null || whole === null) return null;
  const w = new Decimal(whole);
  if (w.isZero()) return null;
  return new Decimal(part).div(w).times(100).toFixed(1);
}

/** A cell in 万元 (tables print 元 or 万元; the summary compares across tables). */
function wan(table: Table, row: Row | undefined, key: string): string | null {
  return cellInWan(cell(table, row, key), table.unit);
}

export function summarize(report: Report): ReportSummary {
  const summaryTable = findTable(report, 'summary');
  const income = findTable(report, 'income');
  const expenditure = findTable(report, 'expenditure');
  const threePublic = findTable(report, 'three-public');
  const projects = findTable(report, 'projects');

  const grand = totalRow(summaryTable);
  const incomeTotal = totalRow(income);
  const expTotal = totalRow(expenditure);
  const total =
    (summaryTable && wan(summaryTable, grand, 'income')) ??
    (expenditure && wan(expenditure, expTotal, 'total')) ??
    null;

  const sources: Amount[] = [];
  if (income && incomeTotal) {
    income.columns.forEach((c, i) => {
      const v = incomeTotal.cells[i] ?? null;
      if (c.kind === 'amount' && c.key !== 'total' && isNonZero(v))
        sources.push({ label: c.path.at(-1)!, amount: toWanYuan(v, income.unit) });
    });
  }

  const basic = expenditure ? wan(expenditure, expTotal, 'basic') : null;
  const project = expenditure ? wan(expenditure, expTotal, 'project') : null;
  const expSum = expenditure ? wan(expenditure, expTotal, 'total') : null;

  let tp: ReportSummary['threePublic'] = null;
  const byColumn = threePublic && itemColumns(threePublic);
  if (threePublic && byColumn) {
    // Items printed as columns: the row of figures, one amount per item column.
    const items = ITEM_COLUMNS.filter((k) => threePublic.columns.some((c) => c.key === k))
      .map((k) => ({
        label: threePublic.columns.find((c) => c.key === k)!.path.at(-1)!,
        amount: wan(threePublic, byColumn.row, k),
      }))
      .filter((a): a is Amount => a.amount !== null);
    tp = {
      total: wan(threePublic, byColumn.row, byColumn.column('total')),
      change: changeOf(report, 'three-public-change'),
      items,
    };
  } else if (threePublic) {
    const items = threePublic.rows
      .filter((r) => r.kind !== 'total' && r.level === 1)
      .map((r) => ({ label: r.label, amount: wan(threePublic, r, 'total') }))
      .filter((a): a is Amount => a.amount !== null);
    tp = {
      total: wan(threePublic, totalRow(threePublic), 'total'),
      change: changeOf(report, 'three-public-change'),
      items,
    };
  }

  const annual = report.performance.projects
    .map((p) => p.funds.annual.total?.wan ?? null)
    .filter((v): v is string => v !== null);

  return {
    total,
    current: summaryTable
      ? wan(
          summaryTable,
          summaryTable.rows.find((r) => r.kind === 'total'),
          'income',
        )
      : null,
    carryover: income ? wan(income, incomeTotal, 'carryover') : null,
    change: changeOf(report, 'change-amount', 'change-percent'),
    sources,
    basic,
    project,
    basicShare: share(basic, expSum),
    projectShare: share(project, expSum),
    threePublic: tp,
    projectCount: projects ? projects.rows.filter((r) => r.kind === 'item').length : null,
    kpiCount: report.performance.projects.length,
    kpiAnnualFunds: annual.length > 0 ? annual.reduce((s, v) => s.plus(v), new Decimal(0)).toFixed() : null,
  };
}

/** Words for a change: "比上年减少 6.76 万元（下降 0.30%）". */
export function describeChange(change: Change): string {
  const formatted = formatAmount(change.amount);
  const verb = change.sign === '-' ? '减少' : change.sign === '+' ? '增加' : '变动';
  const pct =
    change.percent === null
      ? ''
      : `（${change.sign === '-' ? '下降' : change.sign === '+' ? '增长' : '变动'} ${change.percent}%）`;
  return `比上年${verb} ${formatted} 万元${pct}`;
}

/**
 * The corrections that concern this report. A budget report owns every correction of its
 * own document; a correction in another document (one publishing KPI forms of several
 * departments) concerns this report only if it lies inside one of this report's forms.
 */
export function relevantCorrections(report: Report): Report['corrections'] {
  const ranges = report.performance.projects.flatMap((p) => p.sources);
  return report.corrections.filter(
    (c) =>
      (report.documentType === 'budget' && c.file === mainFile(report.source).file) ||
      ranges.some((s) => s.file === c.file && s.lines[0] <= c.line && c.line <= s.lines[1]),
  );
}
