import { describe, expect, it } from 'vitest';
import { level1Of, level2Of } from './kpi-levels';
import { hasUnclosedBracket, isCutCopy, isPlaceholderText } from './kpi-text';

describe('level2Of', () => {
  it('knows the full names, their level 1 and the other complete spellings', () => {
    expect(level2Of('成本指标', false)).toEqual({ name: '成本指标', level1: '产出指标', truncated: false });
    expect(level2Of('可持续发展指标', false)).toEqual({ name: '可持续影响指标', level1: '效益指标', truncated: false });
    expect(level2Of('服务对象满意度', false)).toEqual({
      name: '服务对象满意度指标',
      level1: '满意度指标',
      truncated: false,
    });
  });

  it('recognises cut names as truncated', () => {
    expect(level2Of('经济效益指', false)).toEqual({ name: '经济效益指标', level1: '效益指标', truncated: true });
    expect(level2Of('服务对象满', false)?.truncated).toBe(true);
    expect(level2Of('可持续影响', false)?.name).toBe('可持续影响指标');
  });

  it('trusts very short cuts only where a 二级指标 must stand', () => {
    expect(level2Of('社', true)?.name).toBe('社会效益指标');
    expect(level2Of('社', false)).toBeNull();
    expect(level2Of('数量', false)).toBeNull();
  });

  it('does not take ordinary texts for categories', () => {
    expect(level2Of('时效性', true)).toBeNull();
    expect(level2Of('营商环境', true)).toBeNull();
  });
});

describe('level1Of', () => {
  it('reads full and cut names, but not the common 三级指标 "满意度"', () => {
    expect(level1Of('效益指标')).toBe('效益指标');
    expect(level1Of('满意度指')).toBe('满意度指标');
    expect(level1Of('满意度')).toBeNull();
  });
});

describe('cell tests', () => {
  it('tells placeholders from content', () => {
    expect(isPlaceholderText('指标1:')).toBe(true);
    expect(isPlaceholderText('.....')).toBe(true);
    expect(isPlaceholderText('目标1: 目标2: 目标3: .....')).toBe(true);
    expect(isPlaceholderText('指标1: 企业满意度')).toBe(false);
  });

  it('sees a cut copy, but not a copy without its closing punctuation', () => {
    expect(isCutCopy('培训人员年度考核', '培训人员年度考核合格率')).toBe(true);
    expect(isCutCopy('并免费邮寄', '并免费邮寄。')).toBe(false);
    expect(isCutCopy('高', '高质量')).toBe(false);
  });

  it('sees brackets left open at a column edge', () => {
    expect(hasUnclosedBracket('经常性项目(长期开')).toBe(true);
    expect(hasUnclosedBracket('《产业扶持资金管理办法》(综示晋开管发')).toBe(true);
    expect(hasUnclosedBracket('经常性项目（长期开展）')).toBe(false);
  });
});
