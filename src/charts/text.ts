/**
 * Text helpers for build-time charts: width estimates (no DOM, no font files), line
 * wrapping, XML escaping and deterministic number printing for coordinates.
 *
 * Widths are estimates in em, on the generous side so that labels placed with them do not
 * overflow in common system fonts (Noto Sans CJK, PingFang, Microsoft YaHei, DejaVu Sans):
 * CJK characters and full-width punctuation ≈ 1 em, digits and most Latin ≈ 0.6 em.
 */

/** Vertical extent of a text line around its baseline, in em (Noto Sans CJK line metrics). */
export const TEXT_ASCENT = 1.16;
export const TEXT_DESCENT = 0.29;

const NARROW = new Set([...".,:;'|!il()[]`·"]);
const WIDE_LATIN = new Set([...'MWmw@%']);

/** Estimated advance width of one character, in em. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 0x20) return 0.3;
  if (
    (cp >= 0x2e80 && cp <= 0x9fff) || // CJK radicals, punctuation, kana, ideographs
    (cp >= 0xac00 && cp <= 0xd7af) || // Hangul
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x2460 && cp <= 0x24ff) || // circled numbers ①
    (cp >= 0x25a0 && cp <= 0x25ff) || // geometric shapes ■
    cp === 0x201c ||
    cp === 0x201d || // “ ” are full width in CJK fonts
    cp === 0x2014 ||
    cp === 0x2026 ||
    cp >= 0x20000
  ) {
    return 1;
  }
  if (NARROW.has(ch)) return 0.35;
  if (WIDE_LATIN.has(ch)) return 0.9;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  return 0.62;
}

/** Estimated width of `text` at `fontSize` (user units), bold text 5 % wider. */
export function measureText(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.05 : 1);
}

/** Pieces that should not be split across lines: runs of Latin letters/digits, single CJK chars. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9.,%+\-_/]+|\s+|./gu) ?? [];
}

/** Characters that must not start a line (closing punctuation). */
const NO_LINE_START = /^[，。、；：！？）》」』”’,.;:!?)\]]/u;

/**
 * Greedy line breaking for mixed Chinese/Latin text. A token wider than the line is split
 * by character; closing punctuation stays with the character before it.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string): boolean => measureText(s, fontSize, bold) <= maxWidth;
  const pieces = tokens(text.trim()).flatMap((t) => (fits(t) ? [t] : [...t]));
  for (const piece of pieces) {
    if (line === '' && /^\s+$/.test(piece)) continue;
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (NO_LINE_START.test(piece) && line.length > 1) {
      // Move the last character down with the punctuation.
      const chars = [...line];
      const last = chars.pop()!;
      lines.push(chars.join('').trimEnd());
      line = last + piece;
      continue;
    }
    if (line !== '') lines.push(line.trimEnd());
    line = /^\s+$/.test(piece) ? '' : piece;
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for XML/HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** A coordinate rounded to 0.1 and printed without float noise ("12.3", "0", "-4.5"). */
export function coord(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** Round to 0.1 as a number (for geometry kept in the scene). */
export function round1(n: number): number {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? 0 : r;
}
