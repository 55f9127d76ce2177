import { positionedCells, type Cell, type SourceLine } from './lines';
import { isAmountWord, W } from './vocabulary/words';
import { center, overlap, squash, type Grid, type Span } from './grid-spans';
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
 * gutters left blank by every row; header cells placed over them, continuation pages aligned
 * to the first page.
 */

const isNumeric = (c: Cell): boolean =>
  /^[-−]?[\d,]*\d(\.\d+)?%?$|^[-－—–]+$/.test(c.text) && !/^\d{3}(\d{2}){0,2}$/.test(c.text);

/** Column spans from the data rows: cells that overlap belong to one column. */
function columnSpans(rows: Cell[][]): Span[] {
  const cells = rows.flat().sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  for (const c of cells) {
    const last = spans.at(-1);
    if (last && c.start < last.end) last.end = Math.max(last.end, c.end);
    else spans.push({ start: c.start, end: c.end });
  }
  return spans.flatMap((s) => splitSpan(s, rows));
}

/** A span where one row has two cells is two columns: cut at that row's gap. */
function splitSpan(span: Span, rows: Cell[][]): Span[] {
  for (const row of rows) {
    const inside = row.filter((c) => overlap(c, span) > 0);
    for (let i = 1; i < inside.length; i++) {
      const cut = inside[i]!.start;
      if (cut <= span.start || cut >= span.end) continue;
      const left = rows.flat().filter((c) => overlap(c, span) > 0 && center(c) < cut);
      const right = rows.flat().filter((c) => overlap(c, span) > 0 && center(c) >= cut);
      if (left.length === 0 || right.length === 0) continue;
      const l = { start: span.start, end: Math.max(...left.map((c) => c.end)) };
      const r = { start: Math.min(...right.map((c) => c.start)), end: span.end };
      return [
        ...splitSpan({ start: l.start, end: Math.min(l.end, cut) }, rows),
        ...splitSpan({ start: Math.max(r.start, cut), end: r.end }, rows),
      ];
    }
  }
  return [span];
}

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

/** Numbers line up by their right edge, words by their left edge. */
const edgeOf = (c: Span | Cell, numeric: boolean): number => (numeric ? c.end : c.start);

/**
 * The columns of a continuation page matched in order to those of the first page, each to
 * the nearest by its edge, skipping first-page columns the page does not use (a 合计 label
 * set apart): own column index → first-page column index. Null where the page has more
 * columns than the first page.
 */
function matchInOrder(own: Span[], home: Span[], numeric: boolean): number[] | null {
  const n = own.length;
  const m = home.length;
  if (n === 0 || n > m) return null;
  const d = (i: number, j: number): number => Math.abs(edgeOf(own[i]!, numeric) - edgeOf(home[j]!, numeric));
  // cost[i][j]: best cost of matching own[0..i) within home[0..j).
  const cost = Array.from({ length: n + 1 }, (_, i) => Array<number>(m + 1).fill(i === 0 ? 0 : Infinity));
  for (let i = 1; i <= n; i++)
    for (let j = i; j <= m; j++) cost[i]![j] = Math.min(cost[i]![j - 1]!, cost[i - 1]![j - 1]! + d(i - 1, j - 1));
  const match = Array<number>(n).fill(-1);
  for (let i = n, j = m; i > 0; j--) {
    if (cost[i]![j] === cost[i]![j - 1]) continue;
    match[i - 1] = j - 1;
    i--;
  }
  return match;
}

/**
 * Rows of a table continued on another page are set at that page's margin and spacing.
 * Its columns of numbers (and of words) are matched in order to the first page's and each
 * cell moves by its column's offset; where the page has more columns than the first page,
 * by the one offset that lines most cell edges of the page up with the first page.
 */
function alignPages(data: SourceLine[], cells: Cell[][]): Cell[][] {
  const first = data[0]?.page;
  const home = cells.filter((_, i) => data[i]!.page === first);
  if (first === undefined || home.length === cells.length) return cells;
  const spans = typedSpans(withoutTotalLabels(home));
  const pages = [...new Set(data.map((l) => l.page))].filter((p) => p !== first);
  const out = cells.map((r) => r);
  const ofKind = (list: Span[], numeric: boolean): Span[] => list.filter((s) => s.numeric === numeric);
  for (const page of pages) {
    const rows = cells.map((_, i) => (data[i]!.page === page ? i : -1)).filter((i) => i >= 0);
    const own = typedSpans(rows.map((i) => cells[i]!));
    const matches = new Map([true, false].map((k) => [k, matchInOrder(ofKind(own, k), ofKind(spans, k), k)]));
    const miss = (c: Cell, shift: number): number =>
      Math.min(
        8,
        ...ofKind(spans, isNumeric(c)).map((s) => Math.abs(edgeOf(s, isNumeric(c)) - edgeOf(c, isNumeric(c)) - shift)),
      );
    // The one offset is for the cells not matched column by column: where the numbers are,
    // the words alone decide it (numbers and words move by different amounts).
    const loose = (c: Cell): boolean => !matches.get(isNumeric(c));
    const cost = (shift: number): number =>
      rows.reduce((sum, i) => sum + cells[i]!.reduce((t, c) => t + (loose(c) ? miss(c, shift) : 0), 0), 0);
    let best = 0;
    for (let d = 1; d <= 40; d++) for (const shift of [d, -d]) if (cost(shift) < cost(best)) best = shift;
    const offset = (c: Cell): number => {
      const numeric = isNumeric(c);
      const match = matches.get(numeric);
      if (!match) return best;
      const mine = ofKind(own, numeric);
      const at = mine.findIndex((s) => overlap(s, c) > 0);
      const target = ofKind(spans, numeric)[match[at] ?? -1];
      return at < 0 || !target ? best : edgeOf(target, numeric) - edgeOf(mine[at]!, numeric);
    };
    for (const i of rows) out[i] = cells[i]!.map((c) => ({ ...c, start: c.start + offset(c), end: c.end + offset(c) }));
  }
  return out;
}

/**
 * Numbers are set right-aligned, words left-aligned: a number column and a word column
 * may overlap in the character grid (CJK glyphs are wider than their columns), so each
 * is found among its own kind of cells.
 */
function typedSpans(rows: Cell[][]): Span[] {
  const of = (numeric: boolean, keep: (c: Cell, row: Cell[]) => boolean = () => true): Span[] =>
    columnSpans(
      rows.map((r) => r.filter((c) => isNumeric(c) === numeric && keep(c, r))).filter((r) => r.length > 0),
    ).map((s) => ({ ...s, numeric }));
  const words = of(false, (c, row) => !isTotalLabel(c, row));
  // A total row's label centered in a cell merged over several columns (当年支出小计) makes no
  // column of its own where a word column stands to its left: it is placed there (labelSpan).
  const standalone = (c: Cell, row: Cell[]): boolean => labelSpan(words, c, row) === undefined;
  return [...of(true), ...of(false, standalone)];
}

/** Labels of the closing rows of a two-sided table: 合计 / 小计 / 总计, 上年结转 / 结转下年. */
const CLOSING = /(合计|小计|总计)$|结转|结余/;

/**
 * The expenditure side's label of a closing row of a two-sided table: a closing label after
 * the income side's closing label (当年收入小计 … 当年支出小计, 上年结转资金 … 结转下年资金).
 */
const isTotalLabel = (c: Cell, row: Cell[]): boolean =>
  !isNumeric(c) &&
  CLOSING.test(squash(c.text)) &&
  row.filter((d) => !isNumeric(d)).length === 2 &&
  row[0] !== c &&
  CLOSING.test(squash(row[0]!.text));

/** The word column of a total label that overlaps none: the nearest one starting to its left. */
function labelSpan(words: Span[], c: Cell, row: Cell[]): Span | undefined {
  if (!isTotalLabel(c, row) || words.some((s) => overlap(s, c) > 0)) return undefined;
  return words.filter((s) => s.start <= c.start).sort((a, b) => b.start - a.start)[0];
}

const TOTAL_WORD = /^(合计|总计)$|(收入|支出)(合计|总计)$/;

/**
 * The label of a total row (its only word, beside amounts) is often centred in a cell
 * merged over the code and name columns: it stands where no column is and makes none; it
 * goes into the column nearest to it.
 */
function withoutTotalLabels(rows: Cell[][]): Cell[][] {
  return rows.map((row) => {
    const words = row.filter((c) => !isNumeric(c));
    const total = words.length === 1 && words.length < row.length && TOTAL_WORD.test(squash(words[0]!.text));
    return total ? row.filter((c) => c !== words[0]) : row;
  });
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
