import type { Row, Table } from '../schemas';
import { cellRef, nameSimilarity, plainLabel } from './access';
import type { Ref } from './compare';
import { expenditureName, type TwoSided } from './structure';

/**
 * The table rows the narrative's figures speak of, found by the words of the figure: a 三公
 * item, a source of income, a 类 of the general-budget table, a function of 财政拨款收支总表.
 */

/** The 三公 items as the narrative names them (the 三公 table prints the same words as row labels). */
const THREE_PUBLIC_SUBJECTS: { pattern: RegExp; key: string }[] = [
  { pattern: /^因公出国[（(]境[)）]费(用)?$/, key: 'abroad' },
  { pattern: /^公务接待费$/, key: 'reception' },
  { pattern: /^公务用车购置及运行(维护)?费$/, key: 'vehicles' },
  { pattern: /^公务用车购置费$/, key: 'purchase' },
  { pattern: /^公务用车运行(维护)?费$/, key: 'operation' },
];
export const threePublicKey = (subject: string | null): string | undefined =>
  subject ? THREE_PUBLIC_SUBJECTS.find((s) => s.pattern.test(plainLabel(subject)))?.key : undefined;

/** The row of the 三公 table that prints the item `key` (a key of `threePublicKey`). */
export const threePublicRow = (table: Table, key: string): Row | undefined =>
  table.rows.find((r) => THREE_PUBLIC_SUBJECTS.find((x) => x.key === key)!.pattern.test(plainLabel(r.label)));

/** Sources of income as the narrative names them, and the row label of each in the tables. */
export const SOURCES: { pattern: RegExp; row: RegExp }[] = [
  { pattern: /^一般公共预算/, row: /一般公共预算/ },
  { pattern: /^政府性基金/, row: /政府性基金/ },
  { pattern: /^国有资本经营/, row: /国有资本经营/ },
  { pattern: /^财政专户/, row: /财政专户/ },
  { pattern: /^单位资金/, row: /单位资金/ },
  { pattern: /^其他资金/, row: /其他资金/ },
];

/** A figure the table does not print (a blank, not zero). */
export const blank = (label: string, table?: Table['key']): Ref => ({ label, value: null, table });

/** The cell of `column` in `row`, when the table and the row are there. */
export const cell = (
  table: Table | undefined,
  row: Row | undefined,
  column: string,
  label?: string,
): Ref | undefined => (table && row ? cellRef(table, row, column, label) : undefined);

/** The 类 row of a coded table by function name; a near spelling is accepted when it is unique. */
export function classRow(table: Table, name: string): { row: Row; exact: boolean } | undefined {
  const classes = table.rows.filter((r) => r.code?.length === 3);
  const exact = classes.find((r) => plainLabel(r.label) === plainLabel(name));
  if (exact) return { row: exact, exact: true };
  const near = classes.filter((r) => nameSimilarity(r.label, name) >= 0.8);
  return near.length === 1 ? { row: near[0]!, exact: false } : undefined;
}

/** The expenditure row of 财政拨款收支总表 by function name; a near spelling is accepted when it is unique. */
export function fiscalFunctionRow(side: TwoSided, name: string): { row: Row; exact: boolean } | undefined {
  const exact = side.expenditureItems.find((r) => expenditureName(side, r) === plainLabel(name));
  if (exact) return { row: exact, exact: true };
  const near = side.expenditureItems.filter((r) => nameSimilarity(expenditureName(side, r), name) >= 0.8);
  return near.length === 1 ? { row: near[0]!, exact: false } : undefined;
}
