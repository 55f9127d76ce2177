/** /s/<stem>/ranges.css: marks each range the reports cite when its anchor is the :target. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citedRanges, fileStem, rangeRules } from '../../../lib/provenance';
import { getReports, getSourceEntries } from '../../../lib/reports';

export const getStaticPaths = (async () => {
  const entries = (await getSourceEntries()).filter((e) => e.file.format === 'text');
  return entries.map((e) => ({ params: { stem: fileStem(e.file.file) }, props: { file: e.file.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = async ({ props }) =>
  new Response(`${rangeRules(citedRanges(await getReports(), props.file))}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
