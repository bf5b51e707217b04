import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { askInWidget } from './browser.js';
import { launcherOf, openFixture, recorded, useFixtures, type PageLog } from './fixtures/embed/embedPage.js';

describe('The widget on a clinic page under a strict Content-Security-Policy', () => {
  const fixtures = useFixtures();
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ context, page, log } = await openFixture(fixtures.browser, `${fixtures.server.url}csp.html`));
  });

  it("draws the launcher in the clinic's colour, in the corner it asked for, text at 4.5:1 or more", async () => {
    const launcher = launcherOf(page);
    await launcher.waitFor();
    const style = await launcher.evaluate((button) => {
      const { backgroundColor, color } = getComputedStyle(button);
      return { backgroundColor, color, left: button.getBoundingClientRect().left };
    });
    expect(style).toEqual({ backgroundColor: 'rgb(123, 31, 162)', color: 'rgb(255, 255, 255)', left: 20 });
  });

  it('answers a question with zero CSP violations, errors or warnings', async () => {
    await launcherOf(page).click();
    await askInWidget(page, 'how many sessions will I need?');
    await page.locator('.message.answer').last().waitFor();
    await expect(page.getByRole('heading', { name: 'Riverside Joint Clinic' }).isVisible()).resolves.toBe(true);
    const { violations, rejections } = await recorded(page);
    expect({ violations, rejections, errors: log.errors, warnings: log.warnings }).toEqual({ violations: [], rejections: [], errors: [], warnings: [] });
  });

  it('asks for nothing but its own files', async () => {
    const origins = new Set(log.requests.map((url) => new URL(url).origin));
    expect([...origins]).toEqual([new URL(fixtures.server.url).origin]);
    const files = log.requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith('/faq-chat'));
    expect(files.sort()).toEqual(['/faq-chat-app.js', '/faq-chat-knowledge.json', '/faq-chat.js']);
  });

  it('sets no cookies and adds one global name, FaqChat', async () => {
    await expect(context.cookies()).resolves.toEqual([]);
    await expect(page.evaluate(() => document.cookie)).resolves.toBe('');
    const before = (await recorded(page)).globals;
    const after = await page.evaluate(() => Object.keys(window));
    expect(after.filter((name) => !before.includes(name))).toEqual(['FaqChat']);
  });
});
