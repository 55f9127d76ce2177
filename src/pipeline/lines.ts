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
  /** Cleaned text (markdown markers removed, trailing spaces trimmed). Tabs separate cells. */
  text: string;
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
  source.split(/\r?\n/).forEach((raw, i) => {
    const text = stripMarkdown(raw);
    if (isNoise(text)) return;
    out.push({ n: i + 1, text });
  });
  return out;
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
