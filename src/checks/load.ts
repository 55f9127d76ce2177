/**
 * Reading committed reports for the command line (`npm run check-data`). Pages read the same
 * files through the content layer; this loader exists so the CLI needs no Astro.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Report, reportStem } from '../schemas';

export interface LoadedReport {
  /** Path relative to the content directory: "reports/<region>/<dept>/<year>.json". */
  path: string;
  report: Report;
}

export interface ContractError {
  path: string;
  /** Plain Chinese lines: JSON path and message. */
  issues: string[];
}

export interface LoadResult {
  reports: LoadedReport[];
  errors: ContractError[];
}

export function loadReports(contentDir: string): LoadResult {
  const dir = join(contentDir, 'reports');
  const reports: LoadedReport[] = [];
  const errors: ContractError[] = [];
  if (!existsSync(dir))
    return {
      reports,
      errors: [{ path: relative(contentDir, dir), issues: ['目录不存在：请先运行 npm run import -- --all'] }],
    };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
  for (const file of files) {
    const path = relative(contentDir, file);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      errors.push({ path, issues: [`不是有效的 JSON（${(e as Error).message}）`] });
      continue;
    }
    const parsed = Report.safeParse(data);
    if (!parsed.success) {
      errors.push({ path, issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'}：${i.message}`) });
      continue;
    }
    const r = parsed.data;
    const expected = join('reports', r.region, r.department.slug, `${reportStem(r)}.json`);
    if (path !== expected) {
      errors.push({ path, issues: [`文件位置与内容不符（内容是 ${expected}）`] });
      continue;
    }
    reports.push({ path, report: r });
  }
  return { reports, errors };
}
