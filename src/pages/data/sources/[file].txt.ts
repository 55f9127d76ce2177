/** /data/sources/<file>.txt: each published document's text as stored (line numbers refer to it). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSourceFiles, readSourceText } from '../../../lib/reports';

export const getStaticPaths = (async () => {
  const files = (await getSourceFiles()).filter((f) => f.endsWith('.txt'));
  return files.map((file) => ({ params: { file: file.replace(/\.txt$/, '') }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(readSourceText(props.file), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
