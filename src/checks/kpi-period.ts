import type { Indicator, ProjectForm } from '../schemas';
import { atMostCheck, note, notApplicable, result, sameCheck } from './compare';
import { BOTH_DOCUMENTS, metaOf, subjectId, type CheckDefinition } from './define';
import { amountRef, formLabel, placeOf } from './kpi-refs';
import type { CheckFigure, CheckResult } from './schema';

/**
 * The two column groups of a project form: 实施期 (the whole project) and 年度 (this year).
 * The implementation period contains the year, so its funds are at least the year's; for a
 * one-year project the two are the same project and every figure must agree, funds and each
 * indicator. A required figure left blank is reported as missing (a note), not skipped.
 */

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

/** A required amount that is blank, or printed but not readable as an amount. */
const unreadable = (raw: string | undefined, word: string): string =>
  raw ? `${word}“${raw}”无法换算为万元。` : `未填写${word}。`;

export const kpiPeriod: CheckDefinition = {
  id: 'kpi-period',
  theme: 'kpi',
  documents: BOTH_DOCUMENTS,
  title: '实施期资金与年度资金相符',
  rule: '实施期包含本年度，所以实施期资金总额不应少于年度资金总额；项目期只有一年的，两者应相等。资金总额未填写时提示缺失。',
  run(report) {
    return report.performance.projects.map((form) => {
      const meta = metaOf(kpiPeriod, subjectId(form.slug), `${formLabel(form)}：实施期资金与年度资金核对`);
      const impl = amountRef(report, form, form.funds.implementation.total, '实施期资金总额');
      const annual = amountRef(report, form, form.funds.annual.total, '年度资金总额');
      if (impl.value === null || annual.value === null) {
        const which = impl.value === null ? form.funds.implementation.total : form.funds.annual.total;
        const word = impl.value === null ? '实施期资金总额' : '年度资金总额';
        if (!which?.raw?.trim()) return notApplicable(meta, `未填写${word}（见“必填项”的缺失提示）。`, []);
        return notApplicable(meta, unreadable(which.raw, word), []);
      }
      const oneYear = isOneYear(form.period);
      if (oneYear) {
        return sameCheck({ ...meta, rule: `${meta.rule}本项目的项目期为“${form.period ?? ''}”。` }, impl, [annual]);
      }
      const r = atMostCheck(meta, annual, impl);
      if (r.status !== 'pass' && r.status !== 'fail') return r;
      const period = `项目期“${form.period ?? '未填写'}”，实施期资金${impl.value}万元，`;
      return r.status === 'pass'
        ? { ...r, message: `一致：${period}不少于年度资金${annual.value}万元。` }
        : { ...r, message: `不一致：${period}少于年度资金${annual.value}万元。` };
    });
  },
};

const nameKey = (i: Indicator): string => (i.level3 || i.level2).replace(/[\s“”"'‘’（）()、，,：:]/g, '');
const valueKey = (i: Indicator): string => i.value.raw.replace(/\s+/g, '').replace(/＞/g, '>').replace(/＜/g, '<');

/** The 年度 indicator that is the same as an 实施期 one: equal names, or a cut-off name that begins the other. */
function partnerOf(i: Indicator, annual: Indicator[]): Indicator | undefined {
  const key = nameKey(i);
  return (
    annual.find((a) => nameKey(a) === key && a.level2 === i.level2) ??
    annual.find((a) => nameKey(a) === key) ??
    annual.find(
      (a) => Math.min(key.length, nameKey(a).length) >= 4 && (nameKey(a).startsWith(key) || key.startsWith(nameKey(a))),
    )
  );
}

const indicatorFigure = (
  form: ProjectForm,
  report: Parameters<typeof placeOf>[0],
  i: Indicator,
  role: CheckFigure['role'],
): CheckFigure => ({
  label: `${formLabel(form)} ${i.period === 'annual' ? '年度' : '实施期'}指标“${i.level3 || i.level2}”${i.value.raw}`,
  value: null,
  unit: null,
  role,
  ...placeOf(report, form, i.sourceLine),
});

export const kpiOneYearIndicators: CheckDefinition = {
  id: 'kpi-one-year',
  theme: 'kpi',
  documents: BOTH_DOCUMENTS,
  title: '一年期项目的实施期指标与年度指标一致',
  rule: '项目期只有一年的项目，实施期就是本年度：实施期目标中的每个绩效指标应在年度目标中以同样的指标值出现。指标值不同为不符；只在一栏出现的指标作提示。',
  run(report) {
    const out: CheckResult[] = [];
    for (const form of report.performance.projects) {
      const meta = metaOf(kpiOneYearIndicators, subjectId(form.slug), `${formLabel(form)}：实施期指标与年度指标核对`);
      const oneYear = isOneYear(form.period);
      const filled = (i: Indicator): boolean => i.value.raw.trim() !== '';
      const impl = form.indicators.filter((i) => i.period === 'implementation');
      const annual = form.indicators.filter((i) => i.period === 'annual');
      if (!oneYear) {
        out.push(notApplicable(meta, `项目期为“${form.period ?? '未填写'}”，不是一年期项目。`));
        continue;
      }
      if (!impl.some(filled) || !annual.some(filled)) {
        out.push(notApplicable(meta, '表中只填写了一栏指标。'));
        continue;
      }
      const differ: [Indicator, Indicator][] = [];
      const alone: Indicator[] = [];
      const used = new Set<Indicator>();
      for (const i of impl) {
        const a = partnerOf(
          i,
          annual.filter((x) => !used.has(x)),
        );
        if (!a) alone.push(i);
        else {
          used.add(a);
          // A blank value is a missing figure (kpi-required), not a different one.
          if (filled(a) && filled(i) && valueKey(a) !== valueKey(i)) differ.push([i, a]);
        }
      }
      alone.push(...annual.filter((a) => !used.has(a)));
      alone.splice(0, alone.length, ...alone.filter(filled));
      if (differ.length > 0) {
        const figures = differ.flatMap(([i, a]) => [
          indicatorFigure(form, report, i, 'stated'),
          indicatorFigure(form, report, a, 'reference'),
        ]);
        const list = differ.map(([i, a]) => `“${i.level3 || i.level2}”实施期${i.value.raw}、年度${a.value.raw}`);
        out.push(result(meta, 'fail', figures, null, null, `不一致：一年期项目的指标值两栏不同：${list.join('；')}。`));
      } else if (alone.length > 0) {
        const list = alone.map((i) => `${i.period === 'annual' ? '年度' : '实施期'}“${i.level3 || i.level2}”`);
        out.push(
          note(
            meta,
            `提示：一年期项目的两栏指标不完全对应：${list.join('、')}只出现在一栏。`,
            '指标名称可能被截断或改写，无法确定两栏是否不同，只作提示。',
            alone.map((i) => indicatorFigure(form, report, i, 'stated')),
          ),
        );
      } else {
        out.push(result(meta, 'pass', [], null, null, `一致：${impl.length}个指标在两栏中相同。`));
      }
    }
    return out;
  },
};

export const kpiRequired: CheckDefinition = {
  id: 'kpi-required',
  theme: 'kpi',
  documents: BOTH_DOCUMENTS,
  title: '绩效目标表必填的数字已填写',
  rule: '项目绩效目标表中，年度资金总额、实施期资金总额和每个已列出的三级指标的指标值都是必填项；空白不等于0，缺失时提示。单元格有截断或错位的表不检查指标值。',
  run(report) {
    return report.performance.projects.map((form) => {
      const meta = metaOf(kpiRequired, subjectId(form.slug), `${formLabel(form)}：必填项`);
      const missing: CheckFigure[] = [];
      for (const period of ['implementation', 'annual'] as const) {
        const total = form.funds[period].total;
        if (!total?.raw?.trim()) {
          const ref = amountRef(report, form, total, period === 'annual' ? '年度资金总额' : '实施期资金总额');
          missing.push({ ...ref, unit: '万元', role: 'stated' });
        }
      }
      // In a form with cut-off or shifted cells a blank may be a value printed elsewhere: an
      // indicator whose twin in the other column is filled is not reported.
      const filledNames = new Set(form.indicators.filter((i) => i.value.raw.trim() !== '').map(nameKey));
      if (!form.truncated)
        for (const i of form.indicators)
          if (i.level3.trim() !== '' && i.value.raw.trim() === '' && !filledNames.has(nameKey(i)))
            missing.push(indicatorFigure(form, report, i, 'stated'));
      if (missing.length === 0) return result(meta, 'pass', [], null, null, '一致：资金总额和各指标值均已填写。');
      return note(
        meta,
        `缺失：${missing.map((m) => m.label.replace(`${formLabel(form)} `, '')).join('、')}未填写。`,
        '必填的数字为空白；空白不等于0，无法核对。',
        missing,
      );
    });
  },
};

export const KPI_PERIOD_CHECKS = [kpiPeriod, kpiOneYearIndicators, kpiRequired];
