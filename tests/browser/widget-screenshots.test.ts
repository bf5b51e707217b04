import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PHONE, askFor, openPage, withAnswer, withBrowser } from './fixtures/widget/widgetPage.js';

/**
 * `npm run screenshots` writes the README's pictures to docs/screenshots; an ordinary test run takes
 * the same pictures into .cache/, so that running the tests never changes tracked files.
 */
const SHOTS = process.env.FAQ_CHAT_SCREENSHOTS === 'docs' ? 'docs/screenshots' : '.cache/screenshots';

describe('Screenshots for the README', () => {
  const env = withBrowser();
  beforeAll(() => void mkdirSync(SHOTS, { recursive: true }));

  /** Takes the picture once the pointer is out of the way and the conversation has scrolled, so reruns give the same bytes. */
  async function shoot(page: Page, name: string) {
    await page.mouse.move(0, 0);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled', caret: 'hide' });
  }

  const conversation = (options = {}) => withAnswer(env.browser, env.url, options);

  it('closed: the demo page with the launcher', async () => {
    const page = await openPage(env.browser, env.url);
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
