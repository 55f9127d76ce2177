/**
 * Valid HTML: every page of the root build passes the Nu HTML Checker with
 * zero errors (one JVM for all files). The sub-path build has the same markup
 * with other URLs, so it is not checked twice.
 */
import { describe, expect, it } from 'vitest';
import { findPages } from '../quality/lib/pages';
import { formatVnuMessages, validateHtml } from '../quality/lib/html-validate';
import { SITES, siteDir } from './support/sites';

const site = SITES[0];

describe(`valid HTML (${site.dir}/)`, () => {
  it('every built page passes the Nu HTML Checker with zero errors', { timeout: 300_000 }, async () => {
    const dir = siteDir(site);
    const pages = await findPages(dir);
    const started = Date.now();
    const messages = await validateHtml([dir]);
    console.log(`Nu HTML Checker: ${pages.length} pages checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const pagesWithErrors = new Set(messages.map((message) => message.file)).size;
    expect(
      formatVnuMessages(messages, dir),
      `${messages.length} HTML error(s) on ${pagesWithErrors} of ${pages.length} pages`,
    ).toEqual([]);
  });
});
