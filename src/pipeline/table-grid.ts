import { positionedCells, type Cell, type SourceLine } from './lines';
import { isHeaderWord } from './vocabulary';
import { isAmountWord, W } from './vocabulary/words';

/**
 * A table's printed header and data rows as a grid of cells: one path of header words per
 * column (multi-row headers rebuilt from the cells) and one cell per column in each row.
 * TAB-separated text gives the columns by cell index; space-aligned text (`pdftotext
 * -layout`) by character positions, the columns being the gutters left blank by every row.
 */

export interface Grid {
  /** Header words of each column, top row first; [] where nothing is printed above it. */
  paths: string[][];
  /** Cells of each data row, one per column ('' = blank). */
  rows: string[][];
}

const squash = (s: string): string => s.replace(/\s+/g, '');

export function isTabbed(lines: SourceLine[]): boolean {
  const filled = lines.filter((l) => l.text.trim() !== '');
  return filled.length > 0 && filled.filter((l) => l.text.includes('\t')).length * 2 >= filled.length;
}

export function buildGrid(header: SourceLine[], data: SourceLine[]): Grid {
  return isTabbed([...header, ...data]) ? tabGrid(header, data) : spaceGrid(header, data);
}

// ---------------------------------------------------------------- TAB-separated

function tabCells(line: SourceLine): string[] {
  const cells = line.text.split('\t').map((c) => squashInner(c));
  while (cells.length > 0 && cells.at(-1) === '') cells.pop();
  return cells;
}

/** Trim a cell; keep the single spaces between words ("1. 一般公共预算"). */
const squashInner = (c: string): string => c.trim().replace(/\s{2,}/g, ' ');

function tabGrid(header: SourceLine[], data: SourceLine[]): Grid {
  const head = header.map((l) => tabCells(l).map(squash)).filter((r) => r.some((c) => c !== ''));
  const rows = data.map(tabCells);
  const width = Math.max(1, ...head.map((r) => r.length), ...rows.map((r) => r.length));
  const grid = head.map((r, k) => Array.from({ length: width }, (_, i) => (k === 0 ? spread(r, width) : r)[i] ?? ''));
  repairOrphans(grid);
  const printed = data.map((l) => l.text.split('\t').length);
  return {
    paths: headerPaths(grid, width),
    rows: rows.map((r, k) => {
      const fitted = fitRow(r, printed[k]!, width);
      return Array.from({ length: width }, (_, i) => fitted[i] ?? '');
    }),
  };
}

/**
 * A top header line printed outside the ruled table (a page break between it and the
 * table) has one cell per word and fewer cells than the table has columns: "收入 | 支出"
 * over four columns. With every cell filled and the columns an even multiple of them, each
 * word heads an equal share of the columns.
 */
function spread(row: string[], width: number): string[] {
  const n = row.length;
  if (n < 2 || n >= width || width % n !== 0 || row.some((c) => c === '')) return row;
  return row.flatMap((c) => [c, ...Array<string>(width / n - 1).fill('')]);
}

/**
 * A row printed with fewer cells than the table has columns, a label then amounts: its
 * label cell spans the first columns (合计 over 科目编码 and 科目名称), so its amounts
 * belong to the last columns.
 */
function fitRow(row: string[], printed: number, width: number): string[] {
  const amount = /^-?[\d,]+(\.\d+)?$/;
  if (printed >= width || row.length < 2 || amount.test(row[0]!)) return row;
  const amounts = row.slice(1);
  if (!amounts.every((c) => c === '' || amount.test(c))) return row;
  return [row[0]!, ...Array<string>(width - row.length).fill(''), ...amounts];
}

/**
 * The column paths of a header grid. A cell spans the empty cells to its right as long
 * as a lower header row prints something under them (a merged parent cell).
 */
function headerPaths(grid: string[][], width: number): string[][] {
  const paths: string[][] = Array.from({ length: width }, () => []);
  grid.forEach((row, r) => {
    row.forEach((cell, j) => {
      if (cell === '') return;
      let next = row.findIndex((c, k) => k > j && c !== '');
      if (next < 0) next = width;
      let last = j;
      for (let k = j + 1; k < next; k++) if (grid.slice(r + 1).some((below) => below[k] !== '')) last = k;
      for (let k = j; k <= last; k++) paths[k]!.push(cell);
    });
  });
  return paths;
}

/**
 * Extraction sometimes shifts a vertically merged header cell ("上年结转") into the middle
 * of a parent's children: the lower row then has a hole under it and, right after it, a
 * child with nothing above. A parent's children are contiguous, so the orphan child moves
 * before the merged cell.
 */
function repairOrphans(grid: string[][]): void {
  if (grid.length < 2) return;
  const bottom = grid.at(-1)!;
  const upper = grid.slice(0, -1);
  for (let i = 1; i + 1 < bottom.length; i++) {
    const hole = bottom[i] === '' && upper.some((r) => r[i] !== '');
    const orphan = bottom[i + 1] !== '' && upper.every((r) => r[i + 1] === '');
    const parentLeft =
      upper.some((r) => r.slice(0, i).some((c) => c !== '') && r[i - 1] === '') && bottom[i - 1] !== '';
    if (hole && orphan && parentLeft) {
      for (const row of grid) [row[i], row[i + 1]] = [row[i + 1]!, row[i]!];
    }
  }
}

// ---------------------------------------------------------------- space-aligned

interface Span {
  start: number;
  end: number;
  numeric?: boolean;
}

const isNumeric = (c: Cell): boolean =>
  /^[-−]?[\d,]*\d(\.\d+)?%?$|^[-－—–]+$/.test(c.text) && !/^\d{3}(\d{2}){0,2}$/.test(c.text);

const center = (s: Span): number => (s.start + s.end) / 2;
const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

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

/**
 * Header words set one space apart are two header cells when each is a header word of the
 * vocabulary ("政府性基金预算 国有资本经营预算": two columns whose words nearly touch).
 */
function splitWords(c: Cell): Cell[] {
  const words = [...c.text.matchAll(/\S+/g)];
  if (words.length < 2 || !words.every((w) => isHeaderWord(w[0]))) return [c];
  return words.map((w) => ({ text: w[0], start: c.start + w.index, end: c.start + w.index + w[0].length }));
}

/**
 * Neighbouring wrapped header cells printed one space apart read as one cell ("公务用车
 * 公务用车运 待费" over "购置费 行维护费"): a cell splits into its words where every word is a
 * header word or completes one with a word printed over or under it on another line.
 */
function splitWrappedWords(head: Cell[][]): Cell[][] {
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
function joinWrappedHeaders(head: Cell[][]): Cell[][] {
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

function spaceGrid(header: SourceLine[], data: SourceLine[]): Grid {
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

/**
 * A header word set with spaces between its letters ("合     计", "金   额"): neighbouring
 * one-letter cells of a row that together make a header word are one cell (also 合 计 as
 * the label of a total row).
 */
function joinSpaced(row: Cell[]): Cell[] {
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
function joinWrapped(path: string[]): string[] {
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
function stackWrapped(head: Cell[][]): Cell[][] {
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
