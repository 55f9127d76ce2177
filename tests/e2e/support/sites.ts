import { existsSync } from 'node:fs';
import path from 'node:path';

/** The two builds that `npm test` makes before the browser tests. */
export const SITES = [
  { name: 'root', dir: 'dist', base: '/' },
  { name: 'sub-path', dir: 'dist-budget', base: '/budget/' },
] as const;

export type Site = (typeof SITES)[number];

export function siteDir(site: Site): string {
  const dir = path.resolve(site.dir);
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `${site.dir}/index.html not found: build first (npm run build && npm run build:budget, or npm test)`,
    );
  }
  return dir;
}
