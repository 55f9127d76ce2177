import { describe, expect, it } from 'vitest';
import { issueHref, parseIssueTarget } from './issue';

const ctx = {
  report: '某部门2024年部门预算',
  page: 'https://budget.example.gov.cn/r/a/b/2024/t/income/',
  table: '预算公开表2 收入预算表',
  row: '行政运行（合计）：7.57 万元',
};

describe('报告问题 link', () => {
  it('is absent when no address is configured', () => {
    expect(parseIssueTarget(undefined)).toBeNull();
    expect(parseIssueTarget('  ')).toBeNull();
  });

  it('prefills an e-mail with the report, table and row', () => {
    const target = parseIssueTarget('mailto:data@budget.example.gov.cn')!;
    const href = issueHref(target, ctx);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('data@budget.example.gov.cn');
    expect(url.searchParams.get('subject')).toBe(
      '数据问题 · 某部门2024年部门预算 · 预算公开表2 收入预算表 · 行政运行（合计）',
    );
    const body = url.searchParams.get('body')!;
    expect(body).toContain(
      '表：预算公开表2 收入预算表\n行：行政运行（合计）：7.57 万元\n页面：https://budget.example.gov.cn/r/a/b/2024/t/income/',
    );
    expect(issueHref(parseIssueTarget('data@x.org')!, ctx).startsWith('mailto:data@x.org?subject=')).toBe(true);
  });

  it('prefills an issue tracker through title and body', () => {
    const href = issueHref(parseIssueTarget('https://git.example.org/data/issues/new?labels=data')!, {
      ...ctx,
      row: undefined,
    });
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://git.example.org/data/issues/new');
    expect(url.searchParams.get('labels')).toBe('data');
    expect(url.searchParams.get('title')).toBe('数据问题 · 某部门2024年部门预算 · 预算公开表2 收入预算表');
    expect(url.searchParams.get('body')).toContain('行：（请填写）');
  });

  it('refuses an address it cannot use', () => {
    expect(() => parseIssueTarget('ftp://x.org/')).toThrow(/REPORT_ISSUE_URL/);
    expect(() => parseIssueTarget('not an address')).toThrow(/REPORT_ISSUE_URL/);
  });
});
