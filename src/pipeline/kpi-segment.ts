import { squash } from './kpi-text';
import { filledCells, type SourceLine } from './lines';
import { isTocEntry } from './sections';

/**
 * Finding the KPI forms in a text: the performance part of a budget document, the form
 * boundaries inside it, and what is printed between two forms.
 */

const PERFORMANCE_HEADING = /^十、\s*绩效管理情况$/;
const NEXT_HEADING = /^十一、\s*国有资产占有使用情况/;

/**
 * The lines of section 十、绩效管理情况 (the body heading, not the table-of-contents entry)
 * up to 十一、国有资产占有使用情况. A document without that heading is returned whole when
 * it prints the forms' indicator columns (一级指标), else it has no forms: a 项目名称 header
 * of a budget table alone does not make a form.
 */
export function performanceSection(lines: SourceLine[]): SourceLine[] {
  const isHeading = (pattern: RegExp) => (line: SourceLine) => pattern.test(line.text.trim()) && !isTocEntry(line.text);
  const start = lines.findIndex(isHeading(PERFORMANCE_HEADING));
  if (start < 0) return lines.some((l) => /一级指标/.test(squash(l.text))) ? lines : [];
  const length = lines.slice(start).findIndex(isHeading(NEXT_HEADING));
  return lines.slice(start, length < 0 ? undefined : start + length);
}

export interface FormBlock {
  kind: 'overall' | 'project';
  /** The form's table, from its first row (部门名称 / 项目名称) to the row before the signature. */
  table: SourceLine[];
  /** The signature rows (负责人, 经办人, 联系电话, 填报日期), possibly split over several lines. */
  footer: SourceLine[];
  /** Text fragments printed after the form: tails of cells the extraction cut off. */
  overflow: SourceLine[];
}

const firstCell = (line: SourceLine): string => squash(filledCells(line)[0] ?? '');

const startsProject = (line: SourceLine): boolean => firstCell(line) === '项目名称';
const startsOverall = (line: SourceLine): boolean => filledCells(line).some((c) => squash(c) === '部门名称');
/** "负责人:", "负责人: 孙志强 联系电话: …", a cut "负责"; not a row of text starting "负责统计工作". */
const isFooter = (line: SourceLine): boolean => /^(负责人?|经办人?|联系电话|填报日期)([:：]|$)/.test(firstCell(line));
/** A stamp such as "202401291 70912" that the 填报日期 cell pushed onto its own line. */
const isFooterStamp = (line: SourceLine): boolean => filledCells(line).every((c) => /^[\d\s.:：-]+$/.test(c));

/**
 * Printed between forms and never content: blank or "||" lines, form titles
 * ("…项目支出绩效目标申报表", "…2024年单位预算公开报告") and year lines ("(2024年度)",
 * split over lines as "(2024年" / "度)").
 */
function isBetweenForms(line: SourceLine): boolean {
  const text = squash(filledCells(line).join(''));
  return (
    /^[|｜]*$/.test(text) ||
    /申报表|目标表|公开报告|预算部门/.test(text) ||
    /[(（]\d{4}[)）]?年?度?[)）]?$/.test(text) ||
    /^年?度[)）]$/.test(text)
  );
}

function toBlock(kind: FormBlock['kind'], lines: SourceLine[]): FormBlock {
  const footerAt = lines.findIndex(isFooter);
  if (footerAt < 0) {
    const last = lines.findLastIndex((l) => !isBetweenForms(l));
    return { kind, table: lines.slice(0, last + 1), footer: [], overflow: [] };
  }
  const after = lines.slice(footerAt + 1).filter((l) => !isBetweenForms(l));
  const isSignature = (l: SourceLine): boolean => isFooter(l) || isFooterStamp(l);
  return {
    kind,
    table: lines.slice(0, footerAt),
    footer: [lines[footerAt]!, ...after.filter(isSignature)],
    overflow: after.filter((l) => !isSignature(l)),
  };
}

/** Split the lines into forms: each starts at its 部门名称 (整体) or 项目名称 (项目) row. */
export function splitForms(lines: SourceLine[]): FormBlock[] {
  const starts = lines.flatMap((line, i): [number, FormBlock['kind']][] => {
    if (startsProject(line)) return [[i, 'project']];
    return startsOverall(line) ? [[i, 'overall']] : [];
  });
  return starts.map(([from, kind], k) => toBlock(kind, lines.slice(from, starts[k + 1]?.[0])));
}
