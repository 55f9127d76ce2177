import type { SourceLine } from './lines';

/**
 * What a document says about itself on its cover, in its table of contents and in the
 * labels above its tables: the printed title, the department (主管部门/单位), the region,
 * the year and whether it is a 部门 or a 单位 document. Pure text reading: nothing here
 * knows a particular template; every fact is null when the document does not print it.
 */

export type Scope = 'department' | 'unit';

export interface CoverFacts {
  /** The title as printed (cover lines joined, spaces removed), or null without a cover. */
  title: string | null;
  department: string | null;
  region: string | null;
  year: number | null;
  scope: Scope | null;
}

/** Remove every kind of whitespace: PDF text sets digits and words apart ("2017 年度"). */
export const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** Page numbers and running marks that are not part of a title: "- 1 -", "1", "第 2 页". */
const PAGE_MARK = /^(?:-\d+-|\d{1,3}|第\d+页(?:共\d+页)?|[—-]\d+[—-])$/;
const TOC_START = /^目(?:录)?$/;
/** A title line speaks of a disclosure. */
const TITLE_WORD = /预算|决算|公开|绩效目标|报表/;
/** Cover lines that follow the title and are not part of it. */
const NOT_TITLE = /^(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?|.*印制|.*(?:编制|制表)(?:日期|时间).*)$/;
const LABEL = /^(预算主管部门|主管部门|预算单位|编制部门|编制单位|部门(?:名称)?|单位(?:名称)?)[:：]\s*(.*)$/;
/** Cells of a label line: TAB or a run of spaces (pdftotext -layout) end the value. */
const CELL_BREAK = /\t| {2,}|\u3000/;

function meaningful(lines: SourceLine[]): { n: number; text: string; squashed: string }[] {
  return lines
    .map((l) => ({ n: l.n, text: l.text.trim(), squashed: squash(l.text) }))
    .filter((l) => l.squashed !== '' && !PAGE_MARK.test(l.squashed));
}

/** Index of the first line of the table of contents (目录, or 目 over 录), or -1. */
export function tocStartIndex(lines: SourceLine[], within = 60): number {
  const limit = Math.min(lines.length, within);
  for (let i = 0; i < limit; i++) if (TOC_START.test(squash(lines[i]!.text))) return i;
  return -1;
}

/**
 * The printed title: the leading lines of the cover (before 目录) up to the last one that
 * speaks of a disclosure. A document without a cover (a tables-only file starting with
 * its first table) has no title.
 */
export function readTitle(lines: SourceLine[]): string | null {
  const toc = tocStartIndex(lines);
  const head = meaningful(toc >= 0 ? lines.slice(0, toc) : lines.slice(0, 8));
  const cover: string[] = [];
  for (const l of head) {
    if (LABEL.test(l.squashed) || NOT_TITLE.test(l.squashed) || l.squashed.length > 40) break;
    cover.push(l.squashed);
  }
  const last = cover.findLastIndex((t) => TITLE_WORD.test(t));
  if (last < 0) return null;
  const title = cover.slice(0, last + 1).join('');
  // A tables-only file opens with a table title ("收支预算总表", "表一"): that is no cover.
  const first = cover[0] ?? '';
  if (toc < 0 && (isTableTitle(first) || TABLE_NUMBER_ONLY.test(first))) return null;
  return title;
}

/** "表一", "公开01表", "公开表一", "预算公开表1": the number printed above a table. */
const TABLE_NUMBER =
  /^(?:(?:预算)?公开表?[一二三四五六七八九十\d]+表?|表[一二三四五六七八九十\d]+|[一二三四五六七八九十]+、|\d+[.．、]?)/;

const TABLE_NUMBER_ONLY = /^(?:(?:预算)?公开表?[一二三四五六七八九十\d]+表?|表[一二三四五六七八九十\d]+)$/;

/** A table title such as "2025年部门财务收支预算总表" or "表一 收支预算总表" (squashed). */
export function isTableTitle(squashed: string): boolean {
  const t = squashed.replace(TABLE_NUMBER, '').replace(/[（(]\S*[)）]$/, '');
  return t.length >= 4 && t.length <= 44 && /(?:预算|决算)[^，。；：:]{0,12}表$/.test(t) && !/[，。；]/.test(t);
}

/** Labelled values above tables or on a cover: "部门：江苏省政协办公厅    单位：万元". */
export function readLabels(lines: SourceLine[], limit = 400): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const head = lines.slice(0, limit);
  head.forEach((line, i) => {
    const text = line.text.trim();
    const m = LABEL.exec(text.replace(/^(.{1,6}?)\s+(?=[:：])/, '$1').replace(/^部\s+门/, '部门'));
    if (!m) return;
    let value = m[2]!.trim().split(CELL_BREAK)[0]!.trim();
    if (value === '' || /^[:：]/.test(value)) {
      // "部门：" alone, the name on the next line (plain pdftotext) or further right.
      const rest = m[2]!.trim();
      const next = head.slice(i + 1).find((l) => squash(l.text) !== '');
      value =
        rest !== ''
          ? (rest
              .split(CELL_BREAK)
              .find((c) => c.trim() !== '')
              ?.trim() ?? '')
          : (next?.text.trim().split(CELL_BREAK)[0] ?? '');
    }
    value = squash(value);
    if (value === '' || /^(?:万元|元|千元)$/.test(value) || LABEL.test(value)) return;
    const key = m[1]!.replace(/名称$/, '');
    found.set(key, [...(found.get(key) ?? []), value]);
  });
  return found;
}

const mostFrequent = (values: string[]): string | null => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, c] of counts)
    if (best === null || c > counts.get(best)! || (c === counts.get(best)! && v.length > best.length)) best = v;
  return best;
};

/** Region names end in an administrative unit; "中共" / "中国共产党" prefix a party body. */
const ADMIN_UNIT =
  /^(?:[\u4e00-\u9fa5]{2,12}?(?:自治区|特别行政区|省|自治州|地区|盟|市|县|旗|新区|开发区|示范区|试验区|区))/;
const PARTY = /^(?:中国共产党|中共)/;

/**
 * The region of an organisation name: its leading administrative units
 * ("上海市普陀区商务委员会" → "上海市普陀区", "中共江苏省委办公厅" → "江苏省").
 */
export function regionOf(name: string): string | null {
  let rest = squash(name).replace(PARTY, '');
  let region = '';
  for (;;) {
    const m = ADMIN_UNIT.exec(rest);
    if (!m) break;
    const unit = m[0];
    // "…区委", "…市委", "…省委": the party committee of that unit, still the same region.
    region += unit;
    rest = rest.slice(unit.length);
    if (rest === '' || /^[委人政]/.test(rest)) break;
  }
  return region === '' || region === squash(name) ? null : region;
}

/** The year a document is about: from its title, else the year most printed in headings. */
export function readYear(title: string | null, lines: SourceLine[]): number | null {
  const fromTitle = title ? /(20\d{2})年/.exec(title) : null;
  if (fromTitle) return Number(fromTitle[1]);
  const years: string[] = [];
  for (const l of lines) {
    const s = squash(l.text);
    if (s.length > 50) continue;
    const alone = /^[（(]?(20\d{2})年度?[)）]?$/.exec(s);
    if (alone) years.push(alone[1]!);
    for (const m of s.matchAll(/(20\d{2})年(?:度)?(?=.*(?:预算|决算))/g)) years.push(m[1]!);
  }
  const best = mostFrequent(years);
  return best ? Number(best) : null;
}

/** Department named by the title: before the year ("江苏省政协办公厅2017年度部门预算") or after it. */
function departmentInTitle(title: string): string | null {
  const before = /^(.+?)(?:20\d{2})年(?:度)?/.exec(title);
  if (before && !/^(?:[\u4e00-\u9fa5]{2,8}(?:省|市|区|县))+$/.test(before[1]!)) return cleanName(before[1]!);
  const after = /(?:20\d{2})年(?:度)?(?:区级|市级|省级|县级)?(.+?)(?:部门|单位)?(?:预算|决算)/.exec(title);
  if (after && after[1]!.length >= 3) return cleanName(after[1]!);
  return null;
}

const cleanName = (s: string): string => s.replace(/^[（(]|[)）]$/g, '').replace(/(?:部门|单位)$/, '');

function scopeOf(title: string | null, labels: Map<string, string[]>, lines: SourceLine[]): Scope | null {
  if (title) {
    if (/单位(?:预算|决算)/.test(title)) return 'unit';
    if (/部门(?:预算|决算)/.test(title)) return 'department';
  }
  if (labels.has('预算单位')) return 'unit';
  if (labels.has('预算主管部门') || labels.has('主管部门') || labels.has('部门')) return 'department';
  let dept = 0;
  let unit = 0;
  for (const l of lines) {
    const s = squash(l.text);
    if (s.length > 50) continue;
    if (/部门(?:预算|决算)|部门财务收支|部门收入|部门支出/.test(s)) dept++;
    if (/单位(?:预算|决算)|预算单位财务收支|单位收入|单位支出/.test(s)) unit++;
  }
  if (dept === 0 && unit === 0) return null;
  return unit > dept ? 'unit' : 'department';
}

export function readCover(lines: SourceLine[]): CoverFacts {
  const title = readTitle(lines);
  const labels = readLabels(lines);
  const labelled =
    mostFrequent(labels.get('预算主管部门') ?? []) ??
    mostFrequent(labels.get('预算单位') ?? []) ??
    mostFrequent(labels.get('主管部门') ?? []) ??
    mostFrequent(labels.get('部门') ?? []) ??
    mostFrequent(labels.get('编制部门') ?? []) ??
    mostFrequent(labels.get('编制单位') ?? []);
  const department = labelled ?? (title ? departmentInTitle(title) : null);
  const titleRegion = title ? /^((?:[\u4e00-\u9fa5]{2,8}?(?:省|市|区|县))+)(?:20\d{2})年/.exec(title)?.[1] : undefined;
  return {
    title,
    department,
    region: (department ? regionOf(department) : null) ?? titleRegion ?? null,
    year: readYear(title, lines),
    scope: scopeOf(title, labels, lines),
  };
}
