import { narrativeFigures, tableOf, type SectionFigure } from './access';
import { notApplicable } from './compare';
import { metaOf, type CheckDefinition } from './define';
import { changeSections, NARRATIVE } from './narrative-figures';
import { kpiSection } from './narrative-kpi';
import { internalSums } from './narrative-sums';
import { sectionAgainstTables, type Tables } from './narrative-tables';
import type { CheckResult } from './schema';
import { twoSided } from './structure';

/**
 * Every amount and percentage the narrative quotes, against the tables — and the shares and
 * changes it states, recomputed from the figures of the same sentence. Each figure carries
 * the claim the importer read from its words (src/schemas/narrative.ts); the section and the
 * figures before it in the same section tell which base a sentence speaks of:
 *
 * - 一: 收入总计 / 支出总计 of 收支总表; a change percentage is the change divided by the
 *   previous year, which is the sentence's own total minus the change (so 12097.96 and
 *   96.55% speak of 收入总计 432.54: 12097.96 ÷ (432.54 + 12097.96) = 96.55%);
 * - 二: each source of income against 收支总表, its share of 预算收入;
 * - 三: 支出总表 合计 / 基本支出 / 项目支出, shares of 支出预算;
 * - 四: 财政拨款收支总表 (a source includes its carry-over: 一般公共预算拨款 = 本年 + 上年结转);
 * - 五: 一般公共预算支出表 (当年支出, each 类 and its share); the change is of 当年支出;
 * - 六: 基本支出 and 人员经费 / 公用经费 of the economic-classification table;
 * - 七: the rows of 三公经费表; 九: the procurement parts; 十: see narrative-kpi.ts.
 *
 * Modules: narrative-tables.ts (a section's figures against the tables), narrative-sums.ts
 * (sums the narrative states within itself), narrative-rows.ts (the row a figure speaks of),
 * narrative-figures.ts (labels and metadata), narrative-kpi.ts (section 十).
 */

export const narrativeFiguresCheck: CheckDefinition = {
  ...NARRATIVE,
  run(report) {
    if (report.documentType !== 'budget' || report.narrative.length === 0) {
      return [notApplicable(metaOf(narrativeFiguresCheck, ''), '本报告没有情况说明。')];
    }
    const t: Tables = {
      summary: tableOf(report, 'summary') && twoSided(tableOf(report, 'summary')!),
      fiscal: tableOf(report, 'fiscal') && twoSided(tableOf(report, 'fiscal')!),
      expenditure: tableOf(report, 'expenditure'),
      general: tableOf(report, 'general'),
      economic: tableOf(report, 'basic-economic'),
      threePublic: tableOf(report, 'three-public'),
    };
    const out: CheckResult[] = [];
    const bySection = new Map<string, SectionFigure[]>();
    for (const f of narrativeFigures(report)) bySection.set(f.section, [...(bySection.get(f.section) ?? []), f]);
    for (const [section, figures] of bySection)
      out.push(
        ...(section === '十'
          ? kpiSection(figures, report)
          : [
              ...sectionAgainstTables(section, figures, t, changeSections(report).has(section)),
              ...internalSums(section, figures),
            ]),
      );
    return out;
  },
};

export const NARRATIVE_CHECKS = [narrativeFiguresCheck];
