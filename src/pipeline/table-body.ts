import { isBlank, positionedCells, type SourceLine } from './lines';
import { parseAmountCell } from './numbers';
import { squash } from './grid-spans';
import { CODE } from './table-columns';
import { tableNumber, type Title } from './table-titles';
import { readUnit } from './table-units';
import { isHeaderWord, isRowLabelWord } from './vocabulary';
import { ROW_TOTAL_LABEL } from './vocabulary/words';

/** The body of a table block split into meta lines, header rows, data rows and notes. */

export const EMPTY_NOTE = /本表(无数据|为空)|此表为空|故本表为空|无(相关)?数据$/;
export const NOTE = /^(注|说明|备注)\s*\d*\s*[：:]/;
export const META = /^(编制)?(部门|单位|预算单位|主管部门|部门名称|单位名称)\s*[：:]|^(金额)?单位\s*[：:]/;
export const PAGE_NOISE = /^(第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|-\s*\d+\s*-|\d{1,3}|共\s*\d+\s*页)$/;
const CHINESE_ITEM = /^[一二三四五六七八九十]+、/;

export interface Block {
  title: Title;
  number: string | null;
  line: SourceLine;
  body: SourceLine[];
}

/** "1 2 3 4 5 6 7" under the header of some tables. */
function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length >= 3 && filled.every((c, i) => c === String(i + 1));
}

/** The first cell of a row: in space-aligned text only when it starts at the left margin. */
function firstCell(line: SourceLine): string {
  const cells = positionedCells(line.text);
  const first = cells[0];
  if (!first) return '';
  return line.text.includes('\t') || first.start <= 3 ? squash(first.text) : '';
}

const isAmountCell = (c: string): boolean => typeof parseAmountCell(c) === 'string' && /[.,]/.test(c);

/**
 * A row of column headers that starts with 合计 ("合计 | 基本支出 | 项目支出 | …"): no amount,
 * and at least two more header words beside the first cell, or no figure at all and only
 * words beside it (parts of header words wrapped in their cells: "预留机动"). A total row
 * prints amounts or blanks.
 */
function isHeaderWordRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.some(isAmountCell)) return false;
  if (filled.slice(1).filter((c) => isHeaderWord(c)).length >= 2) return true;
  const words = filled.slice(1).filter((c) => /\p{Script=Han}/u.test(c));
  return !filled.some((c) => /\d/.test(c)) && words.length >= 2 && words.length === filled.length - 1;
}

/** A data row by its own cells: a code or a total in its first cell, an item numbered 一、, an amount. */
export function isDataLine(line: SourceLine): boolean {
  const cells = positionedCells(line.text).map((c) => c.text);
  const t = line.text.trim();
  if (t === '' || isColumnNumberRow(cells) || META.test(t) || NOTE.test(t) || PAGE_NOISE.test(t)) return false;
  const first = firstCell(line);
  if (ROW_TOTAL_LABEL.test(first)) return !isHeaderWordRow(cells);
  if (CODE.test(first)) return true;
  if (cells.some((c) => c !== '' && CHINESE_ITEM.test(c))) return true;
  return cells.some((c) => c !== '' && isAmountCell(c));
}

/** A label in the first cell with nothing else printed (a row of blanks, or a header word). */
function isLabelOnly(line: SourceLine): boolean {
  const first = firstCell(line);
  const filled = positionedCells(line.text).filter((c) => c.text !== '');
  return (
    first !== '' &&
    filled.length === 1 &&
    (!isHeaderWord(first) || isRowLabelWord(first)) &&
    !META.test(line.text.trim())
  );
}

/**
 * A data row: by its own cells, or a label-only row below the header that is followed by
 * data rows (label-only rows included): "因公出国（境）费" with its amounts left blank.
 */
function isData(line: SourceLine, following: SourceLine[] = [], belowHeader = true, closing?: SourceLine): boolean {
  if (isDataLine(line) || line === closing) return true;
  if (!belowHeader || !isLabelOnly(line)) return false;
  const rest = following.filter((l) => !isBlank(l));
  for (const next of rest.slice(0, 12)) {
    if (isDataLine(next) || next === closing) return true;
    if (!isLabelOnly(next)) return false;
  }
  return false;
}

/**
 * The total row of a table printed empty: 合计 alone on the last line before the notes (in
 * space-aligned text centered in its merged cell, not at the margin). A header never ends
 * a table, so the last line holding only a total label is a row.
 */
function closingTotal(body: SourceLine[]): SourceLine | undefined {
  const end = body.findIndex((l) => NOTE.test(l.text.trim()));
  const last = (end < 0 ? body : body.slice(0, end)).at(-1);
  const cells = last ? positionedCells(last.text).filter((c) => c.text !== '') : [];
  return cells.length === 1 && ROW_TOTAL_LABEL.test(squash(cells[0]!.text)) ? last : undefined;
}

/**
 * The last piece of a header cell wrapped over two lines ("采购品目大" / "类"): one short cell
 * that completes a header word with the header cell above it (but not the closing total
 * row: a 合计 under 功能科目名称 is a row, since a header never ends a table).
 */
function ends(header: SourceLine[], line: SourceLine): boolean {
  const cells = positionedCells(line.text).filter((c) => c.text !== '');
  // TAB text (the PDF reader) has joined a ruled cell's lines already.
  if (line.text.includes('\t') || cells.length !== 1 || squash(cells[0]!.text).length > 2) return false;
  const piece = cells[0]!;
  return header.some((h) =>
    positionedCells(h.text).some(
      (c) => c.start <= piece.end + 2 && piece.start <= c.end + 2 && isHeaderWord(squash(c.text + piece.text)),
    ),
  );
}

const DEPARTMENT_LINE = /^部门[:：]\s*(\S+)/;

/**
 * The end of a department name wrapped in its cell ("部门：中国共产党江苏省委员会办" / "公厅"),
 * printed on a line of its own (the PDF reader sets it after the table's last row): the
 * table's 部门 line and this line make a name the document prints whole on another 部门 line.
 */
function isNameTail(body: SourceLine[], names: Set<string>, t: string): boolean {
  if (/\s/.test(t)) return false;
  return body.some((l) => {
    const name = DEPARTMENT_LINE.exec(l.text.trim())?.[1];
    return name !== undefined && names.has(name + t);
  });
}

/** The department names the document prints on its 部门 lines. */
export function departmentLineNames(lines: SourceLine[]): Set<string> {
  return new Set(lines.flatMap((l) => DEPARTMENT_LINE.exec(l.text.trim())?.[1] ?? []));
}

interface Split {
  header: SourceLine[];
  data: SourceLine[];
  unit: string | null;
  number: string | null;
  empty: boolean;
  last: number;
}

/** Meta lines, header rows, data rows and notes of a block. */
export function splitBody(block: Block, names: Set<string>): Split {
  const body = block.body.filter((l) => !isBlank(l));
  let unit: string | null = null;
  let number: string | null = null;
  let empty = false;
  const header: SourceLine[] = [];
  const data: SourceLine[] = [];
  let inNotes = false;
  let last = block.line.n;
  const closing = closingTotal(body);
  body.forEach((line, at) => {
    const t = line.text.trim();
    if (EMPTY_NOTE.test(t)) empty = true;
    if (NOTE.test(t)) inNotes = true;
    if (inNotes) return;
    const printedUnit = readUnit(t);
    if (printedUnit && unit === null) unit = printedUnit;
    if (META.test(t) || printedUnit || PAGE_NOISE.test(t) || isNameTail(body, names, t)) return;
    if (tableNumber(t)) {
      number ??= tableNumber(t);
      return;
    }
    const inHeader =
      data.length === 0 &&
      (!isData(line, body.slice(at + 1), header.length > 0, closing) || (line !== closing && ends(header, line)));
    if (inHeader) {
      if (!isColumnNumberRow(positionedCells(t).map((c) => c.text))) header.push(line);
      return;
    }
    const repeated = header.some((h) => squash(h.text) === squash(t));
    if (repeated || isColumnNumberRow(positionedCells(t).map((c) => c.text))) return;
    data.push(line);
    last = line.n;
  });
  return { header, data, unit, number, empty, last };
}
