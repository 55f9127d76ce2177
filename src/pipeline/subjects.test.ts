import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NarrativeSection } from '../schemas';
import { toLines } from './lines';
import { parseNarrativeParts } from './narrative';
import { splitParts } from './sections';

const sections = (name: string): NarrativeSection[] =>
  parseNarrativeParts(
    splitParts(toLines(readFileSync(new URL(`../../tests/fixtures/real-texts/${name}`, import.meta.url), 'utf8')))
      .parts,
  );
const path = (item: NonNullable<NarrativeSection['items']>[number]) =>
  item.path.map((p) => `${p.name}（${p.level}）`).join('');

// Figures read from the fixture texts at the lines given.
describe('numbered 编制说明 items with their subject and amount', () => {
  it('Shanghai: "1. “…（类）…（款）…（项）”938.99万元" — 16 items, amounts in 万元 as printed', () => {
    const items = sections('2025-putuo-commerce-commission-budget.layout.txt')[0]!.items!;
    expect(items).toHaveLength(16);
    expect([items[0]!.number, path(items[0]!), items[0]!.amount, items[0]!.unit, items[0]!.line]).toEqual([
      '1',
      '一般公共服务支出（类）商贸事务（款）行政运行（项）',
      '938.99',
      '万元',
      108,
    ]);
    // Thousands separator removed; the amount wrapped onto the next line ("29,381.00万" / "元").
    expect([path(items[12]!), items[12]!.amount, items[12]!.line]).toEqual([
      '资源勘探工业信息等支出（类）支持中小企业发展和管理支出（款）其他支持中小企业发展和管理支出（项）',
      '29381.00',
      133,
    ]);
  });

  it('Jiangsu: 类 items with "支出 12706.28 万元", and items under a parent heading （一）…（类）', () => {
    const all = sections('2018-jiangsu-npc-office-budget.layout.txt');
    const first = all[0]!.items!;
    expect(first.map((i) => [path(i), i.amount, i.line])).toEqual([
      ['一般公共服务（类）', '12706.28', 696],
      ['社会保障和就业（类）', '1068.78', 701],
      ['住房保障（类）', '2122.38', 708],
    ]);
    const five = all[4]!.items!;
    expect([path(five[1]!), five[1]!.amount, five[1]!.line]).toEqual([
      '一般公共服务（类）人大事务（款）一般行政管理事务（项）',
      '2340.35',
      783,
    ]);
    // Printed 住房改革支出（类） under （三）住房保障支出（类）: kept as printed.
    expect(five.at(-1)!.path[0]).toEqual({ level: '类', name: '住房改革支出' });
    expect(five.at(-2)!.amount).toBe('572.56');
  });
});
