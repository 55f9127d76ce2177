/** The build's 报告问题 address (REPORT_ISSUE_URL), read once at build time; see ./issue. */
import { parseIssueTarget, type IssueTarget } from './issue';

let cached: IssueTarget | null | undefined;
export function issueTarget(): IssueTarget | null {
  if (cached === undefined) cached = parseIssueTarget(process.env.REPORT_ISSUE_URL);
  return cached;
}
