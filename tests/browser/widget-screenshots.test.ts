import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { PHONE, askFor, openChat, openPage, serveWidgetPages } from './fixtures/widget/widgetPage.js';

/** Where the README's screenshots live; these tests rewrite them, so they always show the widget as it is. */
const SHOTS = 'docs/screenshots';

describe('Screenshots for the README', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveWidgetPages>>;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveWidgetPages()]);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Takes the picture once the pointer is out of the way and the conversation has scrolled, so reruns give the same bytes. */
  async function shoot(page: Page, name: string) {
    await page.mouse.move(0, 0);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled', caret: 'hide' });
  }

  /** The demo page with a conversation: an answer with its sources open, then a handoff. */
  async function conversation(options: BrowserContextOptions = {}) {
    const page = await openPage(browser, server.url, options);
    await openChat(page);
    const answer = await askFor(page, 'How many sessions will I need?', 'answer');
    await answer.getByText('Sources').click();
    return page;
  }

  it('closed: the demo page with the launcher', async () => {
    const page = await openPage(browser, server.url);
    await shoot(page, 'closed');
    await page.context().close();
  });

  it('an answer with its sources open', async () => {
    const page = await conversation();
    const firstSource = page.locator('.sources[open] li').first();
    await firstSource.scrollIntoViewIfNeeded();
    await expect(firstSource.locator('blockquote').isVisible()).resolves.toBe(true);
    await shoot(page, 'answer');
    await page.context().close();
  });

  it('a handoff to booking', async () => {
    const page = await conversation();
    await askFor(page, 'Do you take my insurance?', 'handoff');
    await shoot(page, 'handoff');
    await page.context().close();
  });

  it('on a phone, 390×844', async () => {
    const page = await conversation({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await shoot(page, 'phone');
    await page.context().close();
  });

  it('in dark mode', async () => {
    const page = await conversation({ colorScheme: 'dark' });
    await askFor(page, 'Do you take my insurance?', 'handoff');
    await shoot(page, 'dark');
    await page.context().close();
  });
});
