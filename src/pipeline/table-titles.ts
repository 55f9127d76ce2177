import type { TableKind } from './vocabulary';
import { VOCABULARY } from './vocabulary';

/**
 * Printed table titles and numbers: "预算公开表1", "表一2024年预算收支总表", "公开01表：收支预算总表",
 * "一、2017 年度江苏省高级人民法院部门收支预算总表", "1. 2025年预算单位财务收支预算总表",
 * "《部门财务收支预算总表》". A title is a short line ending in 表 (or 表（…）), without sentence
 * punctuation; its kind comes from the vocabulary.
 */

const squash = (s: string): string => s.replace(/\s+/g, '');

const CN = '[一二三四五六七八九十]+';
/** A number printed on its own line: 预算公开表1, 公开表一, 表一, 公开01表, 附表3, 表3-1. */
const NUMBER_ONLY = new RegExp(`^((预算|部门|单位)?公开表|附表|表)(\\d+(-\\d+)?|${CN})$|^公开\\d+表$`);
/** A number in front of a title. */
const NUMBER_PREFIX = new RegExp(
  `^(((预算|部门|单位)?公开表|附表|表)(\\d+(-\\d+)?|${CN})|公开\\d+表|${CN}、|\\d+[.．、])[：:]?`,
);

export function tableNumber(text: string): string | null {
  const t = squash(text);
  return NUMBER_ONLY.test(t) ? t : null;
}

export interface Title {
  /** The title as printed, its number removed (spaces inside kept as printed, trimmed). */
  title: string;
  /** The printed number when it is on the title line ("表一", "公开01表"). */
  number: string | null;
  kind: TableKind | null;
  /** "（续）", "续表": the continuation of the table before. */
  continued: boolean;
}

/** The title of a table, or null when the line is not one. */
export function readTitle(text: string): Title | null {
  let t = squash(text).replace(/^《(.+)》$/, '$1');
  if (t.length < 4 || t.length > 70 || /[，。；！？]/.test(t) || /\.{3,}|…/.test(t)) return null;
  const continued = /（续(表)?）$|\(续\)$|^续表/.test(t);
  t = t.replace(/（续(表)?）$|\(续\)$/, '').replace(/^续表[：:]?/, '');
  if (!/表(（[^）]{1,20}）|\([^)]{1,20}\))?$/.test(t) || /^第[一二三四五六七八九十]+部分/.test(t)) return null;
  const m = NUMBER_PREFIX.exec(t);
  const number = m && !/^[一二三四五六七八九十]+、$|^\d+[.．、]$/.test(m[0]) ? m[0].replace(/[：:]$/, '') : null;
  const title = m ? t.slice(m[0].length) : t;
  if (title.length < 3) return null;
  const bare = title.replace(/^\d{4}年度?/, '');
  const kind = VOCABULARY.find((k) => k.titles.some((r) => r.test(bare))) ?? null;
  return { title: printedTitle(text, m?.[0]), number, kind, continued };
}

/** The printed title with its number prefix removed, spacing as printed. */
function printedTitle(text: string, prefix: string | undefined): string {
  let t = text.trim().replace(/^《(.+)》$/, '$1');
  if (!prefix) return t;
  // Drop the prefix's characters from the start, skipping the spaces printed between them.
  for (const ch of prefix) {
    t = t.trimStart();
    if (t.startsWith(ch)) t = t.slice(ch.length);
  }
  return t.trim();
}
