/**
 * Consistency checks over every committed report.
 *
 *   npm run check-data              one line per report, then every fail and note in detail
 *   npm run check-data -- --strict  also exit non-zero when any check fails
 *   npm run check-data -- --all     list rounding and not-applicable results too
 *
 * Exit codes: 0 fine, 1 contract errors (unreadable or invalid JSON) or, with --strict, a
 * failing check.
 */
import { resolve } from 'node:path';
import { loadReports } from '../src/checks/load';
import { runChecks, STATUS_LABELS, summarize, type CheckResult } from '../src/checks';

const CONTENT_DIR = resolve(process.env.CONTENT_DIR?.trim() || 'content');

function figureLine(r: CheckResult): string[] {
  return r.figures.map((f) => {
    const where = [
      f.table && f.rowId ? `#${f.table}-${f.rowId}` : null,
      f.project ? `项目 ${f.project}` : null,
      f.line ? `${f.file ? `${f.file} ` : ''}第${f.line}行` : null,
    ]
      .filter(Boolean)
      .join('，');
    const value = f.value === null ? (f.unit === null ? '' : '空白') : `${f.value}${f.unit ?? ''}`;
    return `        ${f.label}${value ? `：${value}` : ''}${where ? `（${where}）` : ''}`;
  });
}

function main(argv: string[]): number {
  const strict = argv.includes('--strict');
  const verbose = argv.includes('--all');
  const { reports, errors } = loadReports(CONTENT_DIR);
  for (const e of errors) {
    console.error(`✗ content/${e.path}：不符合数据格式`);
    for (const issue of e.issues) console.error(`    ${issue}`);
  }
  let failing = 0;
  let notes = 0;
  const details: string[] = [];
  for (const { path, report } of reports) {
    const results = runChecks(report);
    const s = summarize(results);
    failing += s.fail;
    notes += s.note;
    const mark = s.fail > 0 ? '✗' : '✓';
    console.log(
      `${mark} ${path.replace(/^reports\//, '').replace(/\.json$/, '')}：${s.total} 项核对，通过 ${s.pass}，舍入差异 ${s.rounding}，不符 ${s.fail}，提示 ${s.note}，不适用 ${s['not-applicable']}`,
    );
    const shown = results.filter((r) => r.status === 'fail' || r.status === 'note' || (verbose && r.status !== 'pass'));
    if (shown.length > 0) details.push(`\n${path}`);
    for (const r of shown) {
      details.push(
        `  [${STATUS_LABELS[r.status]}] ${r.title}`,
        `      ${r.message}`,
        ...(r.status === 'note' && r.reason ? [`      （${r.reason}）`] : []),
        ...figureLine(r),
      );
    }
  }
  if (details.length > 0) console.log(details.join('\n'));
  console.log(
    `\n${reports.length} 份报告，${failing} 项不符，${notes} 项提示${errors.length > 0 ? `，${errors.length} 个文件不符合数据格式` : ''}。`,
  );
  if (errors.length > 0) return 1;
  return strict && failing > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
