import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../schemas';
import { atomXml, FEED_MAX_ENTRIES, feedEntries, uuidUrn, type FeedItem } from './atom';
import { historyEntry } from './history';
import { validateAtom } from './test-support/atom-validate';

const load = (): Report =>
  Report.parse(JSON.parse(readFileSync('content/reports/zonggai/xincailiao/2023.json', 'utf8')));

function feedOf(items: FeedItem[]): string {
  return atomXml({
    id: uuidUrn('test-feed'),
    title: '预算公开：新增和更新的报告',
    subtitle: '测试',
    self: '/feed.xml',
    alternate: '/changes/',
    author: '预算公开',
    entries: feedEntries(items),
  });
}

describe('Atom feed', () => {
  const after = load();
  after.tables.find((t) => t.key === 'expenditure')!.rows.find((r) => r.id === '2011301')!.cells[2] = '8.57';
  const items: FeedItem[] = [
    {
      reportId: 'zonggai/xincailiao/2023',
      reportTitle: '新材料产业招商服务中心2023年预算',
      link: '/r/zonggai/xincailiao/2023/#update-1',
      entry: historyEntry(null, load(), '2026-11-24', true)!,
      index: 0,
    },
    {
      reportId: 'zonggai/xincailiao/2023',
      reportTitle: '新材料产业招商服务中心2023年预算',
      link: '/r/zonggai/xincailiao/2023/#update-2',
      entry: historyEntry(load(), after, '2026-12-01', true)!,
      index: 1,
    },
  ];
  const xml = feedOf(items);

  it('has the elements RFC 4287 requires', () => {
    expect(validateAtom(xml).problems).toEqual([]);
  });

  it('lists the update first, with the changed figure and its source line', () => {
    const { entries } = validateAtom(xml);
    expect(entries.map((e) => [e.title, e.updated, e.link])).toEqual([
      [
        '新材料产业招商服务中心2023年预算：重新导入：修改 1 个数字',
        '2026-12-01T00:00:00Z',
        '/r/zonggai/xincailiao/2023/#update-2',
      ],
      ['新材料产业招商服务中心2023年预算：首次导入', '2026-11-24T00:00:00Z', '/r/zonggai/xincailiao/2023/#update-1'],
    ]);
    expect(entries[0]!.content).toContain(
      '“行政运行”2023年预算数/合计 由 7.57 万元（原第 138 行）改为 8.57 万元（第 138 行）',
    );
    expect(new Set(entries.map((e) => e.id)).size).toBe(2);
  });

  it('is valid with no entries, and the validator catches a missing id and a bad date', () => {
    expect(validateAtom(feedOf([])).problems).toEqual([]);
    const broken = xml.replace(/<id>[^<]*<\/id>/, '').replace('2026-12-01T00:00:00Z', '2026-12-01');
    expect(validateAtom(broken).problems).toEqual([
      'feed: 0 atom:id elements, expected exactly 1',
      'feed: atom:updated is not an RFC 3339 date: 2026-12-01',
    ]);
    expect(validateAtom('<feed><oops></feed>').problems.length).toBeGreaterThan(0);
  });

  it(`holds the newest ${FEED_MAX_ENTRIES} changes, however long the history`, () => {
    const first = items[0]!;
    const many = Array.from({ length: FEED_MAX_ENTRIES + 30 }, (_, i) => ({
      ...first,
      reportId: `r/d${String(i).padStart(3, '0')}/2023`,
      entry: {
        ...first.entry,
        date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      },
    }));
    const entries = feedEntries(many);
    expect(entries).toHaveLength(FEED_MAX_ENTRIES);
    const dates = many
      .map((m) => m.entry.date)
      .sort()
      .reverse();
    expect(entries.map((e) => e.updated)).toEqual(dates.slice(0, FEED_MAX_ENTRIES));
  });

  it('makes stable UUID URNs', () => {
    expect(uuidUrn('a')).toBe(uuidUrn('a'));
    expect(uuidUrn('a')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
