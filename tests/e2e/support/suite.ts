/**
 * What the tests of a describe block share: a static server of a build (or of any folder)
 * and Chromium, started before the first test and closed after the last. The returned
 * object is filled in by the beforeAll hook, so read its fields inside hooks and tests only.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { siteDir, type Site } from './sites';
import { startStaticServer, type StaticServer } from './static-server';

/** A build of the site, or a folder served under a base path. */
export type Served = Site | { root: string; base: string };

export interface ServedSuite {
  server: StaticServer;
  /** The folder being served. */
  dir: string;
}

export interface BrowserSuite extends ServedSuite {
  browser: Browser;
}

/** Serves a build (found when the hook runs, so a missing build fails the hook) or a folder. */
export function startServerForSuite(served: Served): ServedSuite {
  const suite = {} as ServedSuite;
  beforeAll(async () => {
    suite.dir = 'root' in served ? served.root : siteDir(served);
    suite.server = await startStaticServer({ root: suite.dir, base: served.base });
  });
  afterAll(async () => {
    await suite.server?.close();
  });
  return suite;
}

/** Serves a build or a folder, then launches Chromium; closes them in the reverse order. */
export function startServerAndChromiumForSuite(served: Served): BrowserSuite {
  const suite = startServerForSuite(served) as BrowserSuite;
  beforeAll(async () => {
    suite.browser = await launchChromium();
  });
  // After-hooks run in reverse order (Vitest's default `sequence.hooks: 'stack'`): the browser closes first.
  afterAll(async () => {
    await suite.browser?.close();
  });
  return suite;
}
