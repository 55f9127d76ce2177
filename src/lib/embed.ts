/**
 * Embeds: the `<iframe>` snippet a permalink page offers for its /embed/… page, and the
 * height it suggests (the embed page fits any width; at a narrow width a long table
 * scrolls inside the frame).
 */
import type { Report, Table } from '../schemas';

/** Whether a report's page shows the report charts (and so has chart embeds). */
export const showsCharts = (r: Pick<Report, 'documentType'>): boolean => r.documentType === 'budget';

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Height in px for a table: heading and source lines plus one line per row, within 280–720. */
export function embedTableHeight(table: Pick<Table, 'rows'>): number {
  return Math.min(720, Math.max(280, 200 + table.rows.length * 40));
}

/** A chart's embed: caption, the graphic and the same numbers as a table. */
export const EMBED_CHART_HEIGHT = 640;

export interface SnippetInput {
  /** URL of the embed page (absolute when the build has SITE_URL). */
  src: string;
  title: string;
  height: number;
}

export function iframeSnippet({ src, title, height }: SnippetInput): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${Math.round(height)}"` +
    ` style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}
