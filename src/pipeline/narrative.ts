import type { NarrativeSection } from '../schemas';
import { extractFigures } from './figures';
import type { SourceLine } from './lines';
import { toParagraphs } from './paragraphs';
import { NUMERALS, splitNumbered } from './sections';

/**
 * Stage 4: the 第三部分 情况说明 sections 一 … 十二 as paragraphs with their quoted figures.
 * The KPI forms inside section 十 are parsed separately (kpi.ts); here that section keeps
 * only the running text before the first form.
 */

const FORM_START = /绩效目标申报表|绩效目标表$/;

function withoutForms(body: SourceLine[]): SourceLine[] {
  const at = body.findIndex((l) => FORM_START.test(l.text.trim()));
  return at < 0 ? body : body.slice(0, at);
}

export function parseNarrative(lines: SourceLine[]): NarrativeSection[] {
  return splitNumbered(lines, NUMERALS).map((block) => {
    const body = withoutForms(block.body);
    const paragraphs = toParagraphs(body);
    const last = block.body.at(-1)?.n ?? block.heading.n;
    return {
      number: block.number,
      title: block.title,
      paragraphs: paragraphs.map((p) => ({
        text: p.text,
        lines: p.lines,
        starts: p.starts.map((s): [number, number] => [s.offset, s.n]),
      })),
      figures: paragraphs.flatMap((p) => extractFigures(block.number, p)),
      sourceLines: [block.heading.n, Math.max(last, block.heading.n)],
    };
  });
}
