import type { DocumentType } from '../schemas';

/**
 * Stage 0: is this text a budget disclosure this importer understands? Returns the
 * document type, or the reason it is refused (in plain Chinese, for the error message).
 */

export type Classification = { ok: true; type: DocumentType } | { ok: false; reason: string };

export function classifyDocument(text: string): Classification {
  if (text.trim() === '') return { ok: false, reason: '文件为空' };
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > 10) {
    return { ok: false, reason: '不是文本文件（含有二进制内容或无法解码的字符）' };
  }
  const head = text.slice(0, 3000);
  if (/决算/.test(head) && !/预算公开/.test(head)) {
    return { ok: false, reason: '这是决算文件，目前只支持部门预算和绩效目标表' };
  }
  if (/(部门|单位)预算公开/.test(head) && /第二部分/.test(text)) return { ok: true, type: 'budget' };
  if (/绩效目标申报表/.test(head) && /项目名称/.test(text)) return { ok: true, type: 'performance-targets' };
  return { ok: false, reason: '未识别为部门预算公开文件（找不到“部门预算公开”封面和报表部分，也不是绩效目标申报表）' };
}
