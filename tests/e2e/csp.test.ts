/**
 * The Content-Security-Policy the build puts in every page's <meta> tag: one page of every
 * type of the root build is opened in Chromium with a `securitypolicyviolation` listener
 * installed before any page script; no violation may be reported (the search page also runs
 * a query, so Pagefind's WebAssembly and fetches run under the policy). The policy itself
 * must allow no inline code without a hash and no origin but the page's own.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findPages, samplePages } from '../quality/lib/pages';
import { waitForQuery } from './search-helpers';
import { SITES, siteDir } from './support/sites';
import { startServerAndChromiumForSuite } from './support/suite';

const site = SITES[0];
const pages = await findPages(siteDir(site));
const present = samplePages(pages).filter((s) => s.page !== undefined);

/** The Content-Security-Policy header of README's nginx snippet (the same for every location). */
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const headerPolicies = [...README.matchAll(/add_header Content-Security-Policy "([^"]+)" always;/g)].map((m) => m[1]!);

function policyOf(html: string): string | null {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? null;
}

describe(`Content-Security-Policy of every page type (${site.dir}/)`, () => {
  const suite = startServerAndChromiumForSuite(site);

  it('every HTML page carries the policy; it has no unsafe-inline, no wildcard, no other origin', () => {
    const missing = pages.filter((p) => policyOf(readFileSync(p.file, 'utf8')) === null).map((p) => p.path);
    expect(missing).toEqual([]);
    const policy = policyOf(readFileSync(pages[0]!.file, 'utf8'))!;
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src']) {
      const values = directives.get(name) ?? [];
      expect(values[0]).toBe("'self'");
      for (const v of values.slice(1)) expect(v).toMatch(/^'(sha256-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$/);
    }
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
  });

  it("README's nginx header policy is one policy, the meta tag's without hashes, plus frame-ancestors", () => {
    expect(new Set(headerPolicies).size).toBe(1);
    const meta = policyOf(readFileSync(pages[0]!.file, 'utf8'))!;
    const normalise = (p: string) =>
      p
        .split(';')
        .map((d) => d.trim().replace(/\s+'sha256-[^']+'/g, ''))
        .filter((d) => d !== '')
        .sort();
    expect(normalise(headerPolicies[0]!)).toEqual(normalise(`${meta}; frame-ancestors 'none'`));
  });

  async function violationsOn(
    url: string,
    rewrite?: (html: string) => string,
    afterLoad?: (page: Page) => Promise<void>,
  ): Promise<string[]> {
    const context = await suite.browser.newContext({ locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      // Served as README's nginx would: the header policy applies together with the meta tag.
      await context.route('**/*', async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers(), 'content-security-policy': headerPolicies[0]! };
        const html = (response.headers()['content-type'] ?? '').startsWith('text/html');
        await route.fulfill({ response, headers, body: rewrite && html ? rewrite(await response.text()) : undefined });
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      const consoleCsp: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
      });
      await page.goto(url, { waitUntil: 'load' });
      await afterLoad?.(page);
      const seen = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      return rewrite ? seen : [...seen, ...consoleCsp];
    } finally {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
    }
  }
  it('the listener sees what the policy blocks: an injected inline script, style attribute and foreign image', async () => {
    const injected = await violationsOn(suite.server.url, (html) =>
      html.replace(
        '</main>',
        '<script>document.title="x"</script><p style="color:red">x</p><img src="https://example.org/x.png" alt=""></main>',
      ),
    );
    // Each policy (header and meta tag) reports its own violation of the same thing.
    expect([...new Set(injected.map((v) => v.split(' ')[0]))].sort()).toEqual([
      'img-src',
      'script-src-elem',
      'style-src-attr',
    ]);
  });

  for (const sample of present) {
    it(`${sample.label} (/${sample.page!.path}): no violation`, { timeout: 120_000 }, async () => {
      const search = sample.type === 'search';
      const url = `${suite.server.url}${sample.page!.path}${search ? `?q=${encodeURIComponent('三公')}` : ''}`;
      const violations = await violationsOn(url, undefined, async (page) => {
        if (!search) return;
        await waitForQuery(page, '三公', 60_000);
        expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
      });
      expect(violations).toEqual([]);
    });
  }
});
