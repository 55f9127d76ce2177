import type { SubjectItem } from '../schemas';
import { collapseSpacedDigits } from './numbers';
import type { Paragraph } from './paragraphs';

/**
 * Numbered items of a 编制说明 that name a budget subject by its levels and give its amount:
 * "1. “一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元，主要用于…",
 * "1．一般公共服务（类）支出 12706.28 万元，主要用于…", or under a parent heading
 * "（三）住房保障支出（类）" the items "1．住房改革支出（款）住房公积金（项）572.56万元…".
 * The subject is kept as printed, level by level; nothing is looked up or renamed.
 */

const ITEM = /^(\d{1,2}|[一二三四五六七八九十]{1,3})[.．、]\s*(.*)$/s;
const PARENT = /^[（(]([一二三四五六七八九十]{1,3})[)）]\s*(.*)$/s;
const LEVEL = /([^（(）)“”"，,。；;：:\d]{1,30}?)\s*[（(](类|款|项)[)）]/g;
const AMOUNT = /(-?\d[\d,，]*(?:\.\d+)?)\s*(万元|元)/;

type Level = SubjectItem['path'][number];

function levelsOf(text: string): { path: Level[]; end: number } {
  const path: Level[] = [];
  let end = 0;
  for (const m of text.matchAll(LEVEL)) {
    // Levels follow one another; words between them ("支出 ") end the subject.
    const gap = text.slice(end, m.index).replace(/[“”"\s]/g, '');
    if (path.length > 0 && gap !== '') break;
    path.push({ level: m[2] as Level['level'], name: m[1]!.replace(/^[“"]/, '').trim() });
    end = m.index + m[0].length;
  }
  return { path, end };
}

export function subjectItems(paragraphs: Paragraph[]): SubjectItem[] {
  const items: SubjectItem[] = [];
  let parent: Level[] = [];
  for (const p of paragraphs) {
    const text = collapseSpacedDigits(p.text);
    const heading = PARENT.exec(text);
    if (heading) {
      const { path } = levelsOf(heading[2]!);
      // A parent heading names a subject and no amount: the items below belong to it.
      parent = path.length > 0 && !AMOUNT.test(heading[2]!) ? path : [];
      if (parent.length > 0) continue;
    }
    const m = ITEM.exec(text);
    if (!m) continue;
    const { path, end } = levelsOf(m[2]!);
    if (path.length === 0) continue;
    const amount = AMOUNT.exec(m[2]!.slice(end));
    const full = parent.length > 0 && path[0]!.level !== '类' ? [...parent, ...path] : path;
    items.push({
      number: m[1]!,
      path: full,
      amount: amount ? amount[1]!.replace(/[,，]/g, '') : null,
      unit: amount ? (amount[2] as '万元' | '元') : null,
      text: p.text,
      line: p.lines[0],
    });
  }
  return items;
}
