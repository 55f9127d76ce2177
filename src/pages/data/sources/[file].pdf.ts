/** /data/sources/<file>.pdf: each published PDF byte for byte (page links use #page=N). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSourceFiles, readSourceBytes } from '../../../lib/reports';

export const getStaticPaths = (async () => {
  const files = (await getSourceFiles()).filter((f) => f.endsWith('.pdf'));
  return files.map((file) => ({ params: { file: file.replace(/\.pdf$/, '') }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(new Uint8Array(readSourceBytes(props.file)), { headers: { 'Content-Type': 'application/pdf' } });
