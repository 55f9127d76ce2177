import { squash } from './kpi-text';

/**
 * The fixed two-level taxonomy of KPI indicators (一级指标 → 二级指标), and recognising its
 * names in cells that the PDF extraction may have cut to a column width ("经济效益指",
 * "服务对象满", in the worst forms down to a single character "社").
 */

export const LEVEL1_NAMES = ['产出指标', '效益指标', '满意度指标'] as const;
export type Level1 = (typeof LEVEL1_NAMES)[number];

/** Every 二级指标 and the 一级指标 it belongs to (成本指标 counts as an 产出指标). */
const LEVEL2_PARENT: Record<string, Level1> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
};

/** Other complete spellings the forms use; they are not truncations. */
const LEVEL2_VARIANTS: Record<string, string> = {
  服务对象满意度: '服务对象满意度指标',
  可持续发展指标: '可持续影响指标',
  可持续性影响指标: '可持续影响指标',
};

const LEVEL2_SPELLINGS = [...Object.keys(LEVEL2_PARENT), ...Object.keys(LEVEL2_VARIANTS)];

/** Shorter cuts ("数量", "社") are only trusted where a 二级指标 must stand; see {@link level2Of}. */
const TRUSTED_PREFIX_LENGTH = 4;

export interface Level2Match {
  /** The full 二级指标 name. */
  name: string;
  level1: Level1;
  /** The cell is a strict prefix of a name (cut off), not a complete spelling. */
  truncated: boolean;
}

/**
 * Recognise a 二级指标 cell. `inLevel2Position` says the cell stands where only a 二级指标
 * can be (first cell of a row, or right after a 一级指标), so very short cuts are accepted.
 */
export function level2Of(cell: string, inLevel2Position: boolean): Level2Match | null {
  const text = squash(cell);
  if (text === '') return null;
  const exact = LEVEL2_PARENT[text] ? text : LEVEL2_VARIANTS[text];
  if (exact) return { name: exact, level1: LEVEL2_PARENT[exact]!, truncated: false };
  if (text.length < TRUSTED_PREFIX_LENGTH && !inLevel2Position) return null;
  const spelling = LEVEL2_SPELLINGS.find((s) => s.startsWith(text) && s !== text);
  if (!spelling) return null;
  const name = LEVEL2_VARIANTS[spelling] ?? spelling;
  return { name, level1: LEVEL2_PARENT[name]!, truncated: true };
}

/** A complete 二级指标 name ending in 指标 ("社会效益指标", "可持续发展指标"): never a 三级指标. */
export function isFullLevel2Name(cell: string): boolean {
  const match = level2Of(cell, false);
  return match !== null && !match.truncated && squash(cell).endsWith('指标');
}

/** "满意度指" is a cut 一级指标; "满意度" alone is a common 三级指标. */
const LEVEL1_MIN_LENGTH = 4;

/** Recognise a 一级指标 cell, also when cut ("满意度指"). */
export function level1Of(cell: string): Level1 | null {
  const text = squash(cell);
  if (text.length < LEVEL1_MIN_LENGTH) return null;
  return LEVEL1_NAMES.find((name) => name.startsWith(text)) ?? null;
}
