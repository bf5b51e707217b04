import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_DIST, askInWidget, launchBrowser, serve } from './browser.js';
import { EMBED_FIXTURES, STRICT_CSP, openFixture, recorded, type PageLog } from './fixtures/embed/embedPage.js';

type Site = { site: { chat: { destroy(): void; close(): void }; heard: { type: string; entryId: string }[] } };

describe("The ES module, bundled into a clinic site's own JavaScript by Vite", () => {
  const out = mkdtempSync(join(tmpdir(), 'faq-chat-esm-site-'));
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    await build({
      configFile: false,
      logLevel: 'error', // record.js stays a classic script, as on any clinic page; Vite would warn about it
      root: join(EMBED_FIXTURES, 'esm-site'),
      resolve: { alias: { 'faq-chat': join(BROWSER_DIST, 'esm/index.js') } },
      build: { outDir: out, emptyOutDir: true, modulePreload: false },
    });
    [browser, server] = await Promise.all([
      launchBrowser(),
      serve({ roots: [out, EMBED_FIXTURES, BROWSER_DIST], htmlHeaders: { 'content-security-policy': STRICT_CSP } }),
    ]);
    ({ page, log } = await openFixture(browser, server.url));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('draws the launcher with the options given to mount()', async () => {
    const launcher = page.getByRole('button', { name: /open chat/i });
    await expect(launcher.textContent()).resolves.toBe('Ask us');
    const { background, left } = await launcher.evaluate((b) => ({ background: getComputedStyle(b).backgroundColor, left: b.getBoundingClientRect().left }));
    expect({ background, left }).toEqual({ background: 'rgb(46, 125, 50)', left: 20 });
  });

  it("keeps the chat in a chunk of its own in the site's build", () => {
    expect(readdirSync(join(out, 'assets')).filter((file) => file.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
  });

  it('loads the chat chunk on demand and answers, telling the handler', async () => {
    await page.getByRole('button', { name: /open chat/i }).click();
    await askInWidget(page, 'how many sessions will I need?');
    await page.locator('.message.answer').last().waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as Site).site.heard.map((e) => e.type))).toEqual(['answer']);
    const { violations, rejections } = await recorded(page);
    expect({ violations, rejections, errors: log.errors, warnings: log.warnings }).toEqual({ violations: [], rejections: [], errors: [], warnings: [] });
  });

  it('leaves nothing behind after destroy()', async () => {
    await page.evaluate(() => (window as unknown as Site).site.chat.destroy());
    await expect(page.locator('faq-chat-widget').count()).resolves.toBe(0);
  });
});
