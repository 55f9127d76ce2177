import type { Figure, FigureClaim, Report } from '../../schemas';

/** Reading the figures the narrative quotes (section 七 for 三公). */

const squash = (s: string): string => s.replace(/\s+/g, '');

/** 因公出国(境)费 and 因公出国（境）费 are the same subject. */
export function normalizeSubject(s: string): string {
  return squash(s).replace(/[(（]/g, '（').replace(/[)）]/g, '）');
}

export function figuresWith(report: Report, claim: FigureClaim): Figure[] {
  return report.narrative.flatMap((s) => s.figures.filter((f) => f.claim === claim));
}

/**
 * Whether the text right after a figure says the amount is the same as last year
 * ("0.33万元与2022年预算数相同", "0万元,与上年预算数相同"). The figure extraction has no claim
 * for an unchanged amount, so this reads the paragraph the figure is in.
 */
export function statesUnchanged(report: Report, figure: Figure): boolean {
  for (const section of report.narrative) {
    if (!section.figures.includes(figure)) continue;
    for (const paragraph of section.paragraphs) {
      const [from, to] = paragraph.lines;
      if (figure.line < from || figure.line > to) continue;
      const text = squash(paragraph.text);
      const raw = squash(figure.raw);
      let at = text.indexOf(figure.context + raw);
      if (at >= 0) at += figure.context.length;
      else if (figure.subject) {
        const subjectAt = text.indexOf(squash(figure.subject));
        at = subjectAt < 0 ? -1 : text.indexOf(raw, subjectAt);
      }
      if (at < 0) continue;
      const clause = text.slice(at + raw.length).split(/[；;。]/)[0] ?? '';
      return /^[,，]?与(上年|\d{4}年)(同期)?(预算数?)?相同/.test(clause);
    }
  }
  return false;
}
