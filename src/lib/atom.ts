/**
 * Atom 1.0 feeds (RFC 4287) of new and updated reports, one entry per change-log entry.
 *
 * Ids are `urn:uuid:` names derived from stable keys (report id and entry number), so
 * they stay the same whatever the deployment's origin; links are absolute when the build
 * has SITE_URL and site-relative otherwise (RFC 4287 allows relative references).
 */
import { createHash } from 'node:crypto';
import type { HistoryEntry } from '../schemas';
import { describeChange, entrySummary } from './history';

export interface AtomEntry {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  updated: string;
  link: string;
  summary: string;
  /** Plain-text lines of the content. */
  lines: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** URL of the feed itself and of the page it follows. */
  self: string;
  alternate: string;
  author: string;
  entries: AtomEntry[];
}

/** A name-based UUID (version 8 layout over SHA-256) for a stable key. */
export function uuidUrn(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const time = (date: string): string => `${date}T00:00:00Z`;

/** Entries of the feed shown for at most this many changes each (the page has them all). */
const MAX_LINES = 50;

export interface FeedItem {
  /** "<region>/<dept>/<year>" */
  reportId: string;
  reportTitle: string;
  /** URL of the report page (absolute or site-relative). */
  link: string;
  entry: HistoryEntry;
  /** 0-based number of the entry in the report's history. */
  index: number;
}

/**
 * Changes a feed holds at most: the newest. A feed reader fetches the whole file on every
 * poll, so it must not grow with the site's history; /changes/ lists every change.
 */
export const FEED_MAX_ENTRIES = 100;

/** Feed entries, newest first (then by report), from change-log entries: the newest FEED_MAX_ENTRIES. */
export function feedEntries(items: readonly FeedItem[]): AtomEntry[] {
  return [...items]
    .sort((a, b) =>
      a.entry.date !== b.entry.date
        ? a.entry.date < b.entry.date
          ? 1
          : -1
        : a.reportId !== b.reportId
          ? a.reportId < b.reportId
            ? -1
            : 1
          : b.index - a.index,
    )
    .slice(0, FEED_MAX_ENTRIES)
    .map((item) => {
      const lines = item.entry.changes.slice(0, MAX_LINES).map(describeChange);
      const more = item.entry.changes.length - lines.length;
      if (more > 0) lines.push(`另有 ${more} 项变化，见报告页的“更新记录”。`);
      return {
        id: uuidUrn(`yusuan-gongkai:${item.reportId}:history:${item.index}`),
        title: `${item.reportTitle}：${entrySummary(item.entry)}`,
        updated: item.entry.date,
        link: item.link,
        summary: item.entry.kind === 'first-import' ? `${item.reportTitle}已收录。` : entrySummary(item.entry),
        lines,
      };
    });
}

export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.reduce((d, e) => (e.updated > d ? e.updated : d), '1980-01-01');
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${time(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      ...(e.lines.length > 0 ? [`    <content type="text">${escapeXml(e.lines.join('\n'))}</content>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${time(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
