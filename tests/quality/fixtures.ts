import path from 'node:path';

/** The bad fixture pages (tests/fixtures/bad-pages/), one known fault per directory. */
export const BAD_PAGES = path.resolve(import.meta.dirname, '..', 'fixtures', 'bad-pages');

export function badPage(name: string): string {
  return path.join(BAD_PAGES, name);
}
