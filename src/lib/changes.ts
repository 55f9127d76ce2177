/**
 * Build-time view of every report's change log: the /changes/ page and the Atom feeds
 * (site-wide and per region) read it from here.
 */
import { reportStem, type HistoryEntry, type Report } from '../schemas';
import { atomXml, feedEntries, uuidUrn } from './atom';
import { readHistory } from './downloads';
import { reportTitle } from './report-meta';
import { getRegions, getReports } from './reports';
import { absoluteFor, CHANGES_PATH, FEED_PATH, regionFeedPath, regionPath, reportPath } from './routes';
import { SITE_NAME } from './site';

export interface ChangeItem {
  report: Report;
  entry: HistoryEntry;
  /** 0-based number of the entry in its report's history (its anchor `update-<n+1>`). */
  index: number;
}

/** Every change-log entry of every report (optionally of one region), newest first. */
export async function allChanges(region?: string): Promise<ChangeItem[]> {
  const reports = (await getReports()).filter((r) => region === undefined || r.region === region);
  const items = reports.flatMap((report) => readHistory(report).map((entry, index) => ({ report, entry, index })));
  const key = (i: ChangeItem): string => `${i.report.region}/${i.report.department.slug}/${reportStem(i.report)}`;
  return items.sort((a, b) =>
    a.entry.date !== b.entry.date
      ? a.entry.date < b.entry.date
        ? 1
        : -1
      : key(a) < key(b)
        ? -1
        : key(a) > key(b)
          ? 1
          : b.index - a.index,
  );
}

/** Anchor of a change-log entry on its report page. */
export const updateAnchor = (index: number): string => `update-${index + 1}`;

/** The Atom feed of the whole site, or of one region. */
export async function feedXml(site: URL | undefined, region?: string): Promise<string> {
  const base = import.meta.env.BASE_URL;
  const abs = (path: string): string => absoluteFor(path, base, site);
  const regionName = region ? ((await getRegions()).find((r) => r.slug === region)?.name ?? region) : undefined;
  const items = (await allChanges(region)).map((i) => ({
    reportId: `${i.report.region}/${i.report.department.slug}/${reportStem(i.report)}`,
    reportTitle: reportTitle(i.report),
    link: abs(`${reportPath(i.report)}#${updateAnchor(i.index)}`),
    entry: i.entry,
    index: i.index,
  }));
  const self = region ? regionFeedPath(region) : FEED_PATH;
  return atomXml({
    id: uuidUrn(`yusuan-gongkai:feed:${region ?? 'all'}`),
    title: regionName ? `${SITE_NAME}：${regionName}的新增和更新报告` : `${SITE_NAME}：新增和更新的报告`,
    subtitle: '新收录的部门预算，以及重新导入后数字有变化的报告（原值、新值和原文行号）。',
    self: abs(self),
    alternate: abs(region ? regionPath(region) : CHANGES_PATH),
    author: SITE_NAME,
    entries: feedEntries(items),
  });
}
