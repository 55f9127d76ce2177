/**
 * A build in parts: `npm run build` (scripts/build.ts) with BUILD_PARTS=n runs n `astro build`
 * processes at once, each rendering a share of the pages, and merges their
 * output. Every part computes the same static paths; the `build-parts` integration
 * (astro.config.mjs) keeps the paths of its own part. The pages of one report (its page,
 * tables, projects, embeds, charts, downloads, quality page: every path whose segments after
 * the first are `<region>/<dept>/<year>`) go to the part its key hashes to; every other page
 * (home, lists, site-wide downloads, search, sources) to part 0. Pure: no I/O.
 */

export interface BuildPart {
  /** 0-based index of this part. */
  index: number;
  /** Number of parts (1: the whole site in one process). */
  count: number;
}

export const WHOLE_BUILD: BuildPart = { index: 0, count: 1 };

/** `BUILD_PART` ("<index>/<count>", e.g. "1/2") as a part; unset or blank is the whole build. */
export function parseBuildPart(value: string | undefined): BuildPart {
  const text = value?.trim();
  if (!text) return WHOLE_BUILD;
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const part = m ? { index: Number(m[1]), count: Number(m[2]) } : undefined;
  if (!part || part.count < 1 || part.index >= part.count) {
    throw new Error(`BUILD_PART: expected "<index>/<count>" with 0 ≤ index < count, got "${text}"`);
  }
  return part;
}

/**
 * `<region>/<dept>/<year>` of a page of one report (`/r/…`, `/embed/…`, `/data/…`,
 * `/charts/…`, `/quality/…`, under any base path), or undefined for a site-wide page.
 */
export function reportKeyOfPath(pathname: string, base = '/'): string | undefined {
  const path = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
  const m = /^\/[^/]+\/([^/]+)\/([^/]+)\/(\d{4}(?:-[a-z]+)?)(?:[./]|$)/.exec(path);
  return m ? `${m[1]}/${m[2]}/${m[3]}` : undefined;
}

/** FNV-1a, 32 bits: a stable spread of report keys over the parts. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The part that renders `pathname`. */
export function partOfPath(pathname: string, count: number, base = '/'): number {
  if (count <= 1) return 0;
  const key = reportKeyOfPath(pathname, base);
  return key === undefined ? 0 : hash(key) % count;
}

/**
 * `BUILD_PARTS`: how many parts a build runs (default 1). Each part is a whole Astro process
 * holding every report, so parts multiply the build's memory (docs/scaling.md has the
 * figures): they are for machines with memory to spare, chosen by the operator.
 */
export function parsePartCount(value: string | undefined): number {
  const text = value?.trim();
  if (!text) return 1;
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new Error(`BUILD_PARTS: expected a positive integer, got "${text}"`);
  return Number(text);
}

/**
 * The old-space limit (MB) of an Astro process building `reports` reports. Left to itself
 * V8 lets the heap grow towards a quarter of the machine's memory before it collects hard
 * (2 GB resident for 1,000 reports on a 24 GB machine); the pages need far less live
 * (under 0.5 GB at 1,000 reports), so a limit that grows with the content keeps the
 * build's memory bounded without a crash on a larger site.
 */
export function astroHeapMB(reports: number): number {
  return 1024 + Math.ceil(reports * 0.3);
}
