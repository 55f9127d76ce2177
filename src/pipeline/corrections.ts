import type { Correction } from '../schemas';

/**
 * Reviewed fixes to the source text (OCR slips), applied before parsing. Each names its
 * line and the exact text it replaces; a correction that no longer matches its line is a
 * broken contract (the source changed), never silently skipped.
 */

export class CorrectionError extends Error {}

export function applyCorrections(source: string, corrections: Correction[]): string {
  const lines = source.split('\n');
  for (const c of corrections) {
    const line = lines[c.line - 1];
    if (line === undefined || !line.includes(c.original)) {
      throw new CorrectionError(`${c.file} 第${c.line}行：找不到要更正的原文“${c.original}”`);
    }
    lines[c.line - 1] = line.split(c.original).join(c.corrected);
  }
  return lines.join('\n');
}
