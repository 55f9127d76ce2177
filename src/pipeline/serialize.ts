import type { z } from 'zod';
import { Departments, jsonText as json, Regions, Report, reportJsonSchema, reportStem } from '../schemas';
import type { ReportSet } from './model';

/**
 * Stage 7: the files of content/, validated and pretty-printed. Key order follows the
 * schemas and rows keep source order, so an unchanged source re-imports without a diff.
 */

export interface OutputFile {
  /** Path relative to content/. */
  path: string;
  content: string;
}

export class SchemaError extends Error {}

function validated<T>(schema: z.ZodType<T>, data: unknown, path: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `  ${i.path.join('.')}：${i.message}`).join('\n');
  throw new SchemaError(`content/${path} 不符合数据格式：\n${issues}`);
}

export function reportPath(report: Pick<Report, 'region' | 'department' | 'year' | 'documentType'>): string {
  return `reports/${report.region}/${report.department.slug}/${reportStem(report)}.json`;
}

export function serializeReportSet(set: ReportSet): OutputFile[] {
  const files = set.reports.map((report) => {
    const path = reportPath(report);
    return { path, content: json(validated(Report, report, path)) };
  });
  files.push({ path: 'regions.json', content: json(validated(Regions, set.regions, 'regions.json')) });
  files.push({ path: 'report.schema.json', content: json(reportJsonSchema()) });
  files.push({ path: 'departments.json', content: json(validated(Departments, set.departments, 'departments.json')) });
  return files;
}
