import type { TableKey } from '../../schemas';
import { BUDGET_KINDS } from './budget';
import { FINAL_ACCOUNTS_KINDS } from './final-accounts';
import type { TableKind } from './types';

export type { ColumnWord, TableKind } from './types';

/**
 * Every kind of table the importer knows, in the order titles are tried. Final-accounts
 * titles all say 决算 and go first: the budget “三公”经费 pattern would take the 三公 决算表.
 */
export const VOCABULARY: TableKind[] = [...FINAL_ACCOUNTS_KINDS, ...BUDGET_KINDS];

/** Chinese name of a table kind (for generic tables: "其他表格"). */
export function kindName(key: TableKey): string {
  return VOCABULARY.find((k) => k.key === key)?.name ?? '其他表格';
}

/** Words printed in header rows (any column word of any kind, and the group words above them). */
const GROUP_WORDS =
  /^(收入|支出|本年收入|本年支出|项目|功能分类|经济分类|支出用途|科目|预算数|金额|合计|小计|总计|[“"]?三公[”"]?经费(预算数)?)$/;

export function isHeaderWord(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return GROUP_WORDS.test(t) || VOCABULARY.some((k) => k.columns.some((c) => c.header.test(t)));
}

/** A header word that also names rows (a 三公 item printed as a row label). */
export function isRowLabelWord(text: string): boolean {
  const t = text.replace(/[\s①②③④⑤]+/g, '');
  return VOCABULARY.some((k) => k.columns.some((c) => c.rowLabel === true && c.header.test(t)));
}
