/**
 * The unit a table prints: "单位：万元", "单位:元", "金额单位：万元", "（单位：万元）", also on
 * the line of the department name ("部门：… 单位：万元").
 */

const UNIT = /(?:金额)?单位\s*[：:]\s*(亿元|万元|千元|元)/;

export function readUnit(text: string): string | null {
  return UNIT.exec(text)?.[1] ?? null;
}
