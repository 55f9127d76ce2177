// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { parseBuildPart, partOfPath } from './src/lib/build-parts';

/**
 * Deployment is configured through environment variables so the same content
 * can be built for the root of a host or for a sub-path:
 *
 *   SITE_URL   absolute origin of the deployment, e.g. https://example.org (optional)
 *   BASE_PATH  path prefix, e.g. /budget/ (default: /)
 *   OUT_DIR    output directory (default: dist)
 *
 * CONTENT_DIR (src/content.config.ts) builds another content tree; it gets its own cache
 * (content data store) so that it never mixes with the real content's.
 */
/**
 * @param {string | undefined} value
 * @returns {string}
 */
function normalizeBase(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

// The build makes no outside requests either: no usage telemetry.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

const site = process.env.SITE_URL?.trim() || undefined;
if (!site && process.argv.includes('build')) {
  console.warn(
    '[config] SITE_URL is not set: citations, feeds and the sitemap use site-relative paths and pages carry no ' +
      'canonical link. Set SITE_URL (e.g. SITE_URL=https://budget.example.gov.cn) for a deployment.',
  );
}
const base = normalizeBase(process.env.BASE_PATH);
const outDir = process.env.OUT_DIR?.trim() || 'dist';
// The content layer caches entries with their file paths in cacheDir and keeps an unchanged
// entry's old path, even when CONTENT_DIR points elsewhere: another content tree (a test's
// temporary copy) gets a cache of its own (ASTRO_CACHE_DIR, or one per content tree).
const contentDir = resolve(process.env.CONTENT_DIR?.trim() || 'content');
const contentCacheDir =
  process.env.ASTRO_CACHE_DIR?.trim() ||
  (contentDir === resolve('content')
    ? undefined
    : `node_modules/.astro/content-${createHash('sha256').update(contentDir).digest('hex').slice(0, 16)}`);
// BUILD_PART ("<index>/<count>"): this process renders one share of the pages of a build
// run in parts (scripts/build.ts, src/lib/build-parts.ts). The parts run at the same time,
// so each has caches of its own (Astro's content store, Vite's dependency cache).
const part = parseBuildPart(process.env.BUILD_PART);
const partCache = (/** @type {string} */ dir) => (part.count > 1 ? `${dir}/part-${part.index}` : undefined);
const cacheDir = partCache(contentCacheDir ?? 'node_modules/.astro') ?? contentCacheDir;

// A part keeps only its own share of the static paths, before any page is rendered.
/** @type {import('astro').AstroIntegration} */
const buildParts = {
  name: 'build-parts',
  hooks: {
    'astro:build:start': ({ setPrerenderer }) => {
      if (part.count === 1) return;
      setPrerenderer((prerenderer) => ({
        ...prerenderer,
        name: 'build-parts',
        async getStaticPaths() {
          const paths = await prerenderer.getStaticPaths();
          return paths.filter((p) => partOfPath(p.pathname, part.count, base) === part.index);
        },
      }));
    },
  },
};

export default defineConfig({
  site,
  base,
  outDir,
  ...(cacheDir ? { cacheDir } : {}),
  integrations: [buildParts],
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages rendered at once: while one waits for its file writes or for its downloads'
    // compression (src/lib/deflate-worker.ts), the others render. 1,000 reports: 112 → 92 s
    // (docs/scaling.md). Every page is the same bytes whatever the order.
    concurrency: Number(process.env.ASTRO_CONCURRENCY || 4),
    // Stylesheets as files, never inline <style>: the same strict style-src works as a server
    // header too (README), where no per-page hash can be listed.
    inlineStylesheets: 'never',
  },
  vite: {
    cacheDir: partCache('node_modules/.vite'),
    build: {
      // Scripts are always external files (a strict CSP needs no 'unsafe-inline' for them);
      // other assets keep Vite's default limit.
      assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  devToolbar: {
    enabled: false,
  },
  // Content-Security-Policy as a <meta> tag on every page: Astro adds the SHA-256 of each
  // inline <script> and <style> it emits; nothing else inline runs and no other origin is
  // allowed. Pagefind compiles WebAssembly on /search/ ('wasm-unsafe-eval'). The headers a
  // server should add (frame-ancestors cannot be set by a meta tag) are in README.md.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
