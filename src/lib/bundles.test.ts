import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Report } from '../schemas';
import { reportBundle, reportSourceFiles, siteBundle } from './bundles';
import { tableToCsv } from './csv';
import { dataPackageText } from './datapackage';
import { buildZip, compressFile, formatSize, writeZip, zipSize, type ZipFile } from './zip';

const read = (id: string) => {
  const json = readFileSync(`content/reports/${id}.json`, 'utf8');
  const report = Report.parse(JSON.parse(json));
  const sources = new Map(reportSourceFiles(report).map((f) => [f, readFileSync(`content/sources/${f}`, 'utf8')]));
  const history = readFileSync(`content/history/${id}.jsonl`, 'utf8');
  return { report, json, texts: { json, sources, history } };
};

const xincailiao = read('zonggai/xincailiao/2023');
const chanye = read('jinzhong/chanye-guihua/2024');

describe('report ZIP', () => {
  const zip = buildZip(reportBundle(xincailiao.report, xincailiao.texts), '2026-11-24');
  const files = unzipSync(zip);

  it('holds the JSON, every table as CSV, the source and the change log, sorted', () => {
    expect(Object.keys(files)).toEqual([
      'sources/001_4bc610c22ba99209.txt',
      'zonggai/xincailiao/2023.json',
      'zonggai/xincailiao/2023/admin-operation.csv',
      'zonggai/xincailiao/2023/basic-economic.csv',
      'zonggai/xincailiao/2023/expenditure.csv',
      'zonggai/xincailiao/2023/fiscal.csv',
      'zonggai/xincailiao/2023/fund-expenditure.csv',
      'zonggai/xincailiao/2023/fund-income.csv',
      'zonggai/xincailiao/2023/general.csv',
      'zonggai/xincailiao/2023/history.jsonl',
      'zonggai/xincailiao/2023/income.csv',
      'zonggai/xincailiao/2023/projects-carryover.csv',
      'zonggai/xincailiao/2023/projects.csv',
      'zonggai/xincailiao/2023/state-capital.csv',
      'zonggai/xincailiao/2023/summary.csv',
      'zonggai/xincailiao/2023/three-public.csv',
    ]);
  });

  it('knows its byte size before it is written, Chinese names included', () => {
    const entries = reportBundle(xincailiao.report, xincailiao.texts).map(compressFile);
    entries.push(compressFile({ path: 'sources/部门预算.txt', data: '一' }));
    expect(zipSize(entries)).toBe(writeZip(entries, '2026-11-24').byteLength);
    expect(zipSize([])).toBe(writeZip([], '2026-11-24').byteLength);
  });

  it('keeps the committed JSON byte for byte and each CSV with its BOM, as the per-table download', () => {
    expect(strFromU8(files['zonggai/xincailiao/2023.json']!)).toBe(xincailiao.json);
    const csv = files['zonggai/xincailiao/2023/expenditure.csv']!;
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = xincailiao.report.tables.find((t) => t.key === 'expenditure')!;
    expect(Buffer.from(csv).equals(Buffer.from(tableToCsv(table), 'utf8'))).toBe(true);
    // 行政运行 as printed on source line 138.
    expect(strFromU8(csv)).toContain('\r\n2011301,2011301,行政运行,7.57,7.57,\r\n');
  });

  it('gives the same bytes on every build, in any time zone', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = buildZip(reportBundle(xincailiao.report, xincailiao.texts), '2026-11-24');
      process.env.TZ = 'America/Adak';
      const west = buildZip(reportBundle(xincailiao.report, xincailiao.texts), '2026-11-24');
      expect(Buffer.from(east).equals(Buffer.from(zip))).toBe(true);
      expect(Buffer.from(west).equals(Buffer.from(zip))).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    expect(buildZip(reportBundle(xincailiao.report, xincailiao.texts), '2026-12-01')).not.toEqual(zip);
  });
});

describe('site ZIP and data package', () => {
  const reports = [chanye.report, xincailiao.report];
  const pkg = dataPackageText(reports);
  const bundles = [reportBundle(chanye.report, chanye.texts), reportBundle(xincailiao.report, xincailiao.texts)];
  const same = (a: ZipFile, b: ZipFile) => a.data === b.data;
  const files = [...siteBundle(bundles, same).values()];
  const paths = [...files.map((f) => f.path), 'schema.json', 'datapackage.json'];

  it('holds every report file but the sources, each once', () => {
    expect(new Set(paths).size).toBe(paths.length);
    const reportFiles = bundles.flat().map((f) => f.path);
    // 002 is a source of 产业规划与创新发展部 through its 产业扶持资金 KPI form.
    expect(reportFiles.filter((p) => p.startsWith('sources/')).sort()).toEqual([
      'sources/000_e5ad8ceb5a34aa09.txt',
      'sources/001_4bc610c22ba99209.txt',
      'sources/002_3aab7c5310fa3d60.txt',
    ]);
    expect(files.map((f) => f.path).sort()).toEqual(reportFiles.filter((p) => !p.startsWith('sources/')).sort());
  });

  it('the data package lists every other file of the archive as a resource, and nothing else', () => {
    const listed = (JSON.parse(pkg) as { resources: { path: string; name: string }[] }).resources;
    expect(listed.map((r) => r.path).sort()).toEqual(paths.filter((p) => p !== 'datapackage.json').sort());
    expect(new Set(listed.map((r) => r.name)).size).toBe(listed.length);
    for (const r of listed) expect(r.name).toMatch(/^[a-z0-9._-]+$/);
  });

  it('refuses two different files under one name', () => {
    const one = (data: string): ZipFile[] => [{ path: 'a.txt', data }];
    expect(() => siteBundle([one('x'), one('y')], same)).toThrow(/two different files for a\.txt/);
    expect([...siteBundle([one('x'), one('x')], same).keys()]).toEqual(['a.txt']);
  });
});

describe('formatSize', () => {
  it('prints sizes for the download links', () => {
    expect(formatSize(512)).toBe('512 字节');
    expect(formatSize(33964)).toBe('33.2 KB');
    expect(formatSize(3 * 1024 * 1024 + 200 * 1024)).toBe('3.2 MB');
  });
});
