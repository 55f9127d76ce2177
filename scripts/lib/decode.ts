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

/**
 * Refuse a document whose title names only other years than its manifest entry, and one
 * that ends before parts its table of contents lists (a cut file would publish half a report).
 */
export function checkSourceText(entry: ManifestEntry, text: string): void {
  const missing = missingParts(text);
  if (missing.length > 0) {
    throw new ImportError(`${entry.file}：文件不完整：${missing.join('；')}。请取得完整的文件后再导入`);
  }
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

const PART = /^(?:#+\s*)?(?:\*\*)?\s*(第[一二三四五六七八九十]+部分)\s*(.*?)(?:\*\*)?\s*$/;
const PAGE_NUMBER = /(?:\.{2,}|…+|·{2,}|\t|\s{2,})\s*\d+\s*$/;

/**
 * Parts the table of contents lists (第一部分 … with a page number) that the body never
 * reaches: the file ends early (a cut download, a copy stopped midway). Returns one message
 * per missing part, naming the contents line and where the text ends.
 */
export function missingParts(text: string): string[] {
  const lines = text.split('\n');
  const toc: { part: string; title: string; line: number }[] = [];
  lines.slice(0, 200).forEach((l, i) => {
    const m = PART.exec(l.trim());
    if (m && PAGE_NUMBER.test(l))
      toc.push({ part: m[1]!, title: m[2]!.replace(PAGE_NUMBER, '').replace(/[.…·\s]+$/, ''), line: i + 1 });
  });
  if (toc.length === 0) return [];
  const bodyFrom = toc[toc.length - 1]!.line;
  const body = new Set(
    lines
      .slice(bodyFrom)
      .map((l) => PART.exec(l.trim())?.[1])
      .filter((p): p is string => p !== undefined),
  );
  let last = lines.length;
  while (last > 1 && lines[last - 1]!.trim() === '') last--;
  return toc
    .filter((t) => !body.has(t.part))
    .map((t) => `目录（第 ${t.line} 行）列出“${t.part} ${t.title}”，正文中没有这一部分；正文在第 ${last} 行结束`);
}
