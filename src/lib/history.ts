/**
 * The change log of a report, as pure functions: what changed between the committed
 * report and a re-import (`diffReports`), the entry an import appends (`historyEntry`),
 * the JSON Lines file format (`parseHistory`, `appendHistory`) and the Chinese wording of
 * each change on the pages (`describeChange`, `entrySummary`).
 *
 * A figure is a cell of an amount column, matched by table id, row id and column key, so a
 * figure that moves to another line of the source is "changed" only when its value does.
 */
import type { Change, Correction, HistoryEntry, Report, Table } from '../schemas';
import { HistoryEntry as HistoryEntrySchema } from '../schemas/history';
import { reportStem } from '../schemas/report';
import { formatAmount } from './format';
import { tableId, type ReportRef } from './routes';

/** Path of a report's history, relative to the content directory. */
export const historyFile = (r: ReportRef): string => `history/${r.region}/${r.department.slug}/${reportStem(r)}.jsonl`;

const tableTitle = (t: Table): string => [t.number, t.title].filter(Boolean).join(' ');

interface Figure {
  place: {
    table: string;
    tableTitle: string;
    row: string;
    label: string;
    column: string;
    columnLabel: string;
    unit: string;
  };
  value: string | null;
  line: number;
}

/** Every amount cell of a table, keyed by "row id / column key". */
function figures(table: Table): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const row of table.rows) {
    table.columns.forEach((col, i) => {
      if (col.kind !== 'amount') return;
      out.set(`${row.id}\u0000${col.key}`, {
        place: {
          table: tableId(table),
          tableTitle: tableTitle(table),
          row: row.id,
          label: row.label,
          column: col.key,
          columnLabel: col.path.join('/'),
          unit: table.unit,
        },
        value: row.cells[i] ?? null,
        line: row.sourceLines[0],
      });
    });
  }
  return out;
}

function diffTable(before: Table, after: Table): Change[] {
  const old = figures(before);
  const now = figures(after);
  const changes: Change[] = [];
  for (const [key, f] of now) {
    const o = old.get(key);
    if (!o) {
      if (f.value !== null) changes.push({ type: 'added', ...f.place, value: f.value, line: f.line });
    } else if (o.value !== f.value) {
      changes.push({ type: 'changed', ...f.place, from: o.value, to: f.value, fromLine: o.line, toLine: f.line });
    }
  }
  for (const [key, o] of old) {
    if (!now.has(key) && o.value !== null) changes.push({ type: 'removed', ...o.place, value: o.value, line: o.line });
  }
  return changes;
}

const correctionKey = (c: Correction): string => [c.file, c.line, c.original, c.corrected].join('\u0000');

/** What changed from `before` (the committed report) to `after` (the re-import). */
export function diffReports(before: Report | null, after: Report): Change[] {
  const changes: Change[] = [];
  const oldTables = new Map((before?.tables ?? []).map((t) => [tableId(t), t]));
  const newIds = new Set(after.tables.map(tableId));
  for (const t of after.tables) {
    const old = oldTables.get(tableId(t));
    if (!old) {
      if (before) {
        changes.push({
          type: 'table-added',
          table: tableId(t),
          tableTitle: tableTitle(t),
          rows: t.rows.length,
          line: t.sourceLines[0],
        });
      }
    } else changes.push(...diffTable(old, t));
  }
  for (const t of before?.tables ?? []) {
    if (!newIds.has(tableId(t))) {
      changes.push({
        type: 'table-removed',
        table: tableId(t),
        tableTitle: tableTitle(t),
        rows: t.rows.length,
        line: t.sourceLines[0],
      });
    }
  }
  const applied = new Set((before?.corrections ?? []).map(correctionKey));
  for (const c of after.corrections) {
    if (before && !applied.has(correctionKey(c))) changes.push({ type: 'correction', ...c });
  }
  return changes;
}

/**
 * The entry an import appends for one report, or null when the report is unchanged.
 * `before` is the committed report (null for a new one); `fileChanged` says whether the
 * written JSON differs, so text-only changes are logged too (with no figure changes).
 */
export function historyEntry(
  before: Report | null,
  after: Report,
  date: string,
  fileChanged: boolean,
): HistoryEntry | null {
  if (before === null) return { date, kind: 'first-import', changes: [] };
  if (!fileChanged) return null;
  return { date, kind: 'update', changes: diffReports(before, after) };
}

export class HistoryError extends Error {}

/** Parse a history file (JSON Lines); a bad line names the file and the line. */
export function parseHistory(text: string, file: string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      throw new HistoryError(`${file}:${i + 1}：不是有效的 JSON（${(e as Error).message}）`);
    }
    const result = HistoryEntrySchema.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new HistoryError(`${file}:${i + 1}：不符合更新记录格式（${issue?.path.join('.')}：${issue?.message}）`);
    }
    entries.push(result.data);
  });
  return entries;
}

/** The file text with one more entry: append-only, the earlier lines untouched. */
export function appendHistory(text: string, entry: HistoryEntry): string {
  const head = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${head}${JSON.stringify(entry)}\n`;
}

export const KIND_LABELS: Record<HistoryEntry['kind'], string> = {
  'first-import': '首次导入',
  update: '重新导入',
};

const amount = (value: string | null, unit: string): string =>
  value === null ? '空白' : `${formatAmount(value)} ${unit}`;

/** One change in plain Chinese, with the source lines of the figures. */
export function describeChange(c: Change): string {
  switch (c.type) {
    case 'added':
      return `新增：${c.tableTitle}“${c.label}”${c.columnLabel} ${amount(c.value, c.unit)}（第 ${c.line} 行）`;
    case 'removed':
      return `删除：${c.tableTitle}“${c.label}”${c.columnLabel} ${amount(c.value, c.unit)}（原第 ${c.line} 行）`;
    case 'changed':
      return (
        `修改：${c.tableTitle}“${c.label}”${c.columnLabel} 由 ${amount(c.from, c.unit)}（原第 ${c.fromLine} 行）` +
        `改为 ${amount(c.to, c.unit)}（第 ${c.toLine} 行）`
      );
    case 'table-added':
      return `新增表：${c.tableTitle}（${c.rows} 行，第 ${c.line} 行起）`;
    case 'table-removed':
      return `删除表：${c.tableTitle}（原 ${c.rows} 行）`;
    case 'correction':
      return `更正原文第 ${c.line} 行：“${c.original}”改为“${c.corrected}”（${c.reason}）`;
  }
}

/** "首次导入" or "重新导入：修改 2 个数字，新增 1 张表" (text-only updates say so). */
export function entrySummary(entry: HistoryEntry): string {
  if (entry.kind === 'first-import') return KIND_LABELS['first-import'];
  const count = (type: Change['type']): number => entry.changes.filter((c) => c.type === type).length;
  const parts = [
    [count('changed'), '修改 %d 个数字'],
    [count('added'), '新增 %d 个数字'],
    [count('removed'), '删除 %d 个数字'],
    [count('table-added'), '新增 %d 张表'],
    [count('table-removed'), '删除 %d 张表'],
    [count('correction'), '更正 %d 处原文'],
  ] as const;
  const text = parts.filter(([n]) => n > 0).map(([n, t]) => t.replace('%d', String(n)));
  return `${KIND_LABELS.update}：${text.length > 0 ? text.join('，') : '表中数字未变，文字或其他内容有更新'}`;
}

/** The latest date of a history, or null when it has no entry. */
export const lastDate = (entries: readonly HistoryEntry[]): string | null =>
  entries.reduce<string | null>((d, e) => (d === null || e.date > d ? e.date : d), null);
