import { BACKGROUND, MUTED, TEXT } from './colors';
import { FONT, paragraph, WIDTH } from './layout/common';
import type { Fill, Scene, Shape, TextShape } from './model';
import { coord, escapeXml } from './text';

/**
 * Scene → SVG string. Every text and attribute value is escaped; coordinates are printed
 * rounded to 0.1, so the same data always gives the same bytes.
 */

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

export interface RenderOptions {
  /** Prefix for every id in the SVG; must be unique on the page. */
  idPrefix: string;
  title: string;
  desc: string;
  /**
   * A standalone file: explicit size, white background, the title printed at the top and
   * the caption lines (unit, notes, source) at the bottom.
   */
  standalone?: { caption: string[] };
}

const attr = (name: string, value: string | number): string =>
  ` ${name}="${escapeXml(typeof value === 'number' ? coord(value) : value)}"`;

function safeId(prefix: string): string {
  const id = prefix.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z]/.test(id) ? id : `c-${id}`;
}

function fillRef(fill: Fill | null, patterns: Map<string, string>, prefix: string): string {
  if (fill === null) return 'none';
  if (fill.kind === 'solid') return fill.color;
  let id = patterns.get(fill.color);
  if (!id) {
    id = `${prefix}-hatch-${patterns.size}`;
    patterns.set(fill.color, id);
  }
  return `url(#${id})`;
}

function textElement(t: TextShape): string {
  return (
    `<text${attr('x', t.x)}${attr('y', t.y)}${attr('font-size', t.size)}${attr('fill', t.color)}` +
    `${t.anchor === 'start' ? '' : attr('text-anchor', t.anchor)}${t.bold ? attr('font-weight', '700') : ''}>` +
    `${escapeXml(t.text)}</text>`
  );
}

function shapeElement(s: Shape, patterns: Map<string, string>, prefix: string): string {
  switch (s.type) {
    case 'text':
      return textElement(s);
    case 'line':
      return `<line${attr('x1', s.x1)}${attr('y1', s.y1)}${attr('x2', s.x2)}${attr('y2', s.y2)}${attr('stroke', s.color)}${attr('stroke-width', s.width)}/>`;
    case 'rect':
      return (
        `<rect${attr('x', s.x)}${attr('y', s.y)}${attr('width', s.width)}${attr('height', s.height)}` +
        `${attr('fill', fillRef(s.fill, patterns, prefix))}` +
        (s.stroke ? `${attr('stroke', s.stroke)}${attr('stroke-width', s.strokeWidth ?? 1)}` : '') +
        (s.dashed ? attr('stroke-dasharray', '4 3') : '') +
        (s.role ? attr('data-role', s.role) : '') +
        (s.value !== undefined ? attr('data-value', s.value) : '') +
        '/>'
      );
  }
}

function patternDefs(patterns: Map<string, string>): string[] {
  return [...patterns].map(
    ([color, id]) =>
      `<pattern${attr('id', id)} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
      `<rect width="6" height="6"${attr('fill', BACKGROUND)}/><rect width="3" height="6"${attr('fill', color)}/></pattern>`,
  );
}

const STANDALONE_PAD = 16;

export function renderSvg(scene: Scene, opts: RenderOptions): string {
  const prefix = safeId(opts.idPrefix);
  const patterns = new Map<string, string>();
  const body = scene.shapes.map((s) => shapeElement(s, patterns, prefix));

  let width = scene.width;
  let height = scene.height;
  const lines: string[] = [];
  if (opts.standalone) {
    const pad = STANDALONE_PAD;
    const inner = WIDTH;
    const title = paragraph(opts.title, pad, pad, inner, { size: FONT.title, bold: true, color: TEXT });
    const top = title.bottom + 8;
    let y = top + scene.height + 12;
    const caption: TextShape[] = [];
    for (const line of opts.standalone.caption) {
      const p = paragraph(line, pad, y, inner, { size: FONT.note, color: MUTED });
      caption.push(...p.shapes);
      y = p.bottom;
    }
    width = inner + 2 * pad;
    height = Math.ceil(y + pad);
    lines.push(`<rect width="100%" height="100%"${attr('fill', BACKGROUND)}/>`);
    lines.push(...title.shapes.map(textElement));
    lines.push(`<g transform="translate(${coord(pad)} ${coord(top)})">`, ...body.map((b) => `  ${b}`), '</g>');
    lines.push(...caption.map(textElement));
  } else {
    lines.push(...body);
  }

  const defs = patternDefs(patterns);
  const size = opts.standalone ? `${attr('width', width)}${attr('height', height)}` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attr('viewBox', `0 0 ${coord(width)} ${coord(height)}`)}${size}` +
      ` role="img"${attr('aria-labelledby', `${prefix}-title`)}${attr('aria-describedby', `${prefix}-desc`)}` +
      `${attr('font-family', FONT_FAMILY)}${opts.standalone ? '' : ' class="chart-svg"'}>`,
    `  <title${attr('id', `${prefix}-title`)}>${escapeXml(opts.title)}</title>`,
    `  <desc${attr('id', `${prefix}-desc`)}>${escapeXml(opts.desc)}</desc>`,
    ...(defs.length > 0 ? ['  <defs>', ...defs.map((d) => `    ${d}`), '  </defs>'] : []),
    ...lines.map((l) => `  ${l}`),
    '</svg>',
    '',
  ].join('\n');
}
