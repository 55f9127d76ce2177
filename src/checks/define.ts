import type { DocumentType, Report } from '../schemas';
import type { CheckMeta } from './compare';
import type { CheckResult, CheckTheme } from './schema';

/** One entry of the registry: a pure function from a report to its results. */
export interface CheckDefinition {
  id: string;
  theme: CheckTheme;
  /** Short Chinese title of the check as a whole. */
  title: string;
  /** The rule in plain words. */
  rule: string;
  /** Document types the check applies to; tables and narrative exist in budgets only. */
  documents?: readonly DocumentType[];
  run: (report: Report) => CheckResult[];
}

export const BOTH_DOCUMENTS: readonly DocumentType[] = ['budget', 'performance-targets'];

/** Make an HTML-id-safe subject from parts ("expenditure", "201"). */
export const subjectId = (...parts: (string | number)[]): string =>
  parts
    .map((p) =>
      String(p)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p !== '')
    .join('--');

/** The metadata of one result of `def`: a unique id and a title that names the subject. */
export function metaOf(
  def: Pick<CheckDefinition, 'id' | 'theme' | 'title' | 'rule'>,
  subject: string,
  title?: string,
  rule?: string,
): CheckMeta {
  return {
    id: subject === '' ? def.id : `${def.id}--${subject}`,
    check: def.id,
    theme: def.theme,
    title: title ?? def.title,
    rule: rule ?? def.rule,
  };
}
