/**
 * The single place where internal URLs are made. Every link, form action and
 * asset reference in a page goes through `href()` so that the site works both
 * at the root of a host and under a sub-path (BASE_PATH, e.g. `/budget/`).
 */

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Normalize a base path to the form `/` or `/segment/.../`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** True when the last path segment looks like a file (`data.json`, `favicon.svg`). */
function isFilePath(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.');
}

/**
 * Join a base path and a site-relative path.
 *
 * - `path` is relative to the site root; a leading slash is optional.
 * - Page paths get a trailing slash (`/r/x` → `/r/x/`); file paths
 *   (last segment with an extension) do not.
 * - A `?query` and a `#fragment` are kept after the path.
 * - A bare fragment (`#summary`) is returned unchanged: it stays on the page.
 * - Absolute URLs are rejected: this helper is for internal links only.
 */
export function joinBase(base: string, path: string): string {
  if (path.startsWith('#')) return path;
  if (EXTERNAL.test(path)) {
    throw new Error(`joinBase: expected a site-relative path, got an absolute URL: ${path}`);
  }

  let rest = path;
  let suffix = '';
  const cut = rest.search(/[?#]/);
  if (cut !== -1) {
    suffix = rest.slice(cut);
    rest = rest.slice(0, cut);
  }

  const segments = rest.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) {
    throw new Error(`joinBase: ".." is not allowed in an internal path: ${path}`);
  }

  let joined = normalizeBase(base) + segments.join('/');
  if (segments.length > 0 && !isFilePath(joined)) joined += '/';
  return joined + suffix;
}

/** Internal link for the current build's base path. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * Absolute URL (for canonical links and Open Graph), or undefined when no
 * `site` is configured.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
  if (site === undefined) return undefined;
  return new URL(href(path), site).toString();
}
