/**
 * Decoding a source file's bytes into text, at the edge of the importer and wherever a
 * source is read (the import CLI, the /data/sources/ downloads). Pure: bytes in, text or a
 * refusal out, with the encoding named either way.
 *
 * Accepted: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or without one when the
 * zero bytes say so), GB18030 (which includes GBK and GB2312). CRLF and CR line ends are
 * normalised to LF, so line numbers are those any editor shows. Refused: files that are not
 * text (NUL or other control bytes, known binary signatures such as PDF, ZIP, PNG), and bytes
 * that are valid in none of the accepted encodings.
 */

export type SourceEncoding = 'UTF-8' | 'UTF-8 (BOM)' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export type Decoded =
  | { ok: true; text: string; encoding: SourceEncoding; notes: string[] }
  | { ok: false; encoding: string | null; reason: string };

const SIGNATURES: [string, number[]][] = [
  ['PDF 文件', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP 压缩文件（docx、xlsx 也是）', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG 图片', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG 图片', [0xff, 0xd8, 0xff]],
  ['GIF 图片', [0x47, 0x49, 0x46, 0x38]],
  ['旧版 Office 文件（doc、xls）', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RAR 压缩文件', [0x52, 0x61, 0x72, 0x21]],
  ['7z 压缩文件', [0x37, 0x7a, 0xbc, 0xaf]],
  ['gzip 压缩文件', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: ASCII, digits and line ends put a zero byte in the high half of their
 * code unit; Chinese characters rarely have a zero half (U+4E00 一 does), so one side dominates.
 */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = sample.length / 2;
  if (odd > pairs * 0.05 && even * 4 < odd) return 'UTF-16LE';
  if (even > pairs * 0.05 && odd * 4 < even) return 'UTF-16BE';
  return null;
}

/** First control character that no text file contains (tab, LF, CR, FF allowed). */
function firstControl(text: string): { line: number; code: number } | null {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const m = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.exec(text);
  if (!m) return null;
  const line = text.slice(0, m.index).split('\n').length;
  return { line, code: m[0].charCodeAt(0) };
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;

function finish(raw: string, encoding: SourceEncoding, notes: string[]): Decoded {
  const hadCr = raw.includes('\r');
  const text = raw.replace(/\r\n?/g, '\n');
  const control = firstControl(text);
  if (control) {
    return {
      ok: false,
      encoding,
      reason: `不是文本文件：第 ${control.line} 行含有控制字符 ${hex(control.code)}（二进制内容）`,
    };
  }
  if (hadCr) notes.push('换行符为 CRLF 或 CR，已按 LF 读取（行号不变）');
  return { ok: true, text, encoding, notes };
}

export function decodeSource(input: Uint8Array): Decoded {
  const bytes = input;
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'UTF-8', notes: [] };
  for (const [name, magic] of SIGNATURES) {
    if (startsWith(bytes, magic)) return { ok: false, encoding: null, reason: `不是文本文件：是 ${name}` };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text === null) return { ok: false, encoding: 'UTF-8', reason: '有 UTF-8 BOM，但内容不是有效的 UTF-8' };
    return finish(text, 'UTF-8 (BOM)', ['文件以 UTF-8 BOM 开头，已去掉']);
  }
  const bom16 = startsWith(bytes, [0xff, 0xfe]) ? 'UTF-16LE' : startsWith(bytes, [0xfe, 0xff]) ? 'UTF-16BE' : null;
  const utf16 = bom16 ?? utf16WithoutBom(bytes);
  if (utf16) {
    const text = tryDecode(utf16.toLowerCase(), bom16 ? bytes.subarray(2) : bytes);
    if (text === null) return { ok: false, encoding: utf16, reason: `看似 ${utf16} 编码，但内容无法按 ${utf16} 解码` };
    return finish(text, utf16, [`文件编码为 ${utf16}，已转换为 UTF-8 读取`]);
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'UTF-8', []);
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null && /[\u4e00-\u9fff]/.test(gb)) {
    return finish(gb, 'GB18030', ['文件编码为 GB18030（GBK）而不是 UTF-8，已转换为 UTF-8 读取']);
  }
  return {
    ok: false,
    encoding: null,
    reason: '无法识别文件编码：既不是 UTF-8、UTF-16，也不是 GB18030（GBK）；请另存为 UTF-8 文本后再导入',
  };
}

/** The decoded text, or an Error carrying the refusal (for readers that cannot refuse politely). */
export function decodeSourceOrThrow(bytes: Uint8Array, file: string): string {
  const d = decodeSource(bytes);
  if (!d.ok) throw new Error(`${file}：${d.reason}`);
  return d.text;
}
