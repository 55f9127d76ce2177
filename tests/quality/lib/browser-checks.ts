/**
 * Browser-side quality checks on an open Playwright page. Each function
 * returns a list of readable problems (empty = pass), so the same code runs on
 * the real site (e2e) and on the bad fixture pages.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core at WCAG 2.1 AA: one line per violation, with the first offending elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  // options() replaces the whole options object, so it must come before withTags().
  // Legacy mode runs axe in the page itself instead of opening a second page to
  // merge frame results: the site has no cross-origin frames, and it is much faster.
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .analyze();
  return violations.map((violation) => {
    const targets = violation.nodes.slice(0, 5).map((node) => {
      const selector = node.target.map(String).join(' ');
      const html = node.html.replace(/\s+/g, ' ').slice(0, 140);
      return `\n      ${selector}  ${html}`;
    });
    const more = violation.nodes.length > 5 ? `\n      … and ${violation.nodes.length - 5} more` : '';
    return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes.length} element(s):${targets.join('')}${more}`;
  });
}

/** Requests that left the page's origin (data: and blob: URLs are not requests). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    if (/^(?:data|blob|about):/i.test(url)) return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
}

/** Horizontal page scroll in CSS px (0 = none): scrollingElement.scrollWidth − innerWidth. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - window.innerWidth;
  });
}

/** Elements wider than the viewport, the likely causes of a horizontal scroll (for messages). */
export async function widestElements(page: Page, limit = 5): Promise<string[]> {
  return page.evaluate((max) => {
    const width = window.innerWidth;
    const found: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const rect = element.getBoundingClientRect();
      if (rect.right > width + 1 && found.length < max) {
        const id = element.id ? `#${element.id}` : '';
        const cls =
          typeof element.className === 'string' && element.className
            ? `.${element.className.trim().split(/\s+/).join('.')}`
            : '';
        found.push(`${element.tagName.toLowerCase()}${id}${cls} (right edge at ${Math.round(rect.right)} px)`);
      }
    }
    return found;
  }, limit);
}

/**
 * Sets the root font size to `percent` % (the user's text size setting) and
 * lists elements with `overflow: hidden/clip` (or text-overflow: ellipsis)
 * whose text no longer fits: scrollWidth > clientWidth or scrollHeight >
 * clientHeight. Visually hidden 1 px boxes are ignored.
 */
export async function clippedTextAtZoom(page: Page, percent = 200): Promise<string[]> {
  return page.evaluate((size) => {
    document.documentElement.style.setProperty('font-size', `${size}%`, 'important');
    const problems: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(element);
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (!clipsX && !clipsY) continue;
      if (element.clientWidth <= 1 || element.clientHeight <= 1) continue; // visually hidden pattern
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const text = (element.innerText || '').replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      const overX = clipsX && element.scrollWidth > element.clientWidth + 1;
      const overY = clipsY && element.scrollHeight > element.clientHeight + 1;
      if (overX || overY) {
        const id = element.id ? `#${element.id}` : '';
        const cls =
          typeof element.className === 'string' && element.className
            ? `.${element.className.trim().split(/\s+/).join('.')}`
            : '';
        const dims = overX
          ? `scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`
          : `scrollHeight ${element.scrollHeight} > clientHeight ${element.clientHeight}`;
        problems.push(`${element.tagName.toLowerCase()}${id}${cls} clips its text (${dims}): "${text.slice(0, 60)}"`);
      }
    }
    return problems;
  }, percent);
}

export interface KeyboardReport {
  /** Number of distinct elements focused by pressing Tab. */
  tabStops: number;
  /** Interactive elements that Tab never reached. */
  unreachable: string[];
  /**
   * Elements reached by Tab without a visible focus indicator (an outline or box-shadow that
   * the element does not have when unfocused), or off screen.
   */
  invisibleFocus: string[];
}

/**
 * Presses Tab through the whole page, recording every element that receives
 * focus and its computed focus style; then compares with the page's
 * interactive elements (links, buttons, form fields, summary, tabindex ≥ 0).
 */
export async function keyboardAudit(page: Page): Promise<KeyboardReport> {
  const candidates = await page.evaluate(() => {
    const selector = [
      'a[href]',
      'area[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      'iframe',
      '[tabindex]',
      '[contenteditable=""]',
      '[contenteditable="true"]',
      'audio[controls]',
      'video[controls]',
    ].join(',');
    const list = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((element) => {
      if ((element as HTMLButtonElement).disabled) return false;
      if (element.closest('[inert]')) return false;
      if (element.tagName === 'SUMMARY' && element.parentElement?.querySelector(':scope > summary') !== element) {
        return false;
      }
      if (!element.checkVisibility({ visibilityProperty: true })) return false;
      const tabindex = element.getAttribute('tabindex');
      // An element given tabindex="-1" that is not a control by nature (e.g. <main>
      // as a skip-link target) is meant to be focusable by script only.
      const natural = element.matches('a[href], area[href], button, input, select, textarea, summary, iframe');
      if (tabindex !== null && Number(tabindex) < 0 && !natural) return false;
      if (element.closest('[aria-hidden="true"]') && tabindex !== null && Number(tabindex) < 0) return false;
      return true;
    });
    const w = window as unknown as {
      __qaFocus: Array<{ id: number; index: number; visible: boolean; style: string; element: string }>;
    };
    w.__qaFocus = [];
    const ids = new WeakMap<Element, number>();
    let nextId = 0;
    // The unfocused look of each element: a permanent outline or shadow is not a focus indicator.
    const unfocused: string[] = [];
    const indicator = (style: CSSStyleDeclaration) =>
      `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    list.forEach((element, index) => {
      element.setAttribute('data-qa-index', String(index));
      unfocused.push(indicator(getComputedStyle(element)));
    });
    document.addEventListener(
      'focusin',
      (event) => {
        const element = event.target as HTMLElement;
        const style = getComputedStyle(element);
        const index = Number(element.getAttribute('data-qa-index') ?? -1);
        const changed = index < 0 || unfocused[index] !== indicator(style);
        const outline =
          style.outlineStyle !== 'none' &&
          parseFloat(style.outlineWidth) >= 1 &&
          !/rgba\(.*,\s*0\)$/.test(style.outlineColor) &&
          style.outlineColor !== 'transparent';
        const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
        const rect = element.getBoundingClientRect();
        // Not hidden off the page (e.g. a skip link that stays at top: -100% when focused).
        // Positions are in document coordinates: focus may scroll after this event.
        const root = document.scrollingElement ?? document.documentElement;
        const onScreen =
          rect.width > 0 &&
          rect.height > 0 &&
          rect.bottom + window.scrollY > 0 &&
          rect.right + window.scrollX > 0 &&
          rect.left + window.scrollX < root.scrollWidth;
        if (!ids.has(element)) ids.set(element, (nextId += 1));
        const label = (element.innerText || element.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
        w.__qaFocus.push({
          id: ids.get(element) ?? -1,
          element: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}> "${label.slice(0, 40)}"`,
          index,
          visible: (outline || shadow) && changed && onScreen,
          style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}; ${onScreen ? 'on screen' : `off screen at ${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)}`}`,
        });
      },
      true,
    );
    return list.map((element) => {
      const text = (element.innerText || element.getAttribute('aria-label') || element.getAttribute('name') || '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 40);
      const id = element.id ? `#${element.id}` : '';
      const tabindex = element.getAttribute('tabindex');
      const href = element.getAttribute('href');
      return {
        description: `<${element.tagName.toLowerCase()}${id}${href ? ` href="${href}"` : ''}${tabindex === null ? '' : ` tabindex="${tabindex}"`}> "${text}"`,
        radioGroup:
          element instanceof HTMLInputElement && element.type === 'radio' && element.name ? element.name : undefined,
      };
    });
  });

  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  // Press Tab until focus comes back to the first element it reached (one full
  // cycle), in batches; elements outside the candidate list (e.g. scrollable
  // regions, which Chromium makes focusable) take Tab stops too.
  type FocusEntry = { id: number; index: number; visible: boolean; style: string; element: string };
  const readLog = () => page.evaluate(() => (window as unknown as { __qaFocus: FocusEntry[] }).__qaFocus);
  const limit = 3 * candidates.length + 30;
  let pressed = 0;
  let focusLog: FocusEntry[] = [];
  for (let batch = candidates.length + 5; pressed < limit; batch = Math.ceil(candidates.length / 2) + 5) {
    for (let i = 0; i < batch && pressed < limit; i += 1, pressed += 1) await page.keyboard.press('Tab');
    focusLog = await readLog();
    const first = focusLog[0]?.id;
    if (first === undefined || focusLog.slice(1).some((entry) => entry.id === first)) break;
  }
  const reached = new Set(focusLog.map((entry) => entry.index).filter((index) => index >= 0));
  const reachedGroups = new Set(
    [...reached].map((index) => candidates[index]?.radioGroup).filter((group) => group !== undefined),
  );
  const unreachable = candidates
    .map((candidate, index) => ({ ...candidate, index }))
    .filter(
      (candidate) =>
        !reached.has(candidate.index) &&
        !(candidate.radioGroup !== undefined && reachedGroups.has(candidate.radioGroup)),
    )
    .map((candidate) => candidate.description);

  const invisibleFocus: string[] = [];
  const reported = new Set<number>();
  for (const entry of focusLog) {
    if (entry.visible || reported.has(entry.id)) continue;
    reported.add(entry.id);
    const description = candidates[entry.index]?.description ?? entry.element;
    invisibleFocus.push(`${description} — ${entry.style}`);
  }
  return { tabStops: reached.size, unreachable, invisibleFocus };
}

/**
 * Visible text lines of the page body (innerText, whitespace collapsed, empty
 * lines dropped). Buttons are left out: a button that only scripts reveal
 * (e.g. 复制引用, copy to clipboard) is an enhancement, not content.
 */
export async function textLines(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    // Buttons hidden through the CSSOM, which a strict CSP allows (an injected <style> it blocks).
    const buttons = [...document.querySelectorAll('button')];
    const saved = buttons.map((b) => b.style.getPropertyValue('display'));
    for (const b of buttons) b.style.setProperty('display', 'none', 'important');
    const result = document.body.innerText;
    buttons.forEach((b, i) => b.style.setProperty('display', saved[i] ?? ''));
    return result;
  });
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** Text lines of `url` as shown with JavaScript disabled. */
export async function textWithoutJs(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await textLines(page);
  } finally {
    await context.close();
  }
}

/**
 * Compares the text of a page loaded with JavaScript (`page`, 1280 px wide)
 * with the same URL loaded without it: returns the lines that appear only
 * with JavaScript, i.e. content that needs a script to be read.
 */
export async function textNeedingJs(browser: Browser, page: Page): Promise<string[]> {
  const withJs = await textLines(page);
  const present = new Set(await textWithoutJs(browser, page.url()));
  return [...new Set(withJs.filter((line) => !present.has(line)))];
}
