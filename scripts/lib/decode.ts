/**
 * The importer's edge: a source file's bytes become text here (src/lib/decode.ts), and the
 * manifest is checked for what no single document can show (the same document registered
 * twice, a document of another year than its entry). Every refusal is an ImportError that
 * names the file, the place and the problem.
 */
import { decodeSource } from '../../src/lib/decode';
import type { ManifestEntry, Warning } from '../../src/schemas';
import { ImportError } from './sources';

export interface DecodedFile {
  text: string;
  /** How the bytes were read, when that is not plain UTF-8 with LF line ends. */
  warnings: Warning[];
}

export function decodeFile(bytes: Uint8Array, file: string): DecodedFile {
  const d = decodeSource(bytes);
  if (!d.ok) throw new ImportError(`${file}：${d.reason}`);
  return { text: d.text, warnings: d.notes.map((message) => ({ code: 'source-encoding', line: null, message })) };
}

/** Years printed in the title lines at the top of a document (cover, form heading). */
export function titleYears(text: string): number[] {
  const head = text.split('\n').slice(0, 40).join('\n');
  const years = new Set<number>();
  for (const m of head.matchAll(/(20\d{2})\s*年(?:度)?[^\n]{0,30}?(?:预算|决算|绩效目标)/g)) years.add(Number(m[1]));
  for (const m of head.matchAll(/[(（]\s*(20\d{2})\s*年度?\s*[)）]/g)) years.add(Number(m[1]));
  return [...years];
}

/** Refuse a document whose title names only other years than its manifest entry. */
export function checkSourceText(entry: ManifestEntry, text: string): void {
  const years = titleYears(text);
  if (years.length > 0 && !years.includes(entry.year)) {
    throw new ImportError(
      `${entry.file}：标题中的年度是 ${years.join('、')} 年，但 manifest.json 登记为 ${entry.year} 年；请核对登记的年度`,
    );
  }
}

/** The same file or the same bytes (sha256) registered twice would publish one document twice. */
export function manifestProblems(manifest: ManifestEntry[]): void {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  manifest.forEach((e, i) => {
    for (const key of [`file:${e.file}`, `sha:${e.sha256}`]) {
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        continue;
      }
      const what = key.startsWith('file:') ? `文件名 ${e.file}` : `内容（sha256 ${e.sha256.slice(0, 12)}…）`;
      problems.push(
        `  第 ${i + 1} 项与第 ${first + 1} 项的${what}相同：同一文件登记了两次（${manifest[first]!.file}、${e.file}）`,
      );
    }
  });
  if (problems.length > 0) {
    throw new ImportError(`content/sources/manifest.json：同一文件不能登记两次\n${[...new Set(problems)].join('\n')}`);
  }
}
