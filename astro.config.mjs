// @ts-check
import { defineConfig } from 'astro/config';

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
const base = normalizeBase(process.env.BASE_PATH);
const outDir = process.env.OUT_DIR?.trim() || 'dist';
const contentDir = process.env.CONTENT_DIR?.trim().replace(/\/+$/, '');
const cacheDir =
  contentDir && contentDir !== './content' && contentDir !== 'content'
    ? `./node_modules/.astro/content-${contentDir.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`
    : undefined;

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
  },
  devToolbar: {
    enabled: false,
  },
});
