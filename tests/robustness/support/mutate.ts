/**
 * Pure text and byte mutations that make the corpus cases from the seeds. Random choices
 * come from a seeded generator, so every case is the same on every run.
 */

import { prng } from '../../../src/lib/prng';

export { prng };

/** The text cut after a random fraction of its characters (between 5 % and 95 %). */
export function cutAt(text: string, seed: number): { text: string; at: number } {
  const at = Math.floor(text.length * (0.05 + 0.9 * prng(seed)()));
  return { text: text.slice(0, at), at };
}

/** Line index range [from, to) of the data rows of the first table whose title matches. */
export function tableRows(lines: string[], title: RegExp): [number, number] {
  const start = lines.findIndex((l) => title.test(l));
  if (start < 0) throw new Error(`no table ${String(title)}`);
  const first = lines.findIndex((l, i) => i > start && /^(合计|\d{3}\t)/.test(l));
  let end = first;
  while (end < lines.length && lines[end]!.includes('\t')) end++;
  return [first, end];
}

/** The data rows of a table in a shuffled (seeded) order. */
export function shuffleRows(text: string, title: RegExp, seed: number): string {
  const lines = text.split('\n');
  const [from, to] = tableRows(lines, title);
  const rows = lines.slice(from, to);
  const rand = prng(seed);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  lines.splice(from, rows.length, ...rows);
  return lines.join('\n');
}

/** The data row `index` of a table printed twice in a row. */
export function repeatRow(text: string, title: RegExp, index: number): { text: string; line: number } {
  const lines = text.split('\n');
  const [from] = tableRows(lines, title);
  lines.splice(from + index + 1, 0, lines[from + index]!);
  return { text: lines.join('\n'), line: from + index + 2 };
}

/** Apply `f` to the lines of a table's data rows only. */
export function mapRows(text: string, title: RegExp, f: (line: string) => string): string {
  const lines = text.split('\n');
  const [from, to] = tableRows(lines, title);
  for (let i = from; i < to; i++) lines[i] = f(lines[i]!);
  return lines.join('\n');
}

/** Every decimal amount written with a space between all its characters: "166.60" → "1 6 6 . 6 0". */
export function spaceDigits(line: string): string {
  return line.replace(/\d+\.\d{2}/g, (m) => m.split('').join(' '));
}

/** ASCII digits and punctuation to their full-width forms (U+FF10…). */
export function fullWidth(line: string): string {
  return line.replace(/[0-9.,:()%-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Amounts in 元 printed under 单位：万元 (each amount × 10,000, exact). */
export function toYuan(line: string): string {
  return line.replace(/\d+\.\d{2}/g, (m) => {
    const [int, frac] = m.split('.') as [string, string];
    return `${BigInt(int + frac) * 100n}.00`;
  });
}

/** Remove the line "单位：万元" that follows a table's title. */
export function dropUnitLine(text: string, title: RegExp): { text: string; line: number } {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => title.test(l));
  const unit = lines.findIndex((l, i) => i > start && /^单位[:：]/.test(l));
  lines.splice(unit, 1);
  return { text: lines.join('\n'), line: unit + 1 };
}

/** Replace the first occurrence of `from` (must exist). */
export function replaceOnce(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i < 0) throw new Error(`not found: ${from}`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

export function encodeUtf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le).swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}

let gbkTable: Map<string, number[]> | null = null;

/** GBK (two-byte GB18030) encoder, built by decoding every two-byte sequence once. */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch} U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

/** A PDF with an incremental update whose trailer points to an /Encrypt dictionary. */
export function withEncryptEntry(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const prev = startxref ? startxref[1] : '0';
  const offset = pdf.length;
  const body =
    `9999 0 obj\n<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 ` +
    `/O <${'00'.repeat(32)}> /U <${'00'.repeat(32)}> >>\nendobj\n`;
  const xrefAt = offset + body.length;
  const update =
    `${body}xref\n9999 1\n${String(offset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size 10000 /Prev ${prev} /Encrypt 9999 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}

/** A one-page PDF whose only content is an 8×8 grey image: no text layer, like a scan. */
export function imageOnlyPdf(): Buffer {
  const pixels = '80'.repeat(64);
  const content = 'q 200 0 0 200 100 500 cm /Im0 Do Q';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${pixels.length + 1} >>\nstream\n${pixels}>\nendstream`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
