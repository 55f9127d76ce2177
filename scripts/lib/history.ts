/**
 * The importer's side of the change log: reads the committed report and history of each
 * report, and returns the history files to write (the old text plus one entry). Pure
 * diffing lives in src/lib/history.ts; this module only reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendHistory, historyEntry, historyFile, parseHistory } from '../../src/lib/history';
import { reportPath } from '../../src/pipeline/serialize';
import { Report } from '../../src/schemas';
import { contentDir, ImportError } from './sources';

/** The import's date: IMPORT_DATE (YYYY-MM-DD) or today in UTC. */
export function importDate(env: NodeJS.ProcessEnv = process.env): string {
  const date = env.IMPORT_DATE?.trim() || new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ImportError(`IMPORT_DATE=${date}：应为 YYYY-MM-DD`);
  return date;
}

function committedReport(path: string): Report | null {
  const file = join(contentDir, path);
  if (!existsSync(file)) return null;
  const parsed = Report.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  // A committed file of an older contract: compare nothing, log the import as an update.
  return parsed.success ? parsed.data : null;
}

export interface HistoryWrite {
  path: string;
  content: string;
}

/** History files to write for the reports whose JSON the import writes (`changed` paths). */
export function historyUpdates(reports: readonly Report[], changed: ReadonlySet<string>): HistoryWrite[] {
  const date = importDate();
  const writes: HistoryWrite[] = [];
  for (const report of reports) {
    const path = reportPath(report);
    if (!changed.has(path)) continue;
    const existed = existsSync(join(contentDir, path));
    const before = committedReport(path);
    const entry =
      existed && before === null
        ? { date, kind: 'update' as const, changes: [] }
        : historyEntry(before, report, date, true);
    if (!entry) continue;
    const file = historyFile(report);
    const old = existsSync(join(contentDir, file)) ? readFileSync(join(contentDir, file), 'utf8') : '';
    try {
      parseHistory(old, `content/${file}`); // refuse to append to a broken log
    } catch (e) {
      throw new ImportError((e as Error).message);
    }
    writes.push({ path: file, content: appendHistory(old, entry) });
  }
  return writes;
}
