import { pinyin } from 'pinyin-pro';

/**
 * ASCII slugs for project pages: initials of the pinyin of each Chinese character, digits
 * and Latin letters kept ("产业扶持资金" → "cyfczj"). Stable as long as the name is.
 */
export function initialsSlug(name: string, maxLength = 16): string {
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return initials.slice(0, maxLength) || 'p';
}

/** Make slugs unique within one list by suffixing -2, -3 … in order of appearance. */
export function uniqueSlugs(bases: string[]): string[] {
  const seen = new Map<string, number>();
  return bases.map((base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

const syllables = (text: string): string[] =>
  pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter((s) => s !== '');

/**
 * ASCII slug of a name from its pinyin ("司法局" → "sifaju"), cut at a syllable boundary
 * so that it stays under `maxLength`.
 */
export function pinyinSlug(name: string, maxLength = 32): string {
  let slug = '';
  for (const s of syllables(name)) {
    if (slug.length + s.length > maxLength) break;
    slug += s;
  }
  return slug;
}

/** Administrative suffixes dropped from a region's slug ("上海市普陀区" → "shanghai-putuo"). */
const ADMIN_SUFFIX = /(?:特别行政区|自治区|自治州|自治县|地区|省|市|区|县|盟|旗)$/;

/** Slug of a region name: one word per administrative unit, without its suffix. */
export function regionSlug(regionName: string): string {
  const units = regionName.match(
    /.+?(?:特别行政区|自治区|自治州|自治县|开发区|示范区|新区|地区|省|市|区|县|盟|旗)/g,
  ) ?? [regionName];
  const words = units.map((u) => {
    const bare = u.replace(ADMIN_SUFFIX, '');
    return pinyinSlug(bare.length >= 2 ? bare : u, 24);
  });
  return words.filter((w) => w !== '').join('-') || 'region';
}
