/**
 * The page types of the search index and their filter values as readers see them.
 * Kept apart from entries.ts so the search page's script can use them without the
 * build-time data that entries.ts reads.
 */
export const PAGE_TYPES = ['report', 'table', 'project', 'glossary'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Filter values shown to readers, in the order the search page lists them. */
export const PAGE_TYPE_LABELS: Record<PageType, string> = {
  report: '预算文件',
  table: '预算表',
  project: '项目绩效目标',
  glossary: '名词解释',
};

/** Filter values of the document type (预算, 决算, 仅绩效目标), in the order the search page lists them. */
export const DOCUMENT_LABELS = { budget: '预算', 'final-accounts': '决算', 'performance-targets': '绩效目标' } as const;
