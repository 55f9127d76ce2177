import type { Indicator } from '../schemas';
import { isFullLevel2Name, level1Of, level2Of, type Level1, type Level2Match } from './kpi-levels';
import { charLength, isCutCopy, isPlaceholderText, squash, type TruncatedCell } from './kpi-text';
import { parseIndicatorValue } from './kpi-values';
import { cellsOf, type SourceLine } from './lines';

/**
 * The 绩效指标 grid of a KPI form: 一级指标 | 二级指标 | 三级指标 | 指标值, usually twice side by
 * side (实施期 group left, 年度 group right).
 *
 * The extracted rows do not keep their columns: merged cells print their text on one row
 * only, cells drift a column left or right, whole groups are missing, the header is shifted
 * or absent. So a row is read by what its cells say, not where they stand:
 *
 * 1. Each filled cell is a 一级指标, a 二级指标 (also cut: "经济效益指", "社") or text.
 * 2. A 二级指标 starts a segment; a row with two segments has one per group. A row with
 *    one segment is split in halves when it holds two (三级指标, 指标值) pairs, otherwise it
 *    belongs to the group its first cell stands in (by the header's columns).
 * 3. Texts pair up as (三级指标, 指标值); a lone text is the 指标值 when it reads as a
 *    quantity, else the 三级指标.
 * 4. Empty 二级指标 cells carry down from the rows above, per group (shared when the header
 *    gives the 实施期 group no 二级指标 column). The 一级指标 follows from the 二级指标 (the
 *    taxonomy is fixed), so a shifted 一级指标 column does no harm; the printed 一级指标 is
 *    only used while the 二级指标 is unknown.
 * 5. Placeholders ("指标1:", ".....") and rows with neither 三级指标 nor 指标值 give nothing;
 *    an indicator printed twice in the same group is kept once.
 *
 * Cells that look cut off are flagged `truncated` by three tests, see
 * {@link markCutLevel2}, {@link markCutAgainstOtherGroup} and {@link markColumnWidthCuts}.
 */

type Period = Indicator['period'];

interface Cell {
  text: string;
  col: number;
}
interface Level2Cell extends Cell {
  match: Level2Match;
  /** Source line the 二级指标 is printed on (rows below it carry it down). */
  line: number;
}
type Token = ({ kind: 'level1'; level1: Level1 } | { kind: 'level2'; match: Level2Match } | { kind: 'text' }) & Cell;

interface Segment {
  level2: Level2Cell | null;
  texts: Cell[];
}
interface Piece extends Segment {
  period: Period;
}

interface GridLayout {
  /** 2: 实施期 and 年度 groups; 1: a single 指标值 column (read as 年度, see {@link readLayout}). */
  groups: 1 | 2;
  /** First column of the 年度 group as the header prints it. */
  annualFrom: number | null;
  /** The header has no 二级指标 column for the 实施期 group: both groups share the 年度 one. */
  sharedLevel2: boolean;
}

export interface IndicatorGrid {
  indicators: Indicator[];
  truncatedCells: TruncatedCell[];
}

/** Column labels; they also turn up inside data rows when the header is shifted. */
const HEADER_LABELS = new Set([
  '绩效指标',
  '年度绩效指标',
  '绩效',
  '指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
]);

const isHeaderRow = (cells: string[]): boolean => cells.includes('指标值') && cells.includes('三级指标');

/**
 * Read the column groups from the header row. A form with a single 指标值 column (000's
 * 招商引资工作经费, the 整体 forms) states one set of targets; it is filed as 年度 (annual),
 * the period a budget year's form is about. Without a header row the standard two-group
 * layout is assumed.
 */
function readLayout(rows: SourceLine[]): GridLayout {
  const header = rows.map((row) => cellsOf(row).map(squash)).find(isHeaderRow);
  if (!header) return { groups: 2, annualFrom: null, sharedLevel2: false };
  const firstValue = header.indexOf('指标值');
  const groups = header.filter((c) => c === '指标值').length > 1 ? 2 : 1;
  return {
    groups,
    annualFrom: groups === 2 ? firstValue + 1 : null,
    sharedLevel2: groups === 2 && !header.slice(0, firstValue).includes('二级指标'),
  };
}

const isKept = (cell: Cell): boolean =>
  cell.text !== '' && !HEADER_LABELS.has(squash(cell.text)) && !isPlaceholderText(cell.text);

const isCategoryCell = (cell: Cell): boolean => level1Of(cell.text) !== null || level2Of(cell.text, false) !== null;

/**
 * Classify one cell. After a 二级指标 usually comes its 三级指标, even one that reads like a
 * category ("服务对象满意度", "经济效益"): then the cells up to the next category cell are its
 * value, an odd number with the pairs after it. A complete name ending in 指标, or a
 * category cell followed by an even number of cells (none, or a full 三级指标/指标值 pair),
 * is another 二级指标: the other group's, or a shifted copy ("社会效益指 | | 社会效益指 |
 * 提高党性 | 提高100%").
 */
function classify(cells: Cell[], i: number, previous: Token | undefined): Token {
  const cell = cells[i]!;
  if (previous?.kind === 'level2') {
    const match = level2Of(cell.text, false);
    const rest = cells.slice(i + 1);
    const run = rest.findIndex(isCategoryCell);
    const following = run < 0 ? rest.length : run;
    const isLevel2 = match && (isFullLevel2Name(cell.text) || following % 2 === 0);
    return isLevel2 ? { kind: 'level2', match, ...cell } : { kind: 'text', ...cell };
  }
  const level1 = level1Of(cell.text);
  if (level1) return { kind: 'level1', level1, ...cell };
  const match = level2Of(cell.text, previous === undefined || previous.kind === 'level1');
  return match ? { kind: 'level2', match, ...cell } : { kind: 'text', ...cell };
}

function tokensOf(row: SourceLine): Token[] {
  const cells = cellsOf(row)
    .map((text, col) => ({ text, col }))
    .filter(isKept);
  const tokens: Token[] = [];
  cells.forEach((_, i) => tokens.push(classify(cells, i, tokens.at(-1))));
  return tokens;
}

/** A row of the grid: column labels, or a 一级/二级指标 cell (goal texts above the grid have neither). */
export function isGridRow(row: SourceLine): boolean {
  const hasLabel = cellsOf(row).some((c) => HEADER_LABELS.has(squash(c)));
  return hasLabel || tokensOf(row).some((t) => t.kind !== 'text');
}

/** A value printed twice in neighbouring cells ("1次", "1次") is one value. */
function dropRepeats(texts: Cell[]): Cell[] {
  return texts.filter((cell, i) => i === 0 || cell.text !== texts[i - 1]!.text);
}

function segmentsOf(tokens: Token[], line: number): Segment[] {
  const segments: Segment[] = [];
  for (const token of tokens) {
    if (token.kind === 'level2') segments.push({ level2: { ...token, line }, texts: [] });
    else if (token.kind === 'text') {
      if (segments.length === 0) segments.push({ level2: null, texts: [] });
      segments.at(-1)!.texts.push(token);
    }
  }
  const kept = segments.map((s) => ({ ...s, texts: dropRepeats(s.texts) }));
  // More segments than groups: the extra ones are 二级指标 cells shifted in from another row or column.
  while (kept.length > 2) {
    const empty = kept.findIndex((s) => s.texts.length === 0);
    if (empty < 0) break;
    kept.splice(empty, 1);
  }
  return kept;
}

function piecesOf(segments: Segment[], layout: GridLayout): Piece[] {
  if (layout.groups === 1) return segments.map((s) => ({ ...s, period: 'annual' }));
  if (segments.length > 1) return segments.map((s, i) => ({ ...s, period: i === 0 ? 'implementation' : 'annual' }));
  const [only] = segments;
  if (!only) return [];
  const { texts } = only;
  if (texts.length >= 4 && texts.length % 2 === 0) {
    const half = texts.length / 2;
    return [
      { level2: only.level2, texts: texts.slice(0, half), period: 'implementation' },
      { level2: null, texts: texts.slice(half), period: 'annual' },
    ];
  }
  const firstCol = (only.level2 ?? texts[0])!.col;
  const inAnnual = layout.annualFrom !== null && firstCol >= layout.annualFrom;
  return [{ ...only, period: inAnnual ? 'annual' : 'implementation' }];
}

const isQuantity = (text: string): boolean => parseIndicatorValue(text).number !== null;

/** (三级指标, 指标值) pairs; a lone text is the value when it reads as a quantity. */
function entriesOf(texts: Cell[]): { level3: string; value: string }[] {
  const entries: { level3: string; value: string }[] = [];
  for (let i = 0; i < texts.length; i += 2) {
    const first = texts[i]!.text;
    const second = texts[i + 1]?.text;
    if (second !== undefined) entries.push({ level3: first, value: second });
    else entries.push(isQuantity(first) ? { level3: '', value: first } : { level3: first, value: '' });
  }
  return entries;
}

/** An indicator while the grid is read, with what the truncation checks need. */
interface Draft extends Indicator {
  level2Cell: Level2Cell | null;
}

function readRows(rows: SourceLine[], layout: GridLayout): Draft[] {
  const level2: Record<Period, Level2Cell | null> = { implementation: null, annual: null };
  const stateOf = (period: Period): Period => (layout.sharedLevel2 ? 'annual' : period);
  let level1: Level1 | null = null;
  const drafts: Draft[] = [];
  for (const row of rows) {
    const tokens = tokensOf(row);
    for (const token of tokens) if (token.kind === 'level1') level1 = token.level1;
    const pieces = piecesOf(segmentsOf(tokens, row.n), layout);
    for (const piece of pieces) if (piece.level2) level2[stateOf(piece.period)] = piece.level2;
    for (const piece of pieces) {
      const current = level2[stateOf(piece.period)];
      for (const { level3, value } of entriesOf(piece.texts)) {
        drafts.push({
          period: piece.period,
          level1: current?.match.level1 ?? level1 ?? '',
          level2: current?.text ?? '',
          level3,
          value: parseIndicatorValue(value),
          truncated: current?.match.truncated ?? false,
          sourceLine: row.n,
          level2Cell: current,
        });
      }
    }
  }
  return drafts;
}

/** The same indicator printed twice (a repeated row, or both groups of a one-group form). */
function dropDuplicates(drafts: Draft[]): Draft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = [d.period, d.level1, d.level2Cell?.match.name ?? d.level2, d.level3, d.value.raw].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A 二级指标 that is a strict prefix of a known name ("经济效益指", "社") was cut. Every
 * indicator under it already carries the flag (set in {@link readRows}); the cell is
 * recorded on the line it is printed on.
 */
function markCutLevel2(drafts: Draft[], cells: TruncatedCell[]): void {
  for (const { level2Cell } of drafts) {
    if (level2Cell?.match.truncated) cells.push({ line: level2Cell.line, text: level2Cell.text });
  }
}

/**
 * Where both groups print the same indicator on one row and one cell is a strict prefix of
 * the other ("培训人员年度考核" / "培训人员年度考核合格率"), the shorter one was cut. Values with
 * digits are not compared: "≥1" is a prefix of "≥12个" without being cut.
 */
function markCutAgainstOtherGroup(drafts: Draft[], cut: (d: Draft, text: string) => void): void {
  const rows = Map.groupBy(drafts, (d) => d.sourceLine);
  for (const row of rows.values()) {
    const left = row.find((d) => d.period === 'implementation');
    const right = row.find((d) => d.period === 'annual');
    if (!left || !right) continue;
    for (const [a, b] of [
      [left, right],
      [right, left],
    ] as const) {
      if (isCutCopy(a.level3, b.level3)) cut(a, a.level3);
      if (!/\d/.test(a.value.raw) && isCutCopy(a.value.raw, b.value.raw)) cut(a, a.value.raw);
    }
  }
}

/**
 * Forms printed with narrow fixed-width columns (000) cut every long cell at the same width.
 * When a group's cut 二级指标 cells ("经济效益指", "服务对象满") all fit a width w and no
 * 二级指标 or 三级指标 of the group is longer than w, the column was w characters wide, and
 * a 三级指标 of exactly w characters ("招商引资项") was most likely cut too. (A complete text
 * of that length, such as "宣传片费用", is flagged as well: the source cannot tell them apart.)
 */
function markColumnWidthCuts(drafts: Draft[], cut: (d: Draft, text: string) => void): void {
  for (const group of Map.groupBy(drafts, (d) => d.period).values()) {
    const cutWidths = group.filter((d) => d.level2Cell?.match.truncated).map((d) => charLength(d.level2));
    if (cutWidths.length === 0) continue;
    const width = Math.max(...cutWidths);
    const fits = group.every((d) => charLength(d.level2) <= width && charLength(d.level3) <= width);
    if (!fits) continue;
    for (const d of group) if (charLength(d.level3) === width) cut(d, d.level3);
  }
}

const PERIOD_ORDER: Record<Period, number> = { implementation: 0, annual: 1 };

export function parseIndicatorGrid(rows: SourceLine[]): IndicatorGrid {
  const drafts = dropDuplicates(readRows(rows, readLayout(rows)));
  const truncatedCells: TruncatedCell[] = [];
  const cut = (d: Draft, text: string): void => {
    d.truncated = true;
    truncatedCells.push({ line: d.sourceLine, text });
  };
  markCutLevel2(drafts, truncatedCells);
  markCutAgainstOtherGroup(drafts, cut);
  markColumnWidthCuts(drafts, cut);
  const indicators = drafts
    .map(({ level2Cell: _cell, ...indicator }) => indicator)
    .sort((a, b) => PERIOD_ORDER[a.period] - PERIOD_ORDER[b.period]);
  return { indicators, truncatedCells };
}
