/**
 * Loading: bytes → an open pdfjs document, or a PdfError saying in plain words why not
 * (not a PDF, encrypted, damaged). The only module that imports pdfjs-dist.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installPolyfills } from './polyfill';

installPolyfills();
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdfjs's own data: CJK character maps (fonts that are not embedded) and standard fonts. */
const pdfjsDir = dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json')));

export type PdfjsDocument = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
export type PdfjsPage = Awaited<ReturnType<PdfjsDocument['getPage']>>;
export const OPS = pdfjs.OPS;
export const pdfjsVersion = pdfjs.version;

/** A PDF the reader cannot read; the message is shown to the person importing. */
export class PdfError extends Error {}

export interface OpenDocument {
  doc: PdfjsDocument;
  close: () => Promise<void>;
}

/** "%PDF-" must start within the first KB (the PDF standard allows leading bytes). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export async function openPdf(bytes: Uint8Array): Promise<OpenDocument> {
  if (!looksLikePdf(bytes)) throw new PdfError('不是 PDF 文件（文件开头没有 %PDF- 标记）');
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    cMapUrl: join(pdfjsDir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
  });
  try {
    const doc = await task.promise;
    return { doc, close: () => task.destroy() };
  } catch (e) {
    await task.destroy();
    throw new PdfError(describeLoadError(e));
  }
}

export function describeLoadError(e: unknown): string {
  const name = (e as { name?: string }).name ?? '';
  const message = (e as Error).message ?? String(e);
  if (name === 'PasswordException') return 'PDF 已加密（需要密码才能打开），请提供未加密的文件';
  if (name === 'InvalidPDFException') return `PDF 文件已损坏或不完整，无法读取（${message}）`;
  return `无法读取 PDF（${message}）`;
}
