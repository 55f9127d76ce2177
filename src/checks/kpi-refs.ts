import type { FormAmount, Indicator, ProjectForm, Report } from '../schemas';
import { mainFile } from '../lib/provenance';
import { decimalsOf, toWan, type Ref } from './compare';

/** How the KPI checks read a form's figures: each with the line it is printed on. */

/** Where a form's figure was printed: the file only when it is not the report's own source. */
export function placeOf(report: Report, form: ProjectForm, line?: number): Pick<Ref, 'file' | 'line' | 'project'> {
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

export const formLabel = (form: ProjectForm): string => `绩效目标表“${form.name}”`;

const UNIT_SUFFIX = /^(.*?)(万元|元)$/;

/** The step of an amount's last printed digit in 万元 ("188,000" 元 → 0.0001, "15000万元" → 1). */
export function amountStep(amount: FormAmount, fundsUnit: string | null): string | undefined {
  const printed = UNIT_SUFFIX.exec(amount.raw.replace(/[\s,，]/g, ''));
  const digits = (printed ? printed[1]! : amount.raw).replace(/[\s,，]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(digits)) return undefined;
  return toWan(`0${decimalsOf(digits) > 0 ? `.${'0'.repeat(decimalsOf(digits))}` : ''}`, printed?.[2] ?? fundsUnit)
    ?.step;
}

/** A figure of a project form as a Ref that points to its own line in the form. */
export function amountRef(report: Report, form: ProjectForm, amount: FormAmount | null, what: string): Ref {
  const step = amount ? amountStep(amount, form.fundsUnit) : undefined;
  return {
    label: `${formLabel(form)} ${what}`,
    value: amount?.wan ?? null,
    ...(step ? { step } : {}),
    ...placeOf(report, form, amount?.line),
  };
}

export const PERIOD_WORDS = { implementation: '实施期资金总额', annual: '年度资金总额' } as const;

export const isCost = (i: Indicator): boolean => /^成本/.test(i.level2) || (/^成本/.test(i.level1) && i.level2 === '');
