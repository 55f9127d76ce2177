import type { Cell } from './lines';
import { isHeaderWord } from './vocabulary';
import { isAmountWord } from './vocabulary/words';
import { center, overlap, squash } from './grid-spans';

/** Header cells of space-aligned text joined and split into the cells the header prints. */

/**
 * Header words set one space apart are two header cells when each is a header word of the
 * vocabulary ("政府性基金预算 国有资本经营预算": two columns whose words nearly touch).
 */
export function splitWords(c: Cell): Cell[] {
  const words = [...c.text.matchAll(/\S+/g)];
  if (words.length < 2 || !words.every((w) => isHeaderWord(w[0]))) return [c];
  return words.map((w) => ({ text: w[0], start: c.start + w.index, end: c.start + w.index + w[0].length }));
}

/**
 * Neighbouring wrapped header cells printed one space apart read as one cell ("公务用车
 * 公务用车运 待费" over "购置费 行维护费"): a cell splits into its words where every word is a
 * header word or completes one with a word printed over or under it on another line.
 */
export function splitWrappedWords(head: Cell[][]): Cell[][] {
  const words = (c: Cell): Cell[] =>
    [...c.text.matchAll(/\S+/g)].map((m) => ({
      text: m[0],
      start: c.start + m.index,
      end: c.start + m.index + m[0].length,
    }));
  const all = head.map((row) => row.flatMap(words));
  const joins = (w: Cell, r: number): boolean =>
    isHeaderWord(squash(w.text)) ||
    all.some((row, k) =>
      row.some(
        (d) =>
          k !== r &&
          overlap(d, { start: w.start - 1, end: w.end + 1 }) > 0 &&
          isHeaderWord(squash(k < r ? d.text + w.text : w.text + d.text)),
      ),
    );
  return head.map((row, r) =>
    row.flatMap((c) => {
      const ws = words(c);
      return ws.length > 1 && ws.every((w) => joins(w, r)) ? ws : [c];
    }),
  );
}

/**
 * A header cell wrapped inside its ruled cell is printed as two pieces on two header lines,
 * one above the other ("因公出国" … "（境）费", "采购组织形" / "式"); a parent and its child are
 * too. The pieces are one cell when together they are a header word and the upper piece
 * alone is not: the first piece below that overlaps the upper one (or nearly: a short centred
 * piece), alone under it in its line.
 */
export function joinWrappedHeaders(head: Cell[][]): Cell[][] {
  const rows = head.map((r) => [...r]);
  rows.forEach((row, r) => {
    for (const upper of [...row]) {
      // A short centred last piece may stand just beside the upper one ("采购组织形" / "式").
      const near = (c: Cell): boolean => overlap(c, { start: upper.start - 2, end: upper.end + 2 }) > 0;
      const k = rows.findIndex((l, j) => j > r && l.some(near));
      // …the one piece there that completes it (公务用车 over 购置费 beside 行维护费).
      const under = k < 0 ? [] : rows[k]!.filter((d) => near(d) && isHeaderWord(squash(upper.text + d.text)));
      // A header word of its own joins only a piece that is none ("公务用车购置" / "费").
      if (under.length !== 1 || (isHeaderWord(squash(upper.text)) && isHeaderWord(squash(under[0]!.text)))) continue;
      const piece = under[0]!;
      const joined = {
        text: upper.text + piece.text,
        start: Math.min(upper.start, piece.start),
        end: Math.max(upper.end, piece.end),
      };
      row.splice(row.indexOf(upper), 1);
      rows[k]!.splice(rows[k]!.indexOf(piece), 1);
      // The cell stands on the line between its pieces, among the siblings printed there.
      const middle = rows[r + Math.ceil((k - r) / 2)]!;
      middle.splice(middle.filter((c) => c.start < joined.start).length, 0, joined);
    }
  });
  return rows.filter((r) => r.length > 0);
}

/**
 * A header word set with spaces between its letters ("合     计", "金   额"): neighbouring
 * one-letter cells of a row that together make a header word are one cell (also 合 计 as
 * the label of a total row).
 */
export function joinSpaced(row: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of row) {
    const last = out.at(-1);
    const letters = last && /^\p{Script=Han}+$/u.test(last.text) && /^\p{Script=Han}$/u.test(c.text);
    if (last && letters && isHeaderWord(last.text + c.text))
      out[out.length - 1] = { text: last.text + c.text, start: last.start, end: c.end };
    else out.push(c);
  }
  return out;
}

/**
 * A header word wrapped inside its cell ("单位预留机动经" + "费", "基" + "本支出") reads as
 * parent and child: where the lowest word alone is no header word but the words joined
 * from some row down are one, they are one word.
 */
export function joinWrapped(path: string[]): string[] {
  if (path.length < 2 || isHeaderWord(path.at(-1)!)) return path;
  for (let k = 0; k < path.length - 1; k++) {
    const joined = path.slice(k).join('');
    if (isHeaderWord(joined)) return [...path.slice(0, k), joined];
  }
  return path;
}

/**
 * A header cell wrapped over several lines ("单位预留机动经" over "费", "单位" / "预留机动" /
 * "经费"), also where the joined word is not in the vocabulary ("结转下年资" / "金"): the next
 * line that prints anything under a header cell prints one cell there, centred within it,
 * and neither is a header word of its own (a 合计 under 一般公共预算基本支出 is a child) or
 * together they make an amount word neither is (项目 / 支出). The
 * pieces are one cell, on the line between the first and the last, among its siblings.
 */
export function stackWrapped(head: Cell[][]): Cell[][] {
  const rows = head.map((r) => [...r]);
  rows.forEach((row, r) => {
    for (const u of [...row]) {
      let cell = u;
      let last = r;
      for (let k = r + 1; k < rows.length; k++) {
        const under = rows[k]!.filter((d) => overlap(d, { start: cell.start - 1, end: cell.end + 1 }) > 0);
        if (under.length === 0) continue;
        const l = under[0]!;
        const centred = center(l) >= cell.start - 2 && center(l) <= cell.end + 2;
        // Pieces that are header words of their own join only into an amount word of which
        // neither is one ("项目" / "支出" → 项目支出).
        const pieces = !isHeaderWord(l.text) && !isHeaderWord(cell.text);
        const amount = isAmountWord(cell.text + l.text) && !isAmountWord(cell.text) && !isAmountWord(l.text);
        if (under.length > 1 || !centred || !(pieces || amount)) break;
        cell = { text: cell.text + l.text, start: Math.min(cell.start, l.start), end: Math.max(cell.end, l.end) };
        rows[k]!.splice(rows[k]!.indexOf(l), 1);
        last = k;
      }
      if (last === r) continue;
      row.splice(row.indexOf(u), 1);
      const middle = rows[r + Math.ceil((last - r) / 2)]!;
      middle.splice(middle.filter((c) => c.start < cell.start).length, 0, cell);
    }
  });
  return rows.filter((r) => r.length > 0);
}
