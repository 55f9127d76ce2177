/**
 * "报告问题": a link for readers to report a wrong figure, built from the address the
 * deployment configures at build time (REPORT_ISSUE_URL): an e-mail address (with or
 * without `mailto:`) or the "new issue" URL of an issue tracker (GitHub, Gitea, GitLab …,
 * prefilled through `title` and `body` query parameters). No address, no link.
 */

export type IssueTarget = { kind: 'email'; address: string } | { kind: 'url'; url: string };

export class IssueConfigError extends Error {}

const EMAIL = /^[^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+$/;

/** Read the configured address; undefined or blank → null; anything else unusable throws. */
export function parseIssueTarget(value: string | undefined): IssueTarget | null {
  const v = value?.trim();
  if (!v) return null;
  const address = v.replace(/^mailto:/i, '');
  if (EMAIL.test(address)) return { kind: 'email', address };
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new IssueConfigError(`REPORT_ISSUE_URL=${v}：应为电子邮件地址或以 https:// 开头的网址`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new IssueConfigError(`REPORT_ISSUE_URL=${v}：应为电子邮件地址或以 https:// 开头的网址`);
  }
  return { kind: 'url', url: url.toString() };
}

export interface IssueContext {
  /** The report's title, e.g. 某部门2024年部门预算. */
  report: string;
  /** URL of the page (absolute, or site-relative when the build has no SITE_URL). */
  page: string;
  table?: string;
  /** The row as the reader sees it, e.g. 行政运行：7.57 万元. */
  row?: string;
}

export function issueText(ctx: IssueContext): { title: string; body: string } {
  const title = ['数据问题', ctx.report, ctx.table, ctx.row?.split('：')[0]].filter(Boolean).join(' · ');
  const body = [
    `报告：${ctx.report}`,
    ...(ctx.table ? [`表：${ctx.table}`] : []),
    ...(ctx.row ? [`行：${ctx.row}`] : ['行：（请填写）']),
    `页面：${ctx.page}`,
    '',
    '问题说明（哪个数字不对，原文中是多少）：',
    '',
  ].join('\n');
  return { title, body };
}

export function issueHref(target: IssueTarget, ctx: IssueContext): string {
  const { title, body } = issueText(ctx);
  if (target.kind === 'email') {
    return `mailto:${target.address}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(target.url);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  return url.toString();
}
