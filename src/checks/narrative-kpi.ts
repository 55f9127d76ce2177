import type { Report } from '../schemas';
import { cellRef, TABLE_NAMES, tableOf, type SectionFigure } from './access';
import { notApplicable, sumCheck } from './compare';
import { metaFor, quotedRef } from './narrative-figures';
import { projectItems } from './projects';
import type { CheckResult } from './schema';

/**
 * Section 十 (绩效管理情况) of the narrative: 纳入绩效目标管理的项目 共计金额 is the sum of
 * the projects of 项目支出表（本年预算）.
 */
export function kpiSection(figures: SectionFigure[], report: Report): CheckResult[] {
  const out: CheckResult[] = [];
  const noTable = (key: keyof typeof TABLE_NAMES): string => `本报告没有${TABLE_NAMES[key]}。`;
  for (const f of figures) {
    switch (f.claim) {
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
      default:
        break;
    }
  }
  return out;
}
