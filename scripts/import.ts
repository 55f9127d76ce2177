/**
 * Import published budget documents into content/reports/…json.
 *
 *   npm run import -- --all            re-import every document in content/sources/manifest.json
 *   npm run import -- <file…>          check new files, then re-import (files must be registered)
 *   npm run import -- --verify         re-import in memory; fail if committed JSON differs
 *   npm run import -- --add <file…>    register new documents (entry read from them), then import all
 *
 * Nothing is written unless every document imports and every report validates; then all
 * files are written under temporary names first and renamed together (scripts/lib/write.ts),
 * so a failure never leaves half-written JSON or half the reports updated.
 * Each report the import creates or changes gets one more line in its change log,
 * content/history/<region>/<dept>/<year>.jsonl (src/lib/history.ts), dated IMPORT_DATE
 * (YYYY-MM-DD) or today (UTC). `--verify` writes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { addCommand } from './lib/add';
import { checkRequested, contentDir, importAll, ImportError, loadManifest } from './lib/sources';
import { writeAll } from './lib/write';
import { historyUpdates } from './lib/history';

function listReportFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => relative(contentDir, join(d.parentPath, d.name)));
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--add') return addCommand(argv.slice(1), () => main(['--all']));
  const started = performance.now();
  const verify = argv.includes('--verify');
  const all = argv.includes('--all');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (!verify && !all && files.length === 0) {
    console.error('用法：npm run import -- --all | --verify | <文件…> | --add <新文件…>');
    return 2;
  }
  const manifest = loadManifest();
  for (const f of files) await checkRequested(f, manifest);
  const { docs, set, outputs } = await importAll();

  for (const doc of docs) {
    const reports = set.reports.filter((r) => r.source.files.some((f) => f.file === doc.entry.file));
    const targets = reports.map((r) => `${r.region}/${r.department.slug}/${r.year}`).join(', ');
    const rows = doc.tables.reduce((n, t) => n + t.rows.length, 0);
    const indicators = doc.kpi.projects.reduce((n, p) => n + p.indicators.length, 0);
    console.log(
      `✓ ${doc.entry.file} → ${targets}: ${doc.tables.length} 张表 ${rows} 行, ${doc.narrative.length} 节说明, ` +
        `${doc.kpi.projects.length} 个项目 ${indicators} 项指标, ${doc.warnings.length} 条警告`,
    );
    for (const w of doc.warnings) console.log(`    ⚠ ${w.message}`);
  }

  const expected = new Map(outputs.map((o) => [o.path, o.content]));
  const existing = [
    ...listReportFiles(join(contentDir, 'reports')),
    'regions.json',
    'departments.json',
    'report.schema.json',
  ].filter((p) => existsSync(join(contentDir, p)));
  const stale = existing.filter((p) => !expected.has(p));
  const changed = outputs.filter(
    (o) => !existsSync(join(contentDir, o.path)) || readFileSync(join(contentDir, o.path), 'utf8') !== o.content,
  );
  const ms = Math.round(performance.now() - started);

  if (verify) {
    if (changed.length + stale.length === 0) {
      console.log(`✓ 已提交的 JSON 与重新导入的结果一致（${outputs.length} 个文件，${ms} ms）`);
      return 0;
    }
    for (const o of changed) console.error(`✗ content/${o.path} 与重新导入的结果不同`);
    for (const p of stale) console.error(`✗ content/${p} 不再由任何来源文件生成`);
    console.error('请运行 npm run import -- --all 并检查差异后提交。');
    return 1;
  }
  const history = historyUpdates(set.reports, new Set(changed.map((o) => o.path)));
  writeAll(contentDir, [...changed, ...history], stale);
  console.log(
    `✓ 写入 ${changed.length} 个文件，删除 ${stale.length} 个过期文件，未变 ${outputs.length - changed.length} 个，` +
      `更新记录 ${history.length} 条（${ms} ms）`,
  );
  return 0;
}

/**
 * Run the CLI; every refusal is one plain message (ImportError). Anything else is a fault of
 * the importer itself: reported in one line too (the stack only with IMPORT_DEBUG=1), and
 * like any refusal it leaves content/ untouched, since nothing is written before the end.
 */
export async function run(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (e) {
    if (e instanceof ImportError) {
      console.error(`✗ ${e.message}`);
      return 1;
    }
    if (process.env.IMPORT_DEBUG === '1') throw e;
    console.error(`✗ 导入程序内部错误（未写入任何文件，请报告此问题）：${(e as Error).message}`);
    return 3;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await run(process.argv.slice(2));
}
