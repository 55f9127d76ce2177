import { describe, expect, it } from 'vitest';
import { matchNames, nameSimilarity, plainLabel } from './access';

describe('names', () => {
  it('strips numbering and marks from printed labels', () => {
    expect(plainLabel('十五、资源勘探工业信息等支出')).toBe('资源勘探工业信息等支出');
    expect(plainLabel('②公务用车运行维护费')).toBe('公务用车运行维护费');
  });

  it('accepts one-character OCR slips and a prefix, rejects different projects', () => {
    expect(nameSimilarity('国家级会员服务', '国家级会展服务')).toBeGreaterThanOrEqual(0.8);
    expect(
      nameSimilarity('2024年中央外贸资金(提升国际化经营能力)', '2024年中央外经贸资金（提升国际化经营能力）'),
    ).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity('各类规划编制费', '规划编制费')).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity('招商引资工作经费', '招商引资专项经费')).toBeLessThan(0.8);
    expect(nameSimilarity('政府服务费', '政府服务事项免费制章等费用')).toBeLessThan(0.8);
  });

  it('pairs exact names first so near twins are not swapped', () => {
    const forms = [
      '中小企业发展专项转移支付——“小升规”奖励资金',
      '中小企业发展专项转移支付——“专精特新”奖励资金',
      '产业扶持资金',
    ];
    const rows = [
      '中小企业发展专项转移支付——“专精特新”奖励资金',
      '中小企业发展专项转移支付——“小升规”奖励资金',
      '项目考察费',
    ];
    expect(matchNames(forms, rows)).toEqual([1, 0, -1]);
  });
});
