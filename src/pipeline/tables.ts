import type { Column, Row, Table, Warning } from '../schemas';
import { cellsOf, isBlank, type SourceLine } from './lines';
import { parseAmountCell } from './numbers';
import { layoutForTitle, type TableLayout } from './table-layouts';

/**
 * Stage 3: parse the 第二部分 tables. Each table starts at its title line (optionally
 * preceded by its printed number "预算公开表3"), has a 部门名称 line, a "单位：万元" line,
 * header rows, then data rows until the next table.
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

const NUMBER_LINE = /^(预算公开表|部门公开表|单位公开表)\s*\d+$/;
const EMPTY_NOTE = /^注[：:]\s*本表无数据/;
const UNIT_LINE = /单位[：:]\s*(万元|元)/;
const CODE = /^\d{3}(\d{2}){0,2}$/;
const CHINESE_ITEM = /^[一二三四五六七八九十]+、/;
const THREE_PUBLIC_ITEM = /^(因公出国|公务接待|公务用车|[①②])/;

interface Block {
  layout: TableLayout;
  number: string | null;
  title: SourceLine;
  body: SourceLine[];
}

function splitBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let pendingNumber: string | null = null;
  for (const line of lines) {
    const t = line.text.trim();
    if (NUMBER_LINE.test(t)) {
      pendingNumber = t;
      continue;
    }
    const layout = layoutForTitle(t);
    if (layout) {
      blocks.push({ layout, number: pendingNumber, title: line, body: [] });
      pendingNumber = null;
      continue;
    }
    blocks.at(-1)?.body.push(line);
  }
  return blocks;
}

/** "1 2 3 4 5 6 7" under the header of the project tables. */
function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length >= 3 && filled.every((c, i) => c === String(i + 1));
}

function isDataRow(cells: string[]): boolean {
  if (isColumnNumberRow(cells)) return false;
  // Header rows leave the first cell empty ("\t\t合计\t人员经费…"); data rows start in it.
  const first = cells[0] ?? '';
  if (/^(部门)?合计$/.test(first) || CODE.test(first) || THREE_PUBLIC_ITEM.test(first)) return true;
  if (cells.some((c) => c !== '' && CHINESE_ITEM.test(c))) return true;
  return cells.some((c) => c !== '' && typeof parseAmountCell(c) === 'string' && /[.,]/.test(c));
}

/** Fit the printed cells to the layout's columns; report what does not fit. */
function fitCells(cells: string[], columns: Column[], line: SourceLine, warn: (w: Warning) => void): (string | null)[] {
  let fitted = [...cells];
  while (fitted.length > columns.length && fitted.at(-1) === '') fitted.pop();
  if (fitted.length > columns.length) {
    // Misaligned rows sometimes carry an empty cell in the middle (003 收入总表 header).
    const emptyAt = fitted.findIndex((c, i) => c === '' && i > 0 && i < fitted.length - 1);
    while (fitted.length > columns.length && emptyAt >= 0 && fitted[emptyAt] === '') {
      fitted.splice(emptyAt, 1);
    }
  }
  if (fitted.length > columns.length) {
    warn({
      code: 'table-extra-cells',
      line: line.n,
      message: `第${line.n}行：本行单元格数（${fitted.length}）多于表头列数（${columns.length}），多出的内容未计入。`,
    });
    fitted = fitted.slice(0, columns.length);
  }
  while (fitted.length < columns.length) fitted.push('');
  return fitted.map((cell, i) => {
    const column = columns[i]!;
    if (cell === '') return null;
    if (column.kind !== 'amount') return cell;
    const value = parseAmountCell(cell);
    if (typeof value === 'string') return value;
    warn({
      code: 'table-not-an-amount',
      line: line.n,
      message: `第${line.n}行：“${column.path.join('/')}”列应为金额，原文为“${cell}”。`,
    });
    return cell;
  });
}

function rowKindAndLevel(
  key: Table['key'],
  code: string | null,
  label: string,
  departmentNames: string[],
): Pick<Row, 'kind' | 'level'> {
  if (/^(部门)?合计$/.test(label) || /(收入|支出)(合计|总计)$/.test(label)) return { kind: 'total', level: 0 };
  if (code) {
    const level = code.length === 3 ? 1 : code.length === 5 ? 2 : 3;
    return { kind: level === 3 ? 'item' : 'subtotal', level };
  }
  if (key === 'basic-economic') return { kind: 'item', level: 2 };
  if (key === 'projects' || key === 'projects-carryover') {
    const isGroup = departmentNames.some((n) => n === label || n.startsWith(label) || label.startsWith(n));
    return isGroup ? { kind: 'subtotal', level: 1 } : { kind: 'item', level: 2 };
  }
  if (key === 'three-public' && /^[①②]/.test(label)) return { kind: 'item', level: 2 };
  return { kind: 'item', level: 1 };
}

function labelOf(layout: TableLayout, columns: Column[], cells: (string | null)[]): string {
  // A code column that holds no code carries the label instead ("合计").
  const texts = columns
    .map((c, i) => (c.kind === 'text' || (c.kind === 'code' && !CODE.test(cells[i] ?? '')) ? cells[i] : null))
    .filter((c): c is string => c !== null && c !== '');
  if (layout.key === 'basic-economic') return texts[0] ?? '';
  return texts.join(' | ');
}

function parseBlock(block: Block, ctx: TableContext, warn: (w: Warning) => void): Table {
  const { layout } = block;
  const columns = layout.columns(ctx.year);
  const body = block.body.filter((l) => !isBlank(l));
  const unitLine = body.find((l) => UNIT_LINE.test(l.text));
  const unit = unitLine ? UNIT_LINE.exec(unitLine.text)![1]! : '万元';
  const empty = body.some((l) => EMPTY_NOTE.test(l.text.trim()));
  const afterUnit = unitLine ? body.slice(body.indexOf(unitLine) + 1) : body;
  const firstData = afterUnit.findIndex((l) => isDataRow(cellsOf(l)));
  const header = firstData < 0 ? afterUnit : afterUnit.slice(0, firstData);
  const data = firstData < 0 ? [] : afterUnit.slice(firstData).filter((l) => !EMPTY_NOTE.test(l.text.trim()));
  checkHeader(header, columns, block, warn);

  const rows: Row[] = [];
  for (const line of data) {
    const cells = cellsOf(line);
    const previous = rows.at(-1);
    if (previous && isContinuation(cells)) {
      appendToLabel(previous, columns, cells[0]!, line);
      continue;
    }
    const fitted = fitCells(cells, columns, line, warn);
    const codeIndex = columns.findIndex((c) => c.kind === 'code');
    const code = codeIndex >= 0 && fitted[codeIndex] && CODE.test(fitted[codeIndex]) ? fitted[codeIndex] : null;
    const label = labelOf(layout, columns, fitted);
    const basicEconomicClass = layout.key === 'basic-economic' && fitted[1] === null && label !== '合计';
    const { kind, level } = basicEconomicClass
      ? { kind: 'subtotal' as const, level: 1 }
      : rowKindAndLevel(layout.key, code, label, ctx.departmentNames);
    rows.push({ id: '', code, label, level, kind, cells: fitted, sourceLines: [line.n, line.n] });
  }
  if (layout.key === 'projects' || layout.key === 'projects-carryover') nestUnitRows(rows);
  assignIds(rows);
  const printedTitle = block.title.text.trim().replace(/^表[一二三四五六七八九十]+/, '');
  const last = block.body.at(-1)?.n ?? block.title.n;
  return {
    key: layout.key,
    number: block.number ?? ctx.tocNumbers.get(printedTitle) ?? null,
    title: printedTitle,
    unit,
    columns,
    rows,
    empty,
    sourceLines: [block.title.n, Math.max(last, block.title.n)],
  };
}

/** A wrapped label: only the first cell, no amounts (e.g. "展部" under a long department name). */
function isContinuation(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length === 1 && cells[0] !== '' && parseAmountCell(cells[0]!) === undefined && !isDataRow(cells);
}

function appendToLabel(row: Row, columns: Column[], tail: string, line: SourceLine): void {
  const labelIndex = columns.findIndex((c) => c.kind === 'text');
  row.cells[labelIndex] = `${row.cells[labelIndex] ?? ''}${tail}`;
  row.label = `${row.label}${tail}`;
  row.sourceLines = [row.sourceLines[0], line.n];
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

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function checkHeader(header: SourceLine[], columns: Column[], block: Block, warn: (w: Warning) => void): void {
  const printed = squash(header.map((l) => l.text).join(''));
  const missing = [...new Set(columns.flatMap((c) => c.path))].filter((word) => !printed.includes(squash(word)));
  if (missing.length > 0) {
    warn({
      code: 'table-header-differs',
      line: header[0]?.n ?? block.title.n,
      message: `第${header[0]?.n ?? block.title.n}行：“${block.title.text.trim()}”表头未印出标准列名：${missing.join('、')}。`,
    });
  }
}

export function parseTables(lines: SourceLine[], ctx: TableContext): ParsedTables {
  const warnings: Warning[] = [];
  const warn = (w: Warning): void => {
    warnings.push(w);
  };
  const tables = splitBlocks(lines).map((b) => parseBlock(b, ctx, warn));
  return { tables, warnings };
}

/** Table numbers from the table of contents: "表四2024年财政拨款收支总表.....6" → title → "表四". */
export function tocTableNumbers(toc: SourceLine[]): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const line of toc) {
    const m = /^(表[一二三四五六七八九十]+)(\d{4}年[^.\t…]+)/.exec(line.text.trim());
    if (m) numbers.set(m[2]!.trim(), m[1]!);
  }
  return numbers;
}
