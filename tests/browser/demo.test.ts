import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askInWidget, launchBrowser, serve } from './browser.js';

describe('The demo clinic page, in headless Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serve()]);
    page = await browser.newPage();
    await page.goto(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a launcher with an accessible name', async () => {
    await expect(page.getByRole('button', { name: /open chat/i }).isVisible()).resolves.toBe(true);
  });

  it('answers a question with a quoted, linked source', async () => {
    await page.getByRole('button', { name: /open chat/i }).click();
    await askInWidget(page, 'how many sessions will i need?');
    const answer = page.locator('.message.answer').last();
    await answer.waitFor();
    await expect(answer.getByText('Sources').isVisible()).resolves.toBe(true);
    const link = answer.locator('.sources a').first();
    await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\//);
    await expect(answer.locator('blockquote').first().textContent()).resolves.toMatch(/session/i);
  });

  it('hands an out-of-scope question to booking', async () => {
    await askInWidget(page, 'do you take my insurance?');
    const reply = page.locator('.message.handoff').last();
    await reply.waitFor();
    const book = reply.getByRole('link', { name: 'Book a consultation' });
    await expect(book.getAttribute('href')).resolves.toBe('https://demo-clinic.example/book');
  });
});
