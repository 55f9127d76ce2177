/**
 * A small PDF written byte by byte for tests: text in a CID font with a ToUnicode map (so
 * any Chinese text extracts without embedding a font), thin filled rectangles as rulings,
 * clip regions, optional page rotation and a fake /Encrypt. Deterministic: same input,
 * same bytes.
 */

export interface FixtureText {
  str: string;
  x: number;
  y: number;
  size?: number;
  /** Clip box [x, y, w, h] active while painting this text. */
  clip?: [number, number, number, number];
}

export interface FixturePage {
  width?: number;
  height?: number;
  rotate?: number;
  texts: FixtureText[];
  /** Filled rectangles [x, y, w, h] (thin ones are rulings). */
  rects?: [number, number, number, number][];
}

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');

/** Width in 1/1000 em: CJK and full-width 1000, the rest 500 (matches /W below). */
const glyphWidth = (code: number): number => (code < 0x2000 ? 500 : 1000);

function textHex(str: string): string {
  return [...str]
    .map((ch) => (ch.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0'))
    .join('')
    .toUpperCase();
}

function content(page: FixturePage): string {
  const ops: string[] = ['0 g'];
  for (const [x, y, w, h] of page.rects ?? []) ops.push(`${x} ${y} ${w} ${h} re f`);
  for (const t of page.texts) {
    const size = t.size ?? 10;
    const text = `BT /F1 ${size} Tf 1 0 0 1 ${t.x} ${t.y} Tm <${textHex(t.str)}> Tj ET`;
    if (t.clip) {
      const [x, y, w, h] = t.clip;
      ops.push(`q ${x} ${y} ${w} ${h} re W n ${text} Q`);
    } else ops.push(text);
  }
  return ops.join('\n');
}

function toUnicodeMap(): string {
  const ranges: string[] = [];
  for (let hi = 0; hi < 256; hi++) {
    if (hi >= 0xd8 && hi <= 0xdf) continue;
    const h = hi.toString(16).padStart(2, '0').toUpperCase();
    ranges.push(`<${h}00> <${h}FF> <${h}00>`);
  }
  const chunks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const part = ranges.slice(i, i + 100);
    chunks.push(`${part.length} beginbfrange\n${part.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Fixture-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...chunks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

export function makePdf(pages: FixturePage[], options: { encrypt?: boolean } = {}): Uint8Array {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string): number => {
    objects.push(typeof body === 'string' ? ascii(body) : body);
    return objects.length;
  };
  const stream = (data: string, dict = ''): Buffer => {
    const bytes = Buffer.from(data, 'utf8');
    return Buffer.concat([ascii(`<< /Length ${bytes.length}${dict} >>\nstream\n`), bytes, ascii('\nendstream')]);
  };
  const catalog = add('');
  const pagesObj = add('');
  const toUnicode = add(stream(toUnicodeMap()));
  const widths = `[32 [${Array.from({ length: 95 }, (_, i) => glyphWidth(32 + i)).join(' ')}]]`;
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /FixtureSong /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FixtureSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W ${widths} /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /FixtureSong /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const kids: number[] = [];
  for (const page of pages) {
    const contents = add(stream(content(page)));
    const rotate = page.rotate ? ` /Rotate ${page.rotate}` : '';
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${page.width ?? 595} ${page.height ?? 842}]${rotate} /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = ascii(`<< /Type /Catalog /Pages ${pagesObj} 0 R >>`);
  objects[pagesObj - 1] = ascii(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
  );
  const encrypt = options.encrypt
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'4f'.repeat(32)}> /U <${'55'.repeat(32)}> /P -4 >>`)
    : null;

  const parts: Buffer[] = [ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([ascii(`${i + 1} 0 obj\n`), body, ascii('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ].join('\n');
  const id = '<0123456789ABCDEF0123456789ABCDEF>';
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(ascii(`${xref}\n${trailer}`));
  return new Uint8Array(Buffer.concat(parts));
}
