// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';

/**
 * Deployment is configured through environment variables so the same content
 * can be built for the root of a host or for a sub-path:
 *
 *   SITE_URL   absolute origin of the deployment, e.g. https://example.org (optional)
 *   BASE_PATH  path prefix, e.g. /budget/ (default: /)
 *   OUT_DIR    output directory (default: dist)
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
// entry's old path; a build of another content tree (CONTENT_DIR, tests) gets its own cache
// (ASTRO_CACHE_DIR, or one per content tree).
const contentDir = process.env.CONTENT_DIR?.trim();
const cacheDir =
  process.env.ASTRO_CACHE_DIR?.trim() ||
  (contentDir
    ? `./node_modules/.astro-content/${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16)}`
    : undefined);

export default defineConfig({
  site,
  base,
  outDir,
  ...(cacheDir ? { cacheDir } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
  },
  vite: {
    build: {
      // Scripts are always external files (a strict CSP needs no 'unsafe-inline' for them);
      // other assets keep Vite's default limit.
      assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  devToolbar: {
    enabled: false,
  },
});
