/** The PDF reader stage (see docs/architecture.md, "PDF sources"). */
export { PdfError } from './load';
export { readPdf, type PdfPage, type PdfRead } from './reader';
export { renderPages, type PageLines, type RenderedPdf, type LineRange } from './render';
