/**
 * Stage 1: split a source text into numbered, cleaned lines.
 *
 * Cleaning removes what the PDF extraction added and is never content: markdown markers
 * (`#`, `**`), watermark lines (仅供内部审核) and page footers. Line numbers always refer to
 * the original file so every value can be traced back to it.
 */

export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  /** Cleaned text (markdown markers and form feeds removed, trailing spaces trimmed). */
  text: string;
  /** 1-based page, where the text marks page breaks (form feeds); absent otherwise. */
  page?: number;
}

/** A cell of a line: its text and its character columns [start, end) in the line. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

const WATERMARKS = [/^仅供内部审核$/];
/** Page footers such as "-1-山西…行政审批局" followed by "2024年单位预算公开报告". */
const FOOTERS = [/^-\d+-\S*$/, /^\d{4}年(单位|部门)预算公开报告$/];

export function stripMarkdown(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*/g, '')
    .replace(/[ \u3000]+$/u, '');
}

export function isNoise(text: string): boolean {
  const t = text.trim();
  return WATERMARKS.some((r) => r.test(t)) || FOOTERS.some((r) => r.test(t));
}

/** Split into lines, drop noise, keep blank lines (they separate blocks) and original numbers. */
export function toLines(source: string): SourceLine[] {
  const out: SourceLine[] = [];
  const paged = source.includes('\f');
  let page = 1;
  source.split(/\r?\n/).forEach((raw, i) => {
    const breaks = raw.split('\f').length - 1;
    page += breaks;
    const text = stripMarkdown(breaks > 0 ? raw.replace(/\f/g, '') : raw);
    if (isNoise(text)) return;
    out.push(paged ? { n: i + 1, text, page } : { n: i + 1, text });
  });
  return out;
}

const AMOUNT_TOKEN = /^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;
/** A classification code (类 201, 款 20101, 项 2010101; economic 301, 30101). */
const CODE_TOKEN = /^\d{3}(\d{2}){0,2}$/;
/** Words that belong to a number before them: "2024 年", "5 个". */
const NUMBER_WORD = /^[年月日号万亿元个人辆台套次项％%)）]/u;

/**
 * Split a space-aligned piece at single spaces where a number stands apart from its
 * neighbours ("行政运行 17.54", "18,330.37 一、一般公共服务支出", "201 一般公共服务支出").
 */
function splitApart(piece: Cell): Cell[] {
  const out: Cell[] = [];
  const re = /\S+/g;
  let current: Cell | null = null;
  let previous = '';
  for (let m = re.exec(piece.text); m; m = re.exec(piece.text)) {
    const word = m[0];
    const start = piece.start + m.index;
    const cut =
      current !== null &&
      ((AMOUNT_TOKEN.test(word) && !/^\d+[.、]$/.test(previous) && /[^\d\s,.]$/u.test(previous)) ||
        ((AMOUNT_TOKEN.test(previous) || CODE_TOKEN.test(previous)) && !NUMBER_WORD.test(word) && /^\D/u.test(word)) ||
        (AMOUNT_TOKEN.test(previous) && AMOUNT_TOKEN.test(word) && /[.,]/.test(previous + word)));
    if (current && !cut) {
      current.text += piece.text.slice(current.end - piece.start, m.index) + word;
      current.end = start + word.length;
    } else {
      if (current) out.push(current);
      current = { text: word, start, end: start + word.length };
    }
    previous = word;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Cells of a line with their character positions. TABs separate cells when the line has
 * any (" \t" too; empty cells kept); otherwise runs of two or more spaces do, as in
 * `pdftotext -layout` text, and a number set apart by one space is a cell of its own.
 */
export function positionedCells(text: string): Cell[] {
  if (text.includes('\t')) {
    let at = 0;
    return text.split('\t').map((raw) => {
      const cell = { text: raw.trim(), start: at, end: at + raw.length };
      at += raw.length + 1;
      return cell;
    });
  }
  const pieces: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    pieces.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return pieces.flatMap(splitApart);
}

/** Cells of a tab-separated line, trimmed; trailing empty cells kept (positions matter). */
export function cellsOf(line: SourceLine): string[] {
  return line.text.split('\t').map((c) => c.trim());
}

/** Non-empty cells only: for forms whose columns drift between rows. */
export function filledCells(line: SourceLine): string[] {
  return cellsOf(line).filter((c) => c !== '');
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}
