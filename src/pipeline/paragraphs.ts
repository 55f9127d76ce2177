import type { LineRange } from '../schemas';
import { isBlank, type SourceLine } from './lines';
import { collapseSpacedDigits } from './numbers';

/**
 * Re-join running text that PDF extraction wrapped across lines and page breaks
 * ("…产业规划与创新发" / "" / "展部预算收入总计…"). A paragraph ends at sentence-final
 * punctuation followed by a blank line or an indented line, at a sub-heading, or at a
 * caption line; page numbers inside the text are skipped.
 */

export interface Paragraph {
  text: string;
  lines: LineRange;
  /** Where each source line starts in `text`, to trace a figure back to its line. */
  starts: { offset: number; n: number }[];
}

/** The source line a character of the paragraph came from. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let n = paragraph.lines[0];
  for (const s of paragraph.starts) if (s.offset <= offset) n = s.n;
  return n;
}

const SUBHEADING =
  /^[（(][一二三四五六七八九十]+[)）]|^[一二三四五六七八九十]{1,3}、|^\d{1,2}[、.．]\s*[“"‘\u4e00-\u9fa5]/;
/** Page numbers printed in the running text ("- 3 -", "— 12 —"). */
const PAGE_MARK = /^[-—]\s*\d{1,3}\s*[-—]$/;
const CAPTION = /(结构图|分布图)$/;
/** A first line set in (pdftotext -layout keeps the indent of a new paragraph). */
const INDENTED = /^[ \u3000]{2,}\S/;
const SENTENCE_END = /[。；;！!？?]$/;

function standsAlone(text: string): boolean {
  return SUBHEADING.test(text) || CAPTION.test(text);
}

/**
 * A sub-heading stands alone ("(二) 一般公共预算当年支出结构情况"); a numbered item that is a
 * whole sentence ("（二）公务用车购置及运行费0万元，与…") goes on over the next lines.
 */
function isHeading(text: string): boolean {
  return standsAlone(text) && (SENTENCE_END.test(text) || !/[，,；;。]|\d\.\d|万$/.test(text));
}

/** Join two wrapped pieces: Chinese text joins without a space, Latin words keep one. */
function join(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : `${a}${b}`;
}

export function toParagraphs(lines: SourceLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let blankSince = false;
  for (const line of lines) {
    if (isBlank(line) || PAGE_MARK.test(line.text.trim())) {
      blankSince = true;
      continue;
    }
    const text = collapseSpacedDigits(line.text.replace(/\t+/g, ' ').trim());
    const continues =
      current !== null &&
      !standsAlone(text) &&
      !isHeading(current.text) &&
      !((blankSince || INDENTED.test(line.text)) && SENTENCE_END.test(current.text));
    if (continues && current) {
      const joined = join(current.text, text);
      current.starts.push({ offset: joined.length - text.length, n: line.n });
      current.text = joined;
      current.lines = [current.lines[0], line.n];
    } else {
      current = { text, lines: [line.n, line.n], starts: [{ offset: 0, n: line.n }] };
      out.push(current);
    }
    blankSince = false;
  }
  return out;
}
