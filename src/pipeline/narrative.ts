import { SECTION_NUMERALS, type NarrativeSection } from '../schemas';
import { extractFigures } from './figures';
import type { SourceLine } from './lines';
import { toParagraphs } from './paragraphs';
import { subjectItems } from './subjects';
import { partBlocks, splitNumbered, type NumberedBlock, type Part } from './sections';

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

/** The numbered sections of one narrative part (第三部分 情况说明). */
export function parseNarrative(lines: SourceLine[]): NarrativeSection[] {
  return splitNumbered(lines, SECTION_NUMERALS).map(toSection);
}

/** Every narrative part of a document: 情况说明, 编制说明, 其他相关情况说明, project descriptions. */
export function parseNarrativeParts(parts: Part[]): NarrativeSection[] {
  return parts.filter((p) => p.kind === 'narrative').flatMap((p) => partBlocks(p).map(toSection));
}

function toSection(block: NumberedBlock): NarrativeSection {
  const body = withoutForms(block.body);
  const paragraphs = toParagraphs(body);
  const last = block.body.at(-1)?.n ?? block.heading.n;
  const items = subjectItems(paragraphs);
  return {
    number: block.number,
    title: block.title,
    paragraphs: paragraphs.map((p) => ({
      text: p.text,
      lines: p.lines,
      starts: p.starts.map((s): [number, number] => [s.offset, s.n]),
    })),
    figures: paragraphs.flatMap((p) => extractFigures(block.number, p)),
    ...(items.length > 0 ? { items } : {}),
    sourceLines: [block.heading.n, Math.max(last, block.heading.n)],
  };
}
