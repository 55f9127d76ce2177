/** /data/schema.json: the JSON Schema of a report file, generated from the zod contract. */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { Report } from '../../schemas';

export const GET: APIRoute = () => {
  const schema = {
    ...z.toJSONSchema(Report, { target: 'draft-2020-12', unrepresentable: 'any' }),
    title: '预算公开：一份部门预算报告',
    description: 'content/reports/<region>/<dept>/<year>.json 的格式；金额是十进制字符串，空白格为 null。',
  };
  return new Response(JSON.stringify(schema, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
