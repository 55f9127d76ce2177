/** /data/schema.json: the JSON Schema of a report file, the same bytes as content/report.schema.json. */
import type { APIRoute } from 'astro';
import { jsonText, reportJsonSchema } from '../../schemas';

export const GET: APIRoute = () =>
  new Response(jsonText(reportJsonSchema()), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
