/**
 * Every HTML page of the build as the sitemap lists it (absolute URLs with SITE_URL, else
 * site-relative), in sitemap files of at most SITEMAP_MAX_URLS: computed once per build and
 * shared by /sitemap.xml and /sitemap-<n>.xml. Pages are found from the route files
 * themselves, dynamic ones through their getStaticPaths. Embed pages (/embed/…) are left out:
 * they repeat a permalink page, which they name as canonical.
 */
import { absoluteFor } from './routes';
import { pathsOf, sitemapChunks, type PageModule } from './sitemap';

const pages = import.meta.glob<PageModule>(['../pages/**/*.astro', '!../pages/404.astro', '!../pages/embed/**']);

let chunks: Promise<string[][]> | undefined;

/** The sitemap's URLs, in files (`site`: the configured SITE_URL, the same for the whole build). */
export function sitemapUrlChunks(): Promise<string[][]> {
  const site: string | undefined = import.meta.env.SITE;
  chunks ??= (async () => {
    const lists = await Promise.all(
      Object.entries(pages).map(([file, load]) => pathsOf(file.replace(/^\.\.\/pages\//, './'), load)),
    );
    const paths = [...new Set(lists.flat())].sort();
    return sitemapChunks(paths.map((p) => absoluteFor(p, import.meta.env.BASE_URL, site)));
  })();
  return chunks;
}
