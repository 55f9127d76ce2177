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
