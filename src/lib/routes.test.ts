import { describe, expect, it } from 'vitest';
import {
  absoluteFor,
  embedChartPath,
  embedTablePath,
  regionFeedPath,
  reportZipPath,
  tableId,
  departmentPath,
  indicatorAnchor,
  projectPath,
  regionPath,
  reportJsonPath,
  reportPath,
  rowAnchor,
  sourceTextPath,
  tableCsvPath,
  tablePath,
} from './routes';
import { joinBase } from './url';

const ref = { region: 'jinzhong', department: { slug: 'chanye-guihua' }, year: 2024, documentType: 'budget' as const };

describe('routes', () => {
  it('builds stable ASCII paths with trailing slashes for pages', () => {
    expect(regionPath('jinzhong')).toBe('/r/jinzhong/');
    expect(departmentPath('jinzhong', 'chanye-guihua')).toBe('/r/jinzhong/chanye-guihua/');
    expect(reportPath(ref)).toBe('/r/jinzhong/chanye-guihua/2024/');
    expect(tablePath(ref, 'three-public')).toBe('/r/jinzhong/chanye-guihua/2024/t/three-public/');
    expect(projectPath(ref, 'xmmhzj')).toBe('/r/jinzhong/chanye-guihua/2024/p/xmmhzj/');
  });

  it('builds download paths without trailing slashes', () => {
    expect(reportJsonPath(ref)).toBe('/data/jinzhong/chanye-guihua/2024.json');
    expect(tableCsvPath(ref, 'income')).toBe('/data/jinzhong/chanye-guihua/2024/income.csv');
    expect(sourceTextPath('000_e5ad8ceb5a34aa09.txt')).toBe('/data/sources/000_e5ad8ceb5a34aa09.txt');
    expect(joinBase('/budget/', tableCsvPath(ref, 'income'))).toBe(
      '/budget/data/jinzhong/chanye-guihua/2024/income.csv',
    );
    expect(joinBase('/budget/', tablePath(ref, 'income'))).toBe('/budget/r/jinzhong/chanye-guihua/2024/t/income/');
  });

  it('puts final accounts beside the budget of the same year', () => {
    const fa = { ...ref, documentType: 'final-accounts' as const };
    expect(reportPath(fa)).toBe('/r/jinzhong/chanye-guihua/2024-final/');
    expect(reportJsonPath(fa)).toBe('/data/jinzhong/chanye-guihua/2024-final.json');
    expect(tableCsvPath(fa, 'fa-income')).toBe('/data/jinzhong/chanye-guihua/2024-final/fa-income.csv');
  });

  it('builds anchors', () => {
    expect(rowAnchor('expenditure', '2011308')).toBe('expenditure-2011308');
    expect(indicatorAnchor('annual', 0)).toBe('annual-1');
  });

  it('builds absolute URLs for a site and base, and site-relative paths without a site', () => {
    expect(absoluteFor('/r/x/', '/budget/', 'https://a.example/')).toBe('https://a.example/budget/r/x/');
    expect(absoluteFor('/r/x/', '/', new URL('https://a.example'))).toBe('https://a.example/r/x/');
    expect(absoluteFor('/', '/')).toBe('/');
    expect(absoluteFor('/r/x/', '/budget/')).toBe('/budget/r/x/');
    expect(absoluteFor('/r/x/', '/budget/', '')).toBe('/budget/r/x/');
  });

  it('builds embed, ZIP and feed paths', () => {
    expect(embedTablePath(ref, 'income')).toBe('/embed/jinzhong/chanye-guihua/2024/t/income/');
    expect(embedChartPath(ref, 'balance')).toBe('/embed/jinzhong/chanye-guihua/2024/c/balance/');
    expect(reportZipPath(ref)).toBe('/data/jinzhong/chanye-guihua/2024.zip');
    expect(regionFeedPath('jinzhong')).toBe('/r/jinzhong/feed.xml');
    expect(tableId({ id: 'income-2' })).toBe('income-2');
  });
});
