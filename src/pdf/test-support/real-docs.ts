/**
 * The published PDFs in ../shared/real-docs (beside the repository), for tests and the
 * bench. Absent folder → `realDocsDir` is null and the tests say so and skip.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = resolve(repoRoot, '../shared/real-docs');

export const realDocsDir: string | null = existsSync(dir) ? dir : null;
export const realDocsMissing = `../shared/real-docs（${dir}）不存在：跳过真实 PDF 的测试`;

/** Paths relative to real-docs/, sorted. */
export function realPdfs(): string[] {
  if (!realDocsDir) return [];
  const root = realDocsDir;
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(root, d.name))
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => `${d.name}/${f}`),
    )
    .sort();
}

/** Amounts written with thousands separators ("91,016,775.35"), as printed. */
export const SEPARATED_AMOUNT = /(?<![\d,.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/g;

export function countAmounts(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const m of t.matchAll(SEPARATED_AMOUNT)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}
