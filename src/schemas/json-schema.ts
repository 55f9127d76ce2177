import { z } from 'zod';
import { Report } from './report';

/**
 * The published JSON Schema of a report file, generated from the zod contract: committed as
 * content/report.schema.json by the importer and served as /data/schema.json, byte for byte.
 */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'report.schema.json',
    title: '预算公开：一份部门预算报告',
    description: 'content/reports/<region>/<dept>/<year>.json 的格式；金额是十进制字符串，空白格为 null。',
    ...z.toJSONSchema(Report, { target: 'draft-2020-12', io: 'output' }),
  };
}

/** Pretty-printed JSON with a final newline, as every generated file is written. */
export function jsonText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
