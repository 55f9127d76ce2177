/**
 * Pages the reader cannot vouch for: a scan (images and no text) or text whose glyphs do
 * not decode (replacement or private-use characters). A document that is mostly so is
 * refused; otherwise the pages are named in a warning.
 */

export type PageStatus = 'text' | 'blank' | 'scan' | 'undecodable';

const UNDECODABLE = /[\ufffd\ue000-\uf8ff]/gu;

export function pageStatus(text: string, imageArea: number, pageArea: number): PageStatus {
  const chars = [...text.replace(/\s+/g, '')];
  if (chars.length === 0) return imageArea > pageArea * 0.3 ? 'scan' : 'blank';
  const bad = (text.match(UNDECODABLE) ?? []).length;
  if (bad / chars.length > 0.2) return 'undecodable';
  return 'text';
}

/** Pages as "第 3、5–7 页". */
export function pageList(pages: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length;) {
    let j = i;
    while (j + 1 < pages.length && (pages[j + 1] as number) === (pages[j] as number) + 1) j++;
    parts.push(i === j ? String(pages[i]) : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  return `第 ${parts.join('、')} 页`;
}

export interface QualityVerdict {
  refused: string | null;
  warnings: string[];
}

export function judgePages(statuses: PageStatus[]): QualityVerdict {
  const numbered = statuses.map((s, i) => ({ s, page: i + 1 }));
  const scans = numbered.filter((p) => p.s === 'scan').map((p) => p.page);
  const broken = numbered.filter((p) => p.s === 'undecodable').map((p) => p.page);
  const warnings: string[] = [];
  if (scans.length > 0) warnings.push(`${pageList(scans)}没有可提取的文字（可能是扫描图像），未读取`);
  if (broken.length > 0) warnings.push(`${pageList(broken)}的文字无法解码（字体缺少字符映射），未读取`);
  const nonBlank = statuses.filter((s) => s !== 'blank').length;
  const bad = scans.length + broken.length;
  let refused: string | null = null;
  if (nonBlank === 0) refused = 'PDF 中没有可提取的文字';
  else if (bad * 2 > nonBlank) {
    refused = `PDF 的 ${nonBlank} 个有内容的页面中有 ${bad} 个无法读取文字（${[...warnings].join('；')}）：请提供带文字层的 PDF`;
  }
  return { refused, warnings };
}
