import type { Report } from '../schemas';
import { cellRef, TABLE_NAMES, tableOf, totalRow, type SectionFigure } from './access';
import { notApplicable, sameCheck, sumCheck } from './compare';
import { shareCheck } from './percent';
import { amountRef } from './kpi-refs';
import { metaFor, quotedRef, sectionMeta } from './narrative-figures';
import { projectItems } from './projects';
import type { CheckResult } from './schema';
import { twoSided } from './structure';

/**
 * Section 十 (绩效管理情况) of the narrative:
 *
 * - 整体绩效目标 涉及资金 covers the whole budget: 收支总表 支出总计;
 * - 纳入绩效目标管理的项目 共计金额: the projects of 项目支出表（本年预算）, and the
 *   categories listed after it (其他运转类, 特定目标类) add up to it;
 * - 公开项目绩效目标 涉及项目金额: the annual funds of the project forms the report
 *   publishes, its categories add up to it, and its share is of 支出总表 项目支出 (this
 *   year's projects and those carried over: 003 prints 1766.46 ÷ 1871.46 = 94.39%).
 */
export function kpiSection(figures: SectionFigure[], report: Report): CheckResult[] {
  const out: CheckResult[] = [];
  const noTable = (key: keyof typeof TABLE_NAMES): string => `本报告没有${TABLE_NAMES[key]}。`;
  let published: SectionFigure | undefined;
  for (const f of figures) {
    switch (f.claim) {
      case 'kpi-overall-amount': {
        const summary = tableOf(report, 'summary');
        const grand = summary && twoSided(summary).grand;
        const meta = metaFor(
          f,
          '与收支总表支出总计核对',
          '整体绩效目标涵盖部门（单位）全部支出，说明中整体绩效目标涉及的资金应等于收支总表的支出总计。',
        );
        if (!summary || !grand) out.push(notApplicable(meta, noTable('summary')));
        else
          out.push(sameCheck(meta, quotedRef(f), [cellRef(summary, grand, 'expenditure-total', '收支总表 支出总计')]));
        break;
      }
      case 'kpi-projects-amount': {
        const p = tableOf(report, 'projects');
        const meta = metaFor(
          f,
          '与项目支出表各项目之和核对',
          '说明中纳入绩效目标管理的项目金额，应等于项目支出表（本年预算）中各项目之和。',
        );
        if (!p) out.push(notApplicable(meta, noTable('projects')));
        else
          out.push(
            sumCheck(
              meta,
              quotedRef(f),
              projectItems(p).map((r) => cellRef(p, r, 'total')),
            ),
          );
        break;
      }
      case 'kpi-published-amount': {
        published = f;
        const forms = report.performance.projects;
        const meta = metaFor(
          f,
          '与项目绩效目标表年度资金之和核对',
          '说明中公开项目绩效目标涉及的项目金额，应等于本报告所附各项目绩效目标表年度资金总额之和。',
        );
        if (forms.length === 0) out.push(notApplicable(meta, '本报告没有项目绩效目标表。'));
        else
          out.push(
            sumCheck(
              meta,
              quotedRef(f),
              forms.map((form) => amountRef(report, form, form.funds.annual.total, '年度资金总额')),
            ),
          );
        break;
      }
      case 'kpi-published-share': {
        const expenditure = tableOf(report, 'expenditure');
        const total = expenditure && totalRow(expenditure);
        const meta = metaFor(
          f,
          '按支出总表项目支出重算比例',
          '占比＝公开项目绩效目标涉及的项目金额÷部门（单位）项目支出总额，项目支出总额取支出总表合计行的项目支出（含上年结转）。',
        );
        if (!published) out.push(notApplicable(meta, '同一段中找不到公开项目绩效目标涉及的项目金额。'));
        else if (!expenditure || !total) out.push(notApplicable(meta, noTable('expenditure')));
        else
          out.push(
            shareCheck(
              meta,
              quotedRef(f),
              quotedRef(published),
              cellRef(expenditure, total, 'project', '支出总表 合计（项目支出）'),
            ),
          );
        break;
      }
      default:
        break;
    }
  }
  return [...out, ...categorySums(figures)];
}

/** The categories (其他运转类, 特定目标类) listed after a total add up to it. */
function categorySums(figures: SectionFigure[]): CheckResult[] {
  const sums = [
    {
      total: 'kpi-projects-amount',
      part: 'kpi-category-amount',
      subject: 'categories',
      title: '纳入绩效目标管理的项目金额＝各类项目之和',
      rule: '说明中纳入绩效目标管理的项目共计金额，应等于其后所列各类项目（如其他运转类、特定目标类）涉及金额之和。',
    },
    {
      total: 'kpi-published-amount',
      part: 'kpi-published-category-amount',
      subject: 'published-categories',
      title: '公开项目绩效目标金额＝各类项目之和',
      rule: '说明中公开项目绩效目标涉及的项目金额，应等于其后所列各类项目涉及项目金额之和。',
    },
  ] as const;
  return sums.flatMap(({ total, part, subject, title, rule }) => {
    const stated = figures.find((f) => f.claim === total);
    const parts = figures.filter((f) => f.claim === part);
    if (!stated || parts.length === 0) return [];
    return [sumCheck(sectionMeta('十', subject, title, rule), quotedRef(stated), parts.map(quotedRef))];
  });
}
