/** Small text tests shared by the KPI form parsers. */

/** Remove all whitespace: labels are printed as "绩效 指标", "项目资金 (元)", "单位 自筹". */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/** Template placeholders left in unfilled forms: "指标1:", "指标2", "目标3：", "....." */
const PLACEHOLDER = /^((指标|目标)\d*[:：]?|[.。…·]+)$/;

/** A cell holding nothing but template placeholders ("目标1: 目标2: 目标3: ....."). */
export function isPlaceholderText(text: string): boolean {
  const parts = text.trim().split(/\s+/);
  return parts.every((part) => PLACEHOLDER.test(part));
}

const BRACKETS: [string, string][] = [
  ['(', ')'],
  ['（', '）'],
  ['《', '》'],
  ['【', '】'],
  ['〔', '〕'],
  ['“', '”'],
];

/** A bracket opened and never closed: the cell was cut off at the column edge ("经常性项目(长期开"). */
export function hasUnclosedBracket(text: string): boolean {
  return BRACKETS.some(([open, close]) => text.lastIndexOf(open) > text.lastIndexOf(close));
}

/** Length in characters (not UTF-16 units). */
export const charLength = (text: string): number => [...text].length;

/** A cell the source printed cut off, for the reader's warning. */
export interface TruncatedCell {
  line: number;
  text: string;
}

/**
 * `short` is a cut copy of `long`: a strict prefix of at least two characters
 * ("培训人员年度考核" of "培训人员年度考核合格率"). A copy that only lacks the closing
 * punctuation ("…并免费邮寄" / "…并免费邮寄。") is complete.
 */
export const isCutCopy = (short: string, long: string): boolean =>
  charLength(short) >= 2 && long.startsWith(short) && /[^\p{P}\s]/u.test(long.slice(short.length));

/** A long cell quoted by its cut end: "…法律顾问制度和公职". */
export function excerpt(text: string, length = 16): string {
  const chars = [...text];
  return chars.length <= length ? text : `…${chars.slice(-length).join('')}`;
}
