/**
 * Text handling shared by the index (build time, Node) and the search page (browser).
 *
 * Pagefind segments Chinese differently on the two sides: when indexing, its
 * segmenter (jieba-like, in the binary) splits page text; when searching,
 * pagefind.js splits the query with the browser's `Intl.Segmenter` (ICU). The two
 * disagree on many budget words (ICU: 招|商|引|资, 公务|用|车, 行政|审批|局). Pagefind
 * matches every query word as a prefix of an indexed word and requires all of them,
 * so a disagreement can hide the right page or rank it low.
 *
 * The fix used here: each page carries its key phrases as "search terms" metadata,
 * split with the same `Intl.Segmenter` the browser uses (metadata is only split at
 * spaces by Pagefind, never re-segmented), so a query always finds the words it
 * will be split into; the search page gives that field a high ranking weight.
 * See docs/search.md.
 */

let segmenter: Intl.Segmenter | null | undefined;

/** `Intl.Segmenter` for zh-CN words; null in the few browsers that lack it. */
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Longest query the search page sends (characters after normalising). */
export const MAX_QUERY_LENGTH = 80;

/**
 * Normalise a phrase or a query before searching or segmenting: full-width forms
 * to half-width (NFKC: （ → (, ２ → 2), every punctuation mark and symbol — quotes,
 * brackets, 、，。《》 ①… — to a space, whitespace collapsed, lower case.
 *
 * Punctuation is dropped rather than kept because the index side drops it too, and a
 * quoted query would make Pagefind run an exact-phrase search, which fails across
 * the two segmenters (因公出国（境）费 in quotes finds nothing).
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** normalizeText, cut to MAX_QUERY_LENGTH characters: what the search page searches for. */
export function normalizeQuery(text: string): string {
  return Array.from(normalizeText(text)).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * The words `Intl.Segmenter` (zh-CN) finds in a text, after normalising it (without
 * the segmenter: the space-separated pieces, as pagefind.js then does too).
 */
export function segmentWords(text: string): readonly string[] {
  let words = segmented.get(text);
  if (!words) {
    words = segment(text);
    // Bounded: the build segments the same labels (行政运行, table titles) on thousands of pages.
    if (segmented.size >= SEGMENTED_MAX) segmented.clear();
    segmented.set(text, words);
  }
  return words;
}

const SEGMENTED_MAX = 20_000;
const segmented = new Map<string, readonly string[]>();

function segment(text: string): string[] {
  const normalized = normalizeText(text);
  const words: string[] = [];
  const s = wordSegmenter();
  if (!s) return normalized.split(' ').filter(Boolean);
  for (const { segment, isWordLike } of s.segment(normalized)) {
    if (isWordLike) words.push(segment);
  }
  return words;
}

/**
 * The "search terms" of a page: every word of the given phrases as the browser will
 * segment a query for them, each once, in first-seen order, separated by spaces.
 */
export function searchTerms(phrases: readonly (string | null | undefined)[]): string {
  const seen = new Set<string>();
  for (const phrase of phrases) {
    if (!phrase) continue;
    for (const word of segmentWords(phrase)) seen.add(word);
  }
  return [...seen].join(' ');
}
