import { cellRef, tableOf, totalRow } from './access';
import { atMostCheck, notApplicable, sumCheck } from './compare';
import { metaOf, type CheckDefinition } from './define';

/** Basic expenditure: personnel plus public funds, and 机关运行经费 within public funds. */

export const basicSplit: CheckDefinition = {
  id: 'basic-split',
  theme: 'basic',
  title: '基本支出＝人员经费＋公用经费',
  rule: '一般公共预算支出表中的基本支出合计，应等于基本支出经济科目表中人员经费与公用经费之和。',
  run(report) {
    const meta = metaOf(basicSplit, '');
    const general = tableOf(report, 'general');
    const economic = tableOf(report, 'basic-economic');
    if (!general || !economic)
      return [notApplicable(meta, `本报告没有${!general ? '一般公共预算支出表' : '基本支出经济科目表'}。`)];
    const g = totalRow(general);
    const e = totalRow(economic);
    if (!g) return [notApplicable(meta, '一般公共预算支出表没有合计行。')];
    const parts = e
      ? [
          cellRef(economic, e, 'personnel', '经济科目表 合计（人员经费）'),
          cellRef(economic, e, 'public', '经济科目表 合计（公用经费）'),
        ]
      : [
          { label: '经济科目表 人员经费（未列出）', value: null, table: 'basic-economic' as const },
          { label: '经济科目表 公用经费（未列出）', value: null, table: 'basic-economic' as const },
        ];
    return [sumCheck(meta, cellRef(general, g, 'basic', '一般公共预算支出表 合计（基本支出）'), parts)];
  },
};

export const adminOperation: CheckDefinition = {
  id: 'admin-operation',
  theme: 'basic',
  title: '机关运行经费不超过公用经费',
  rule: '机关运行经费是行政单位（和参公事业单位）基本支出中的公用经费，因此机关运行经费表的合计不应超过基本支出经济科目表中的公用经费合计。',
  run(report) {
    const meta = metaOf(adminOperation, '');
    const admin = tableOf(report, 'admin-operation');
    const economic = tableOf(report, 'basic-economic');
    if (!admin || !economic)
      return [notApplicable(meta, `本报告没有${!admin ? '机关运行经费表' : '基本支出经济科目表'}。`)];
    const a = totalRow(admin);
    const stated = a
      ? cellRef(admin, a, 'total', '机关运行经费表 合计')
      : { label: '机关运行经费表 合计', value: null, table: 'admin-operation' as const };
    if (stated.value === null) {
      return [notApplicable(meta, admin.empty ? '机关运行经费表注明无数据。' : '机关运行经费表合计为空白。', [])];
    }
    const e = totalRow(economic);
    const bound = e
      ? cellRef(economic, e, 'public', '经济科目表 合计（公用经费）')
      : { label: '经济科目表 公用经费（未列出）', value: null, table: 'basic-economic' as const };
    return [atMostCheck(meta, stated, bound)];
  },
};

export const BASIC_CHECKS = [basicSplit, adminOperation];
