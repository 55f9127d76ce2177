import { positionedCells, type Cell, type SourceLine } from './lines';
import { isAmountWord, W } from './vocabulary/words';
import { center, overlap, squash, type Grid, type Span } from './grid-spans';
import { isNumeric, labelSpan, typedSpans, withoutTotalLabels } from './space-columns';
import { alignPages } from './space-pages';
import {
  joinSpaced,
  joinWrapped,
  joinWrappedHeaders,
  splitWords,
  splitWrappedWords,
  stackWrapped,
} from './header-cells';

/**
 * The grid of space-aligned text (`pdftotext -layout`): columns by character positions, the
 * gutters left blank by every row (space-columns.ts); header cells placed over them,
 * continuation pages aligned to the first page (space-pages.ts).
 */

function indexOfSpan(spans: Span[], c: Span): number {
  let best = -1;
  let bestOverlap = 0;
  spans.forEach((s, i) => {
    const o = overlap(s, c);
    if (o > bestOverlap) [best, bestOverlap] = [i, o];
  });
  if (best >= 0) return best;
  let bestDistance = Infinity;
  spans.forEach((s, i) => {
    const d = Math.abs(center(s) - center(c));
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

/**
 * The column a header cell names: the one it overlaps most; a word that names amounts
 * (金额, 合计, 预算数) is over a column of numbers and a word that names items (项目名称,
 * 科目编码) over a column of words when one of that kind is within four characters
 * (CJK header words drift against the numbers of the data rows), and no other lowest header
 * cell (`leaves`: nothing printed under it) stands over that column.
 */
function leafSpan(spans: Span[], c: Cell, leaves: Cell[] = []): number {
  const word = squash(c.text);
  const numeric = W.total.test(word) ? true : W.name.test(word) || W.code.test(word) ? false : null;
  const near = { start: c.start - 1, end: c.end + 1 };
  if (numeric !== null) {
    const gap = (s: Span): number => Math.max(s.start - c.end, c.start - s.end);
    // …unless another lowest header cell stands over that column (公务接待费 over its
    // numbers, the 小计 beside it names a column left blank).
    const taken = (s: Span): boolean => gap(s) > 0 && leaves.some((d) => d !== c && overlap(d, s) > 0);
    const fitting = spans.filter((s) => s.numeric === numeric && gap(s) <= 4 && !taken(s));
    const best = fitting.sort((a, b) => gap(a) - gap(b))[0];
    if (best) return spans.indexOf(best);
  }
  const g = indexOfSpan(spans, c);
  if (g < 0 || overlap(spans[g]!, near) <= 0) return -1;
  // A column another lowest header cell stands over more is that one's (公务用车运行维护费 over
  // its numbers): this one names the free column beside it, within four characters (公务接待费).
  const rival = leaves.some((d) => d !== c && overlap(d, spans[g]!) > overlap(c, spans[g]!));
  if (!rival) return g;
  const gap = (s: Span): number => Math.max(s.start - c.end, c.start - s.end);
  const free = spans
    .filter((s) => gap(s) >= 0 && gap(s) <= 4 && !leaves.some((d) => d !== c && overlap(d, s) > 0))
    .sort((a, b) => gap(a) - gap(b))[0];
  return free ? spans.indexOf(free) : g;
}

/** Territory of a header cell in its row: halfway to its neighbours. */
function territory(row: Cell[], i: number): Span {
  const c = row[i]!;
  const prev = row[i - 1];
  const next = row[i + 1];
  return {
    start: prev ? (prev.end + c.start) / 2 : -Infinity,
    end: next ? (c.end + next.start) / 2 : Infinity,
  };
}

/**
 * Territories of every header cell: halfway to its neighbours, and never beyond the
 * territory of the header cell above it (功能分类 under 支出 does not reach over 收入).
 */
function territories(head: Cell[][]): Span[][] {
  const out: Span[][] = [];
  head.forEach((row, r) => {
    out.push(
      row.map((c, i) => {
        const own = territory(row, i);
        for (let up = r - 1; up >= 0; up--) {
          const parent = out[up]!.find((t) => center(c) >= t.start && center(c) < t.end);
          if (parent) return { start: Math.max(own.start, parent.start), end: Math.min(own.end, parent.end) };
        }
        return own;
      }),
    );
  });
  return out;
}
export function spaceGrid(header: SourceLine[], data: SourceLine[]): Grid {
  const dataCells = alignPages(
    data,
    data.map((l) => joinSpaced(positionedCells(l.text))),
  );
  const head = stackWrapped(
    joinWrappedHeaders(
      splitWrappedWords(
        header.map((l) => joinSpaced(positionedCells(l.text)).flatMap(splitWords)).filter((r) => r.length > 0),
      ),
    ),
  );
  const spans = typedSpans(withoutTotalLabels(dataCells));
  // Header cells with nothing printed under them that name no items (a 项目名称 may drift
  // over numbers), by line: a leaf set on a neighbouring line keeps its column of numbers.
  const lowest = (r: number): Cell[] =>
    head.flatMap((row, k) =>
      Math.abs(k - r) > 1
        ? []
        : row.filter(
            (c) =>
              !W.name.test(squash(c.text)) &&
              !W.code.test(squash(c.text)) &&
              !head.slice(k + 1).some((below) => below.some((d) => overlap(d, c) > 0)),
          ),
    );
  // Header cells over no data column, with nothing printed below them: columns left blank.
  head.forEach((row, r) => {
    row.forEach((c, i) => {
      if (spans.some((s) => overlap(s, c) > 0) || leafSpan(spans, c, lowest(r)) >= 0) return;
      const t = territory(row, i);
      const below = head.slice(r + 1).some((lower) => lower.some((d) => center(d) >= t.start && center(d) < t.end));
      if (below) return;
      // A header set a little beside its column (no other header over that column): widen it.
      // Numbers are right-aligned under a left-set header word, so a column of numbers may
      // stand farther off, with no other header cell in between. Words are left-aligned
      // under a centred header: a column of words starts at or left of its header, and is
      // not the column of an amount word (金额 heads numbers).
      const gap = (sp: Span): number => Math.max(sp.start - c.end, c.start - sp.end);
      const between = (sp: Span): boolean =>
        head.some((h) =>
          h.some((d) => d !== c && center(d) > Math.min(c.end, sp.end) && center(d) < Math.max(c.start, sp.start)),
        );
      const near = spans.filter(
        (sp) =>
          (sp.numeric === true || (sp.start <= c.start && !isAmountWord(c.text))) &&
          (gap(sp) <= 6 || (sp.numeric === true && gap(sp) <= 12 && !between(sp))) &&
          // …and no other header cell stands over it or claims it (leafSpan).
          !head.some((h) => h.some((d) => d !== c && (overlap(d, sp) > 0 || leafSpan([sp], d) === 0))),
      );
      const nearest = near.sort((a, b) => gap(a) - gap(b))[0];
      if (nearest) [nearest.start, nearest.end] = [Math.min(nearest.start, c.start), Math.max(nearest.end, c.end)];
      else spans.push({ start: c.start, end: c.end, numeric: false });
    });
  });
  spans.sort((a, b) => center(a) - center(b));
  // The leaf of each column: the lowest header cell over it.
  const leafRow = spans.map(() => -1);
  const leaf: (Cell | null)[] = spans.map(() => null);
  head.forEach((row, r) =>
    row.forEach((c) => {
      const g = leafSpan(spans, c, lowest(r));
      if (g >= 0) [leafRow[g], leaf[g]] = [r, c];
    }),
  );
  // A column of numbers and a column of words that overlap in the character grid stand in
  // the order of their header words.
  for (let g = 0; g + 1 < spans.length; g++) {
    const [a, b] = [leaf[g], leaf[g + 1]];
    if (a && b && overlap(spans[g]!, spans[g + 1]!) > 0 && center(a) > center(b)) {
      for (const list of [spans, leaf, leafRow] as unknown[][]) [list[g], list[g + 1]] = [list[g + 1], list[g]];
    }
  }
  const paths: string[][] = spans.map(() => []);
  // A column is placed under a parent by its own header word where it has one: header lines
  // drift alike (CJK glyphs wider than their character cells), the data rows differently.
  const at = (g: number): number => center(leaf[g] ?? spans[g]!);
  const owned = territories(head);
  const runs = parentRuns(
    head,
    leaf,
    leafRow,
    spans.map((_, g) => at(g)),
  );
  head.forEach((row, r) =>
    row.forEach((c, i) => {
      if (leaf.includes(c)) return;
      const t = owned[r]![i]!;
      const run = runs.get(c);
      spans.forEach((_, g) => {
        const under = run ? run.includes(g) : at(g) >= t.start && at(g) < t.end;
        if ((leafRow[g] ?? -1) > r && under) paths[g]!.push(squash(c.text));
      });
    }),
  );
  leaf.forEach((c, g) => {
    if (c) paths[g]!.push(squash(c.text));
  });
  paths.forEach((p, g) => (paths[g] = joinWrapped(p)));
  const rows = dataCells.map((cells) => {
    const out = spans.map(() => '');
    for (const c of cells) {
      const own = spans.filter((s) => s.numeric === isNumeric(c));
      const g = spans.indexOf(labelSpan(own, c, cells) ?? own[indexOfSpan(own, c)] ?? spans[indexOfSpan(spans, c)]!);
      out[g] = out[g] === '' ? c.text : `${out[g]} ${c.text}`;
    }
    return out;
  });
  return { paths, rows };
}

/**
 * The columns of a parent header cell printed alone on its line (“三公”经费 over 公务用车购置及
 * 运行维护费, both set at the start of the vehicles' 小计): the parent printed lower heads the
 * run of columns that starts at the column under its start and goes on over the columns whose
 * header is set on the same line; the parent printed higher spans the lower one's run and the
 * columns beside it whose header is set on the line of the nearer neighbours (its children sit
 * lower than the columns of full height, 合计, 会议费, set half-way down the header).
 */
function parentRuns(head: Cell[][], leaf: (Cell | null)[], leafRow: number[], at: number[]): Map<Cell, number[]> {
  const runs = new Map<Cell, number[]>();
  const block = at.map(() => -1);
  const blocks: [number, number][] = [];
  for (let r = head.length - 1; r >= 0; r--) {
    const row = head[r]!;
    if (row.length !== 1 || leaf.includes(row[0]!)) continue;
    const p = row[0]!;
    const anchor = at.findIndex((x, g) => x >= p.start - 1 && leafRow[g]! > r);
    if (anchor < 0) continue;
    let [lo, hi] = block[anchor]! >= 0 ? blocks[block[anchor]!]! : [anchor, anchor];
    const line = block[anchor]! >= 0 ? Math.max(leafRow[lo - 1] ?? -1, leafRow[hi + 1] ?? -1) : (leafRow[anchor] ?? -1);
    if (line <= r) continue;
    const joins = (g: number): boolean => g >= 0 && g < at.length && (leafRow[g] === line || block[g]! >= 0);
    while (joins(lo - 1)) lo = block[lo - 1]! >= 0 ? blocks[block[lo - 1]!]![0] : lo - 1;
    while (joins(hi + 1)) hi = block[hi + 1]! >= 0 ? blocks[block[hi + 1]!]![1] : hi + 1;
    if (hi === lo) continue;
    blocks.push([lo, hi]);
    for (let g = lo; g <= hi; g++) block[g] = blocks.length - 1;
    runs.set(
      p,
      at.map((_, g) => g).filter((g) => g >= lo && g <= hi),
    );
  }
  return runs;
}
