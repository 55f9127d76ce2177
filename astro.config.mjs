// @ts-check
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

export default defineConfig({
  site,
  base,
  outDir,
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
