import Decimal from 'decimal.js';
import type { Indicator } from '../schemas';
import {
  dec,
  fmt,
  note,
  notApplicable,
  OUTCOME,
  result,
  statusOf,
  toleranceOf,
  toWan,
  type CheckMeta,
  type Ref,
} from './compare';
import { BOTH_DOCUMENTS, metaOf, subjectId, type CheckDefinition } from './define';
import { amountRef, formLabel, isCost, PERIOD_WORDS, placeOf } from './kpi-refs';
import type { CheckFigure, CheckResult } from './schema';

/**
 * 成本指标 against the funds of a form. What arithmetic proves: costs stated as amounts that
 * add up to more than the funds, or floors ("≥") above them — the form commits to spending
 * more than it has. What it does not prove: costs or caps ("≤") that add up to less than the
 * funds — the cost indicators need not cover every use of the funds (003 安全生产工作经费
 * lists 培训, 宣传, 视频专线, 专家 … and caps only some of them), so that is a note.
 */

const PER_UNIT = /每|单价|标准|人均|户均|平均|\//;

export interface CostReading {
  indicators: Indicator[];
  values: Ref[];
  ops: Set<string>;
  problem: string | null;
}

/** Read the money value of cost indicators; the unit of a bare number is `defaultUnit`. */
export function readCosts(
  indicators: Indicator[],
  defaultUnit: string | null,
  label: (i: Indicator) => string,
  place: (i: Indicator) => Pick<Ref, 'file' | 'line' | 'project'>,
): CostReading {
  const values: Ref[] = [];
  const ops = new Set<string>();
  for (const i of indicators) {
    const v = i.value;
    const shown = `“${i.level3 || i.level2}：${v.raw}”`;
    if (v.number === null) return { indicators, values, ops, problem: `成本指标${shown}不是一个金额。` };
    if (PER_UNIT.test(i.level3) || (v.unit !== null && PER_UNIT.test(v.unit))) {
      return { indicators, values, ops, problem: `成本指标${shown}是单位标准，不是总额。` };
    }
    const wan = toWan(v.number, v.unit ?? defaultUnit);
    if (!wan) return { indicators, values, ops, problem: `成本指标${shown}不是金额。` };
    values.push({ label: label(i), value: fmt(dec(wan.value)), step: wan.step, ...place(i) });
    ops.add(v.op === '<' ? '≤' : v.op === '>' ? '≥' : (v.op ?? '='));
  }
  return { indicators, values, ops, problem: null };
}

const asFigure = (r: Ref, role: CheckFigure['role']): CheckFigure => {
  const { step: _step, ...rest } = r;
  return { ...rest, unit: '万元', role };
};

/** Σ cost indicators against the funds: equal, within an upper bound, or above a lower bound. */
export function costResult(meta: CheckMeta, funds: Ref, reading: CostReading): CheckResult {
  const figures = [asFigure(funds, 'stated'), ...reading.values.map((r) => asFigure(r, 'part'))];
  if (reading.problem) return notApplicable(meta, reading.problem, figures);
  if (funds.value === null) return notApplicable(meta, '资金总额无法换算为万元。', figures);
  if (reading.ops.size > 1) return notApplicable(meta, '成本指标中既有上限又有下限，无法合计比较。', figures);
  const op = [...reading.ops][0] ?? '=';
  const sum = reading.values.reduce((a, v) => a.plus(dec(v.value!)), new Decimal(0));
  const computed: CheckFigure = { label: '成本指标金额之和', value: fmt(sum), unit: '万元', role: 'computed' };
  const difference = dec(funds.value).minus(sum);
  const tolerance = toleranceOf([funds, ...reading.values]);
  const all = [...figures, computed];
  const within = difference.abs().lte(tolerance);
  const words = op === '=' ? '成本指标合计' : `成本指标${op === '≤' ? '上限' : '下限'}合计${op}`;
  const text = `${words}${fmt(sum)}万元，${funds.label}${funds.value}万元`;
  if (difference.isZero() || within) {
    const status = statusOf(difference, tolerance);
    return result(meta, status, all, difference, tolerance, `${OUTCOME[status]}：${text}。`);
  }
  if (difference.lt(0) && op !== '≤') {
    const why = op === '≥' ? '资金达不到成本指标要求的下限' : '成本超过了资金总额';
    return result(meta, 'fail', all, difference, tolerance, `不一致：${text}，${why}。`);
  }
  if (difference.gt(0) && op === '≥') {
    return result(meta, 'pass', all, difference, tolerance, `一致：${text}，资金不低于成本指标的下限。`);
  }
  if (difference.lt(0)) {
    return result(meta, 'pass', all, difference, tolerance, `一致：${text}，资金在成本指标的上限以内。`);
  }
  return {
    ...note(
      meta,
      `提示：${text}，资金比成本指标${op === '≤' ? '上限' : ''}合计多${fmt(difference)}万元。`,
      '成本指标未必列出资金的全部用途，资金多于成本指标之和不能说明数字有误。',
      all,
    ),
    difference: fmt(difference),
    tolerance: fmt(tolerance),
  };
}

export const kpiCost: CheckDefinition = {
  id: 'kpi-cost',
  theme: 'kpi',
  documents: BOTH_DOCUMENTS,
  title: '成本指标与项目资金一致',
  rule: '绩效目标表中以金额表示的成本指标，合计不应超过年度资金总额；写作“≥”的下限合计不应超过资金。成本指标或“≤”上限合计少于资金时只作提示：成本指标未必列出资金的全部用途。成本指标不是金额（如比率、单位标准、文字）时不适用。没有单位的数字按表头的资金单位理解。',
  run(report) {
    return report.performance.projects.map((form) => {
      const meta = metaOf(kpiCost, subjectId(form.slug), `${formLabel(form)}：成本指标与资金核对`);
      const annual = form.indicators.filter((i) => i.period === 'annual' && isCost(i));
      const implementation = form.indicators.filter((i) => i.period === 'implementation' && isCost(i));
      const period = annual.length > 0 ? 'annual' : 'implementation';
      const costs = annual.length > 0 ? annual : implementation;
      if (costs.length === 0) return notApplicable(meta, '没有填写成本指标。');
      const reading = readCosts(
        costs,
        form.fundsUnit,
        (i) => `${formLabel(form)} 成本指标“${i.level3 || i.level2}”${i.value.raw}`,
        (i) => placeOf(report, form, i.sourceLine),
      );
      return costResult(meta, amountRef(report, form, form.funds[period].total, PERIOD_WORDS[period]), reading);
    });
  },
};
