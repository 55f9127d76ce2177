import type { Warning } from '../schemas';
import { squash } from './cover';
import type { SourceLine } from './lines';
import type { DocumentParts, PartKind } from './sections';

/**
 * Text printed twice. WPS paints the end of a paragraph again at the top of the next page
 * (hidden there by a clip path); the PDF reader drops it, but texts made by other
 * extractors keep both copies. A run of lines repeated exactly and at once, long enough
 * not to be a legitimate repetition, is kept once, with a warning naming where.
 */

/** Shorter runs (a repeated "合计", a short heading) are not taken for a doubled paragraph. */
const MIN_CHARS = 12;
const MAX_RUN = 6;

const isFiller = (s: string): boolean => s === '' || /^[-—]?\d{1,3}[-—]?$/.test(s) || /^[.…·]+$/.test(s);

export interface Repeat {
  /** First line of the copy that is kept. */
  kept: number;
  /** Lines of the copy that was dropped. */
  dropped: [number, number];
}

export function dropRepeatedRuns(lines: SourceLine[]): { lines: SourceLine[]; repeats: Repeat[] } {
  // Compare non-blank lines; blank lines and page numbers between the copies do not count.
  const text = lines.map((l) => squash(l.text));
  const idx = text.flatMap((t, i) => (isFiller(t) ? [] : [i]));
  const drop = new Set<number>();
  const repeats: Repeat[] = [];
  for (let a = 0; a < idx.length; a++) {
    for (let k = Math.min(MAX_RUN, Math.floor((idx.length - a) / 2)); k >= 1; k--) {
      const first = idx.slice(a, a + k);
      const second = idx.slice(a + k, a + 2 * k);
      if (first.some((i) => drop.has(i)) || second.some((i) => drop.has(i))) continue;
      const same = first.every((i, j) => text[i] === text[second[j]!]);
      const chars = first.reduce((n, i) => n + text[i]!.length, 0);
      if (!same || chars < MIN_CHARS) continue;
      for (let i = second[0]!; i <= second.at(-1)!; i++) drop.add(i);
      repeats.push({ kept: lines[first[0]!]!.n, dropped: [lines[second[0]!]!.n, lines[second.at(-1)!]!.n] });
      a += 2 * k - 1;
      break;
    }
  }
  return { lines: lines.filter((_, i) => !drop.has(i)), repeats };
}

/** Parts of running text (not tables, whose rows may repeat) without doubled runs. */
export function withoutRepeats(parts: DocumentParts): { parts: DocumentParts; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const list = parts.parts.map((part) => {
    if (part.kind === 'tables') return part;
    const { lines, repeats } = dropRepeatedRuns(part.lines);
    for (const r of repeats) {
      const where = r.dropped[0] === r.dropped[1] ? `第${r.dropped[0]}行` : `第${r.dropped[0]}–${r.dropped[1]}行`;
      warnings.push({
        code: 'repeated-text',
        line: r.dropped[0],
        message: `${where}与第${r.kept}行起的文字完全重复（分页处重复印出），只保留一次。`,
      });
    }
    return { ...part, lines };
  });
  const ofKind = (kind: PartKind): SourceLine[] => list.filter((p) => p.kind === kind).flatMap((p) => p.lines);
  return {
    parts: {
      ...parts,
      overview: ofKind('overview'),
      tables: ofKind('tables'),
      narrative: ofKind('narrative'),
      glossary: ofKind('glossary'),
      parts: list,
    },
    warnings,
  };
}
