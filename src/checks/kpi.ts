import Decimal from 'decimal.js';
import type { FormAmount, FundBreakdown, Indicator, ProjectForm, Report } from '../schemas';
import { cellRef, matchNames, normalizeName, tableOf, totalRow } from './access';
import {
  atMostCheck,
  dec,
  fmt,
  notApplicable,
  OUTCOME,
  result,
  sameCheck,
  statusOf,
  sumCheck,
  toleranceFor,
  type CheckMeta,
  type Ref,
} from './compare';
import { BOTH_DOCUMENTS, metaOf, subjectId, type CheckDefinition } from './define';
import { projectItems } from './projects';
import type { CheckResult } from './schema';
import { twoSided } from './structure';
import { mainFile } from '../lib/provenance';

/**
 * Performance-target forms (绩效目标申报表): each project's funds against the project table,
 * its 成本指标 against its funds, the implementation period against the year, the sources of
 * funds against their total, its department code against the report; the overall form
 * (整体支出绩效目标申报表) against the tables.
 */

/** Where a form's figure was printed: the file only when it is not the report's own source. */
function placeOf(report: Report, form: ProjectForm, line?: number): Pick<Ref, 'file' | 'line' | 'project'> {
  const sources =
    line === undefined
      ? form.sources.slice(0, 1)
      : form.sources.filter((s) => s.lines[0] <= line && line <= s.lines[1]);
  if (sources.length !== 1) return { project: form.slug };
  const source = sources[0]!;
  return {
    project: form.slug,
    line: line ?? source.lines[0],
    ...(source.file === mainFile(report.source).file ? {} : { file: source.file }),
  };
}

const formLabel = (form: ProjectForm): string => `绩效目标表“${form.name}”`;

/** A figure of a project form as a Ref that points to the form. */
export function amountRef(report: Report, form: ProjectForm, amount: FormAmount | null, what: string): Ref {
  return { label: `${formLabel(form)} ${what}`, value: amount?.wan ?? null, ...placeOf(report, form) };
}

const PERIOD_WORDS = { implementation: '实施期资金总额', annual: '年度资金总额' } as const;

export const kpiFundsVsTable: CheckDefinition = {
  id: 'kpi-funds',
  theme: 'kpi',
  title: '绩效目标表资金与项目支出表一致',
  rule: '每个项目绩效目标表的年度资金总额，应等于项目支出表（本年预算）中同名项目的合计；绩效目标表中的项目应出现在项目支出表中。名称按去掉空格和标点后比较，允许个别字的识别差异。',
  run(report) {
    const forms = report.performance.projects;
    if (forms.length === 0) return [];
    const table = tableOf(report, 'projects');
    if (!table) return [notApplicable(metaOf(kpiFundsVsTable, ''), '本报告没有项目支出表，只有绩效目标表。')];
    const items = projectItems(table);
    const partner = matchNames(
      forms.map((f) => f.name),
      items.map((r) => r.label),
    );
    return forms.map((form, i) => {
      const row = partner[i]! >= 0 ? items[partner[i]!] : undefined;
      const meta = metaOf(kpiFundsVsTable, subjectId(form.slug), `${formLabel(form)}：年度资金与项目支出表核对`);
      const stated = amountRef(report, form, form.funds.annual.total, '年度资金总额');
      if (stated.value === null) {
        const raw = form.funds.annual.total?.raw;
        return notApplicable(meta, raw ? `年度资金总额“${raw}”无法换算为万元。` : '未填写年度资金总额。', []);
      }
      if (!row) {
        const r = sameCheck(meta, stated, [
          { label: '项目支出表（本年预算）中没有此项目', value: null, table: 'projects' },
        ]);
        return {
          ...r,
          message: `不一致：${formLabel(form)}的年度资金为${stated.value}万元，但项目支出表（本年预算）中没有名称相同或相近的项目。`,
        };
      }
      const renamed = normalizeName(row.label) !== normalizeName(form.name);
      const reference = cellRef(
        table,
        row,
        'total',
        `项目支出表 ${row.label}${renamed ? '（名称与绩效目标表不完全相同）' : ''}（合计）`,
      );
      return sameCheck(meta, stated, [reference]);
    });
  },
};

/** 万元 per unit of a money amount; null when the unit is not money. */
function wanFactor(unit: string | null): Decimal | null {
  switch (unit) {
    case '元':
      return new Decimal('0.0001');
    case '万元':
    case '万':
      return new Decimal(1);
    case '亿元':
    case '亿':
      return new Decimal(10000);
    default:
      return null;
  }
}

const isCost = (i: Indicator): boolean => /^成本/.test(i.level2) || (/^成本/.test(i.level1) && i.level2 === '');
const PER_UNIT = /每|单价|标准|人均|户均|平均|\//;

interface CostReading {
  indicators: Indicator[];
  values: Decimal[];
  ops: Set<string>;
  problem: string | null;
}

/** Read the money value of cost indicators; the unit of a bare number is `defaultUnit`. */
function readCosts(indicators: Indicator[], defaultUnit: string | null): CostReading {
  const values: Decimal[] = [];
  const ops = new Set<string>();
  for (const i of indicators) {
    const v = i.value;
    const shown = `“${i.level3 || i.level2}：${v.raw}”`;
    if (v.number === null) return { indicators, values, ops, problem: `成本指标${shown}不是一个金额。` };
    if (PER_UNIT.test(i.level3) || (v.unit !== null && PER_UNIT.test(v.unit))) {
      return { indicators, values, ops, problem: `成本指标${shown}是单位标准，不是总额。` };
    }
    const factor = wanFactor(v.unit ?? defaultUnit);
    if (!factor) return { indicators, values, ops, problem: `成本指标${shown}不是金额。` };
    values.push(dec(v.number).times(factor));
    ops.add(v.op === '<' ? '≤' : v.op === '>' ? '≥' : (v.op ?? '='));
  }
  return { indicators, values, ops, problem: null };
}

/** Σ cost indicators against the funds: equal, within an upper bound, or above a lower bound. */
function costResult(meta: CheckMeta, funds: Ref, reading: CostReading, costRefs: Ref[]): CheckResult {
  const figures = [
    { ...funds, unit: '万元' as const, role: 'stated' as const },
    ...costRefs.map((r) => ({ ...r, unit: '万元' as const, role: 'part' as const })),
  ];
  if (reading.problem) return notApplicable(meta, reading.problem, figures);
  if (funds.value === null) return notApplicable(meta, '资金总额无法换算为万元。', figures);
  if (reading.ops.size > 1) return notApplicable(meta, '成本指标中既有上限又有下限，无法合计比较。', figures);
  const op = [...reading.ops][0] ?? '=';
  const sum = reading.values.reduce((a, v) => a.plus(v), new Decimal(0));
  const computed = { label: '成本指标金额之和', value: fmt(sum), unit: '万元' as const, role: 'computed' as const };
  const difference = dec(funds.value).minus(sum);
  const tolerance = toleranceFor(reading.values.length);
  const all = [...figures, computed];
  if (op === '=') {
    const status = statusOf(difference, tolerance);
    const message =
      status === 'pass'
        ? `一致：成本指标合计${fmt(sum)}万元，等于${funds.label}。`
        : `${OUTCOME[status]}：成本指标合计${fmt(sum)}万元，${funds.label}${funds.value}万元，相差${fmt(difference)}万元。`;
    return result(meta, status, all, difference, tolerance, message);
  }
  // "≤ x": the funds must fit under the caps; "≥ x": the funds must reach the floors.
  const fits = op === '≤' ? difference.lte(tolerance) : difference.gte(tolerance.neg());
  const bound = op === '≤' ? '上限' : '下限';
  if (fits) {
    const status = difference.isZero() || (op === '≤' ? difference.lt(0) : difference.gt(0)) ? 'pass' : 'rounding';
    return result(
      meta,
      status,
      all,
      difference,
      tolerance,
      `${OUTCOME[status]}：成本指标${bound}合计${op}${fmt(sum)}万元，${funds.label}${funds.value}万元，二者不矛盾。`,
    );
  }
  const why = op === '≤' ? '资金超过了成本指标允许的上限' : '资金达不到成本指标要求的下限';
  return result(
    meta,
    'fail',
    all,
    difference,
    tolerance,
    `不一致：成本指标${bound}合计${op}${fmt(sum)}万元，${funds.label}${funds.value}万元，${why}。`,
  );
}

export const kpiCost: CheckDefinition = {
  id: 'kpi-cost',
  theme: 'kpi',
  documents: BOTH_DOCUMENTS,
  title: '成本指标与项目资金一致',
  rule: '绩效目标表中以金额表示的成本指标，合计应等于年度资金总额；写作“≤”的是上限，合计不应小于资金；写作“≥”的是下限，合计不应大于资金。成本指标不是金额（如比率、单位标准、文字）时不适用。没有单位的数字按表头的资金单位理解。',
  run(report) {
    return report.performance.projects.map((form) => {
      const meta = metaOf(kpiCost, subjectId(form.slug), `${formLabel(form)}：成本指标与资金核对`);
      const annual = form.indicators.filter((i) => i.period === 'annual' && isCost(i));
      const implementation = form.indicators.filter((i) => i.period === 'implementation' && isCost(i));
      const period = annual.length > 0 ? 'annual' : 'implementation';
      const costs = annual.length > 0 ? annual : implementation;
      if (costs.length === 0) return notApplicable(meta, '没有填写成本指标。');
      const reading = readCosts(costs, form.fundsUnit);
      const refs = costs.map((i, k) => ({
        label: `${formLabel(form)} 成本指标“${i.level3 || i.level2}”${i.value.raw}`,
        value: reading.values[k] ? fmt(reading.values[k], 2) : null,
        ...placeOf(report, form, i.sourceLine),
      }));
      return costResult(meta, amountRef(report, form, form.funds[period].total, PERIOD_WORDS[period]), reading, refs);
    });
  },
};

/** True for a one-year project ("1年", "2024年", "2024.1.1--2024.12.31"); null when unknown. */
export function isOneYear(period: string | null): boolean | null {
  if (!period) return null;
  const p = period.replace(/\s+/g, '');
  if (/^(1|一)年$/.test(p) || /^\d{4}年?(度)?$/.test(p)) return true;
  const range = /^(\d{4})[.\-/年]0?1[.\-/月]0?1日?[-—~至]+(\d{4})[.\-/年]12[.\-/月]31日?$/.exec(p);
  if (range) return range[1] === range[2];
  const years = /^(\d+)年$/.exec(p);
  if (years) return Number(years[1]) <= 1;
  return null;
}

export const kpiPeriod: CheckDefinition = {
  id: 'kpi-period',
  theme: 'kpi',
  documents: BOTH_DOCUMENTS,
  title: '实施期资金与年度资金相符',
  rule: '实施期包含本年度，所以实施期资金总额不应少于年度资金总额；项目期只有一年的，两者应相等。',
  run(report) {
    return report.performance.projects.map((form) => {
      const meta = metaOf(kpiPeriod, subjectId(form.slug), `${formLabel(form)}：实施期资金与年度资金核对`);
      const impl = amountRef(report, form, form.funds.implementation.total, '实施期资金总额');
      const annual = amountRef(report, form, form.funds.annual.total, '年度资金总额');
      if (impl.value === null || annual.value === null) {
        const which = impl.value === null ? form.funds.implementation.total : form.funds.annual.total;
        const word = impl.value === null ? '实施期资金总额' : '年度资金总额';
        return notApplicable(meta, which?.raw ? `${word}“${which.raw}”无法换算为万元。` : `未填写${word}。`, []);
      }
      const oneYear = isOneYear(form.period);
      if (oneYear) {
        const r = sameCheck({ ...meta, rule: `${meta.rule}本项目的项目期为“${form.period ?? ''}”。` }, impl, [annual]);
        return r;
      }
      const r = atMostCheck(meta, annual, impl);
      if (r.status === 'rounding' || r.status === 'not-applicable') return r;
      return r.status === 'pass'
        ? {
            ...r,
            message: `一致：项目期“${form.period ?? '未填写'}”，实施期资金${impl.value}万元，不少于年度资金${annual.value}万元。`,
          }
        : {
            ...r,
            message: `不一致：项目期“${form.period ?? '未填写'}”，实施期资金${impl.value}万元，少于年度资金${annual.value}万元。`,
          };
    });
  },
};

const SOURCE_WORDS: Record<string, string> = {
  fiscal: '财政拨款',
  central: '中央财政资金',
  provincial: '省级财政资金',
  local: '市县（区）财政资金',
  self: '单位自筹',
  other: '其他资金',
};

/**
 * The parts a total is made of. Forms print either 中央 / 省级 / 市县 / 单位自筹 / 其他, or
 * (the 万元 layout) 财政拨款 / 其他; 财政拨款 is left out when the finer parts are printed.
 */
function sourceParts(funds: FundBreakdown): [string, FormAmount | null][] {
  const entries = Object.entries(funds as Record<string, FormAmount | null>).filter(([k]) => k !== 'total');
  const finer = entries.some(([k, v]) => ['central', 'provincial', 'local'].includes(k) && v !== null);
  return entries.filter(([k]) => !(k === 'fiscal' && finer));
}

export const kpiBreakdown: CheckDefinition = {
  id: 'kpi-sources',
  theme: 'kpi',
  documents: BOTH_DOCUMENTS,
  title: '资金总额＝各来源之和',
  rule: '绩效目标表中，实施期和年度的资金总额应分别等于中央、省级、市县（区）财政资金、单位自筹和其他资金之和。',
  run(report) {
    const out: CheckResult[] = [];
    for (const form of report.performance.projects) {
      for (const period of ['implementation', 'annual'] as const) {
        const funds = form.funds[period];
        const meta = metaOf(
          kpiBreakdown,
          subjectId(form.slug, period),
          `${formLabel(form)}：${PERIOD_WORDS[period]}＝各来源之和`,
        );
        const parts = sourceParts(funds);
        const amounts = [funds.total, ...parts.map(([, v]) => v)];
        if (amounts.every((a) => a === null)) continue;
        const unreadable = amounts.find((a) => a !== null && a.wan === null);
        if (unreadable) {
          out.push(notApplicable(meta, `金额“${unreadable.raw}”无法换算为万元。`));
          continue;
        }
        if (parts.every(([, v]) => v === null)) {
          out.push(notApplicable(meta, '表中没有按中央、省级、市县（区）等来源分列资金。'));
          continue;
        }
        out.push(
          sumCheck(
            meta,
            amountRef(report, form, funds.total, PERIOD_WORDS[period]),
            parts.map(([k, v]) => amountRef(report, form, v, SOURCE_WORDS[k] ?? k)),
          ),
        );
      }
    }
    return out;
  },
};

export const kpiDepartment: CheckDefinition = {
  id: 'kpi-department',
  theme: 'kpi',
  documents: BOTH_DOCUMENTS,
  title: '主管部门代码与本部门一致',
  rule: '绩效目标表中“主管部门及代码”的代码，应等于本报告所属部门的代码。',
  run(report) {
    const forms: {
      slug: string;
      subject: string;
      label: string;
      code: string | null;
      ref: Pick<Ref, 'file' | 'line' | 'project'>;
    }[] = report.performance.projects.map((form) => ({
      slug: form.slug,
      subject: form.slug,
      label: formLabel(form),
      code: form.department.code,
      ref: placeOf(report, form),
    }));
    const overall = report.performance.overall;
    if (overall) {
      forms.unshift({
        slug: '',
        subject: 'overall',
        label: '整体支出绩效目标表',
        code: overall.department.code,
        ref: { line: overall.sourceLines[0] },
      });
    }
    return forms.map((f) => {
      const meta = metaOf(kpiDepartment, subjectId(f.subject), `${f.label}：部门代码核对`);
      const own = report.department.code;
      if (own === null) return notApplicable(meta, '本部门没有登记代码。');
      if (f.code === null) return notApplicable(meta, '表中没有填写主管部门代码。');
      const status = f.code === own ? 'pass' : 'fail';
      const figures = [
        { label: `${f.label} 主管部门代码 ${f.code}`, value: null, unit: null, role: 'stated' as const, ...f.ref },
        { label: `本部门代码 ${own}`, value: null, unit: null, role: 'reference' as const },
      ];
      const message =
        status === 'pass' ? `一致：代码为${own}。` : `不一致：表中主管部门代码为${f.code}，本部门代码为${own}。`;
      return result(meta, status, figures, null, null, message);
    });
  },
};

const fundLine = (lines: { label: string; amount: string | null }[], pattern: RegExp): string | null | undefined =>
  lines.find((l) => pattern.test(l.label.replace(/\s+/g, '')))?.amount;

export const kpiOverall: CheckDefinition = {
  id: 'kpi-overall',
  theme: 'kpi',
  title: '整体绩效目标表与报表一致',
  rule: '整体支出绩效目标表中，资金合计应等于各资金来源之和，也等于基本支出与项目支出之和；资金合计、一般公共预算资金、基本支出、项目支出应与收支总表、财政拨款收支总表和支出总表相同；成本指标应等于资金合计。',
  run(report) {
    const overall = report.performance.overall;
    if (!overall) return [];
    const out: CheckResult[] = [];
    const at = { line: overall.sourceLines[0] };
    const ref = (label: string, value: string | null | undefined): Ref => ({
      label: `整体绩效目标表 ${label}`,
      value: value ?? null,
      ...at,
    });
    const bySource = overall.fundsBySource;
    const byDirection = overall.fundsByDirection;
    const totalSource = ref('资金合计（按来源）', fundLine(bySource, /^合计$/));
    const totalDirection = ref('资金合计（按方向）', fundLine(byDirection, /^合计$/));
    const basic = ref('基本支出', fundLine(byDirection, /基本支出$/));
    const project = ref('项目支出', fundLine(byDirection, /项目支出$/));
    const general = ref('一般公共预算资金', fundLine(bySource, /一般公共预算/));
    const m = (subject: string, title: string) => metaOf(kpiOverall, subject, `整体绩效目标表：${title}`);
    out.push(
      sumCheck(
        m('sources', '资金合计＝各来源之和'),
        totalSource,
        bySource
          .filter((l) => !/^合计$/.test(l.label.replace(/\s+/g, '')))
          .map((l) => ref(l.label.replace(/^其中[:：]/, ''), l.amount)),
      ),
      sumCheck(m('directions', '资金合计＝基本支出＋项目支出'), totalDirection, [basic, project]),
      sameCheck(m('same-total', '按来源与按方向的合计相同'), totalSource, [totalDirection]),
    );
    // Against the tables.
    const summary = tableOf(report, 'summary');
    const fiscal = tableOf(report, 'fiscal');
    const expenditure = tableOf(report, 'expenditure');
    const missingForms = unmatchedForms(report);
    const explain = (r: CheckResult): CheckResult => {
      if (r.status !== 'fail' || r.difference === null) return r;
      const hit = missingForms.find(
        (f) =>
          f.funds.annual.total?.wan !== null &&
          f.funds.annual.total?.wan !== undefined &&
          dec(f.funds.annual.total.wan).eq(dec(r.difference!).abs()),
      );
      return hit
        ? {
            ...r,
            message: `${r.message}差额等于绩效目标表“${hit.name}”的年度资金${hit.funds.annual.total!.wan}万元，该项目不在项目支出表中。`,
          }
        : r;
    };
    const versus = (
      subject: string,
      title: string,
      stated: Ref,
      reference: Ref | undefined,
      missing: string,
    ): CheckResult =>
      reference
        ? explain(sameCheck(m(subject, title), stated, [reference]))
        : notApplicable(m(subject, title), missing);
    const s = summary && twoSided(summary);
    const f = fiscal && twoSided(fiscal);
    const e = expenditure && totalRow(expenditure);
    out.push(
      versus(
        'vs-summary',
        '资金合计与收支总表收入总计核对',
        totalSource,
        summary && s?.grand ? cellRef(summary, s.grand, 'income', '收支总表 收入总计') : undefined,
        '本报告没有收支总表。',
      ),
      versus(
        'vs-fiscal-general',
        '一般公共预算资金与财政拨款收支总表核对',
        general,
        fiscal && f?.grand
          ? cellRef(fiscal, f.grand, 'general', '财政拨款收支总表 支出总计（一般公共预算）')
          : undefined,
        '本报告没有财政拨款收支总表。',
      ),
      versus(
        'vs-basic',
        '基本支出与支出总表核对',
        basic,
        expenditure && e ? cellRef(expenditure, e, 'basic', '支出总表 合计（基本支出）') : undefined,
        '本报告没有支出总表。',
      ),
      versus(
        'vs-project',
        '项目支出与支出总表核对',
        project,
        expenditure && e ? cellRef(expenditure, e, 'project', '支出总表 合计（项目支出）') : undefined,
        '本报告没有支出总表。',
      ),
    );
    const costs = overall.indicators.filter(isCost);
    if (costs.length > 0) {
      const reading = readCosts(costs, '万元');
      const refs = costs.map((i, k) => ({
        label: `整体绩效目标表 成本指标“${i.level3 || i.level2}”${i.value.raw}`,
        value: reading.values[k] ? fmt(reading.values[k]) : null,
        line: i.sourceLine,
      }));
      out.push(costResult(m('cost', '成本指标与资金合计核对'), totalSource, reading, refs));
    }
    return out;
  },
};

/** KPI forms of a budget report that have no row in its project table. */
function unmatchedForms(report: Report): ProjectForm[] {
  const table = tableOf(report, 'projects');
  if (!table) return [];
  const items = projectItems(table);
  const partner = matchNames(
    report.performance.projects.map((f) => f.name),
    items.map((r) => r.label),
  );
  return report.performance.projects.filter((_, i) => partner[i] === -1);
}

export const KPI_CHECKS = [kpiFundsVsTable, kpiCost, kpiPeriod, kpiBreakdown, kpiDepartment, kpiOverall];
