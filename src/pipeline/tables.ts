import type { Column, Row, Table, TableKey, Warning } from '../schemas';
import { isBlank, positionedCells, type SourceLine } from './lines';
import { parseAmountCell } from './numbers';
import { squash } from './grid-spans';
import { departmentLineNames, EMPTY_NOTE, isDataLine, META, NOTE, splitBody, type Block } from './table-body';
import { CODE, mapColumns } from './table-columns';
import { buildGrid, isTabbed } from './table-grid';
import { joinWrappedLines } from './table-wraps';
import { readTitle, tableNumber, type Title } from './table-titles';
import { readUnit } from './table-units';
import { isHeaderWord } from './vocabulary';
import { ROW_TOTAL_LABEL } from './vocabulary/words';

/**
 * Stage 3: the tables of a document, recognised from their printed titles and header rows
 * (vocabulary in ./vocabulary). A table runs from its title to the next title or to the end
 * of the tables (a part heading or running text); page headers, page numbers and header
 * rows repeated on a continuation page are skipped. A table whose title matches no known
 * kind is kept as a generic table with its printed header.
 */

export interface TableContext {
  year: number;
  /** Department names the document prints (full name), to recognise group rows. */
  departmentNames: string[];
  /** Table numbers printed in the table of contents, by title ("表四"). */
  tocNumbers: Map<string, string>;
}

export interface ParsedTables {
  tables: Table[];
  warnings: Warning[];
}

const PART = /^第[一二三四五六七八九十]+部分/;
/** 支出经济分类科目: classes 301–399 (部门预算) and 501–599 (政府预算); function codes are 2xx. */
const ECONOMIC_CODE = /^[35]\d{2}(\d{2})?$/;

/** Running text: a sentence (or a wrapped part of one), not a table row. */
function isProse(text: string): boolean {
  const t = text.trim();
  if (NOTE.test(t) || META.test(t)) return false;
  const cells = positionedCells(t);
  const long = squash(t).length >= 20;
  return (
    (long && cells.length <= 1 && /[，。；：、]|\d万元/.test(t)) ||
    (cells.length <= 2 && /\d\s*万元|[。；]$/.test(t) && long)
  );
}

/** A heading of running text printed alone on its line ("其他相关情况说明", "一、…预算情况说明"). */
function isHeading(text: string): boolean {
  return positionedCells(text).length === 1 && /说明$/.test(squash(text)) && !/\d[.,]\d/.test(text);
}

function splitBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let pending: { number: string; at: number } | null = null;
  let skip = -1;
  lines.forEach((line, i) => {
    if (i === skip) return;
    const text = line.text.trim();
    const number = tableNumber(text);
    if (number) {
      if (current && current.number === null && !current.body.some(isDataLine)) current.number = number;
      else pending = { number, at: i };
      return;
    }
    const wrapped = wrappedTitle(lines, i);
    if (wrapped) skip = wrapped.next;
    const title = readTitle(text) ?? wrapped?.title ?? null;
    if (title && (title.kind || startsTable(lines, i))) {
      if (current && (title.continued || sameTitle(current.title, title))) return;
      current = {
        title,
        number: title.number ?? (pending && i - pending.at <= 3 ? pending.number : null),
        line,
        body: [],
      };
      blocks.push(current);
      pending = null;
      return;
    }
    if (PART.test(text) || isProse(text) || isHeading(text)) current = null;
    current?.body.push(line);
  });
  return blocks.filter((b) => isTable(b.body, b.title.kind !== null));
}

/**
 * A table prints a unit or department line, or an amount, or says it is empty. Under a
 * title of no known kind a department line is not enough: a cover page prints one too.
 */
function isTable(body: SourceLine[], known: boolean): boolean {
  return body.some(
    (l) =>
      (known && META.test(l.text.trim())) ||
      readUnit(l.text) !== null ||
      EMPTY_NOTE.test(l.text) ||
      positionedCells(l.text).some((c) => typeof parseAmountCell(c.text) === 'string' && /[.,]/.test(c.text)),
  );
}

/** A title wrapped onto a second short line ("…会议费、培训费支出预算" + "表"). */
function wrappedTitle(lines: SourceLine[], i: number): { title: Title; next: number } | null {
  const text = lines[i]!.text.trim();
  if (text === '' || readTitle(text) || /\S\s{2,}\S/.test(text) || /\d[.,]\d/.test(text)) return null;
  const next = lines.findIndex((l, j) => j > i && !isBlank(l));
  if (next < 0 || next - i > 2) return null;
  const tail = lines[next]!.text.trim();
  // A short title of its own ("支出预算总表") under the last row of a table is no tail.
  if (squash(tail).length > 8 || /\S\s{2,}\S/.test(tail) || readTitle(tail)?.kind) return null;
  const title = readTitle(text + tail);
  return title?.kind ? { title, next } : null;
}

const sameTitle = (a: Title, b: Title): boolean => squash(a.title) === squash(b.title) && a.kind === b.kind;

/** A title the vocabulary does not know starts a table when a unit, department or number line follows. */
function startsTable(lines: SourceLine[], i: number): boolean {
  const next = lines
    .slice(i + 1)
    .filter((l) => !isBlank(l))
    .slice(0, 3);
  return next.some((l) => META.test(l.text.trim()) || tableNumber(l.text) !== null);
}

function rowKindAndLevel(
  key: TableKey,
  code: string | null,
  label: string,
  departmentNames: string[],
): Pick<Row, 'kind' | 'level'> {
  if (ROW_TOTAL_LABEL.test(squash(label))) return { kind: 'total', level: 0 };
  if (code) {
    const level = code.length === 3 ? 1 : code.length === 5 ? 2 : 3;
    // Economic classification codes (部门 301…, 政府 501…) have two levels: 30101 is an item.
    const lowest = ECONOMIC_CODE.test(code) ? 2 : 3;
    return { kind: level === lowest ? 'item' : 'subtotal', level };
  }
  if (key === 'basic-economic') return { kind: 'item', level: 2 };
  if (key === 'projects' || key === 'projects-carryover') {
    const isGroup = departmentNames.some((n) => n === label || n.startsWith(label) || label.startsWith(n));
    return isGroup ? { kind: 'subtotal', level: 1 } : { kind: 'item', level: 2 };
  }
  if (key === 'three-public' && /^[①②]|^其中/.test(label)) return { kind: 'item', level: 2 };
  return { kind: 'item', level: 1 };
}

/** The label of a row: its text cells (a code cell that holds no code carries the label: "合计"). */
function labelOf(key: TableKey, columns: Column[], cells: (string | null)[]): string {
  const texts = columns
    .map((c, i) => (c.kind === 'text' || (c.kind === 'code' && !CODE.test(cells[i] ?? '')) ? cells[i] : null))
    .filter((c): c is string => c !== null && c !== '');
  if (key === 'basic-economic') return texts[0] ?? '';
  return texts.join(' | ');
}

/**
 * A wrapped label: one text cell, no amounts, completing the row above — a department
 * name cut short ("…产业规划与创新发" + "展部") or a label with an unclosed bracket.
 */
function isContinuation(previous: Row, columns: Column[], cells: (string | null)[], names: string[]): boolean {
  const filled = cells.map((c, i) => [c, columns[i]!] as const).filter(([c]) => c !== null);
  if (filled.length !== 1 || filled[0]![1].kind !== 'text') return false;
  const joined = squash(previous.label + filled[0]![0]!);
  const open = (previous.label.match(/[（(]/g) ?? []).length > (previous.label.match(/[）)]/g) ?? []).length;
  return open || names.some((n) => squash(n).startsWith(joined) && joined.length > squash(previous.label).length);
}

/**
 * The label of a group of rows in a cell merged down the first text column, printed
 * centred between two rows of the group (space-aligned text: "其他资金" between 事业收入 and
 * 经营收入): a line with only that label, no amounts, between two rows that print the next
 * text column and nothing in the label's. It is no row of its own; it joins the row above.
 */
function isCentredGroupLabel(
  columns: Column[],
  above: (string | null)[],
  cells: (string | null)[],
  below: (string | null)[] | undefined,
): boolean {
  const texts = columns.flatMap((c, i) => (c.kind === 'text' ? [i] : []));
  const filled = cells.flatMap((c, i) => (c !== null ? [i] : []));
  if (!below || texts.length < 2 || filled.length !== 1 || filled[0] !== texts[0]) return false;
  const lower = texts.slice(1);
  const member = (row: (string | null)[]): boolean => row[texts[0]!] === null && lower.some((i) => row[i] !== null);
  return member(above) && member(below);
}

function buildRows(
  key: TableKey,
  columns: Column[],
  cells: (string | null)[][],
  lines: [number, number][],
  ctx: TableContext,
): Row[] {
  const rows: Row[] = [];
  const codeIndex = columns.findIndex((c) => c.kind === 'code');
  cells.forEach((fitted, r) => {
    const [first, last] = lines[r]!;
    if (fitted.every((c) => c === null)) return;
    const previous = rows.at(-1);
    if (previous && isContinuation(previous, columns, fitted, ctx.departmentNames)) {
      const i = fitted.findIndex((c) => c !== null);
      previous.cells[i] = `${previous.cells[i] ?? ''}${fitted[i]}`;
      previous.label = labelOf(key, columns, previous.cells);
      previous.sourceLines = [previous.sourceLines[0], last];
      return;
    }
    if (previous && isCentredGroupLabel(columns, previous.cells, fitted, cells[r + 1])) {
      const i = fitted.findIndex((c) => c !== null);
      previous.cells[i] = fitted[i]!;
      previous.label = labelOf(key, columns, previous.cells);
      previous.sourceLines = [previous.sourceLines[0], last];
      return;
    }
    const code = codeIndex >= 0 && CODE.test(fitted[codeIndex] ?? '') ? fitted[codeIndex]! : null;
    const label = labelOf(key, columns, fitted);
    const nameIndex = columns.findIndex((c) => c.key === 'name');
    const economicClass =
      key === 'basic-economic' && code === null && fitted[1] === null && nameIndex === 0 && label !== '合计';
    const { kind, level } = economicClass
      ? { kind: 'subtotal' as const, level: 1 }
      : rowKindAndLevel(key, code, label, ctx.departmentNames);
    rows.push({ id: '', code, label, level, kind, cells: fitted, sourceLines: [first, last] });
  });
  if (key === 'projects' || key === 'projects-carryover') nestUnitRows(rows);
  assignIds(rows);
  return rows;
}

/**
 * Project tables list the department, then each of its budget units, then projects. A
 * single-unit department prints the same name twice: the second is the unit (level 2),
 * and the projects under it sit one level deeper.
 */
function nestUnitRows(rows: Row[]): void {
  let depth = 1;
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    if (row.kind === 'subtotal' && previous?.kind === 'subtotal' && previous.label === row.label) {
      row.level = 2;
      depth = 2;
    } else if (row.kind === 'subtotal') depth = 1;
    else if (row.kind === 'item') row.level = depth + 1;
  });
}

/** Anchor ids: the classification code where there is one, "total", else the row's ordinal. */
function assignIds(rows: Row[]): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    let id = row.code ?? (row.kind === 'total' && !seen.has('total') ? 'total' : `r${i + 1}`);
    if (seen.has(id)) id = `${id}-r${i + 1}`;
    seen.add(id);
    row.id = id;
  });
}

function parseBlock(
  block: Block,
  ctx: TableContext,
  previousUnit: string | null,
  warn: (w: Warning) => void,
  names: Set<string>,
): Table {
  const kind = block.title.kind;
  const key: TableKey = kind?.key ?? 'generic';
  const split = splitBody(block, names);
  const mapped = mapColumns(buildGrid(split.header, split.data), kind);
  const at = block.line.n;
  const name = block.title.title;
  for (const [r, i] of mapped.notAmounts) {
    const n = split.data[r]!.n;
    warn({
      code: 'table-not-an-amount',
      line: n,
      message: `第${n}行：“${mapped.columns[i]!.path.join('/')}”列应为金额，原文为“${mapped.rows[r]![i]}”。`,
    });
  }
  if (!kind) {
    warn({
      code: 'table-unknown-kind',
      line: at,
      message: `第${at}行：表格“${name}”不属于已知的表格种类，按原样保留（列名照印）。`,
    });
  } else {
    const unknown = mapped.columns.filter((c) => /^c\d+$/.test(c.key));
    if (unknown.length > 0) {
      warn({
        code: 'table-unknown-columns',
        line: at,
        message: `第${at}行：“${name}”有${unknown.length}列不在词表中，按原样保留：${unknown.map((c) => c.path.join('/')).join('、')}。`,
      });
    }
  }
  let unit = split.unit;
  if (!unit) {
    unit = previousUnit ?? '万元';
    warn({
      code: 'table-unit-missing',
      line: at,
      message: `第${at}行：“${name}”未印出金额单位，${previousUnit ? `沿用上一张表的单位（${unit}）` : '按万元处理'}。`,
    });
  }
  const joined = isTabbed(split.data)
    ? { cells: mapped.rows, lines: mapped.rows.map((_, r) => [r, r] as [number, number]) }
    : joinWrappedLines(mapped.columns, mapped.rows, isHeaderWord);
  const lines = joined.lines.map(([a, b]): [number, number] => [split.data[a]!.n, split.data[b]!.n]);
  const rows = buildRows(key, mapped.columns, joined.cells, lines, ctx);
  return {
    id: '',
    key,
    number: block.number ?? split.number ?? ctx.tocNumbers.get(squash(name)) ?? null,
    title: name,
    unit,
    columns: mapped.columns,
    rows,
    empty: split.empty,
    sourceLines: [at, Math.max(split.last, at)],
  };
}

/** Table ids: the kind's key for its first table, "<key>-2" for a second, "table-<n>" for generic ones. */
function assignTableIds(tables: Table[]): void {
  const count = new Map<string, number>();
  tables.forEach((t, i) => {
    if (t.key === 'generic') {
      t.id = `table-${i + 1}`;
      return;
    }
    const n = (count.get(t.key) ?? 0) + 1;
    count.set(t.key, n);
    t.id = n === 1 ? t.key : `${t.key}-${n}`;
  });
}

export function parseTables(lines: SourceLine[], ctx: TableContext): ParsedTables {
  const warnings: Warning[] = [];
  const warn = (w: Warning): void => {
    warnings.push(w);
  };
  const tables: Table[] = [];
  const names = departmentLineNames(lines);
  for (const block of splitBlocks(lines)) tables.push(parseBlock(block, ctx, tables.at(-1)?.unit ?? null, warn, names));
  assignTableIds(tables);
  return { tables, warnings };
}

/** Table numbers from the table of contents: "表四2024年财政拨款收支总表.....6" → title → "表四". */
export function tocTableNumbers(toc: SourceLine[]): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const line of toc) {
    const m = /^(表[一二三四五六七八九十]+)(\d{4}年[^.\t…]+)/.exec(line.text.trim());
    if (m) numbers.set(squash(m[2]!), m[1]!);
  }
  return numbers;
}
