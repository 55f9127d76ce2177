import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify';
import { seedText } from './test-support/seeds';

describe('classifyDocument', () => {
  it('recognises the seeds', () => {
    expect(classifyDocument(seedText('000'))).toEqual({ ok: true, type: 'budget' });
    expect(classifyDocument(seedText('002'))).toEqual({ ok: true, type: 'performance-targets' });
    expect(classifyDocument(seedText('004'))).toEqual({ ok: true, type: 'budget' });
  });
  it.each([
    ['', /为空/],
    ['\u0000\u0001PK\u0003\u0004', /二进制/],
    ['今天天气很好。\n我们去公园散步。', /未识别/],
    ['某某部门2023年度部门决算公开\n第二部分 2023年度部门决算表', /决算/],
  ])('refuses %j', (text, reason) => {
    const result = classifyDocument(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
