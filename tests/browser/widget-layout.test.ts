import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, askFor, boxOf, hostOf, openChat, openPage, panelOf, withAnswer, withBrowser } from './fixtures/widget/widgetPage.js';

/** The name of the control that has the focus inside the widget. */
const focusedControl = (page: Page) =>
  hostOf(page).evaluate((host) => {
    const el = host.shadowRoot!.activeElement;
    return el ? el.getAttribute('aria-label') ?? el.textContent!.trim() : null;
  });

const env = withBrowser();

describe('The widget on a phone (390×844)', () => {
  let page: Page;

  beforeAll(async () => {
    page = await withAnswer(env.browser, env.url, { viewport: PHONE, isMobile: true, hasTouch: true });
  });

  it('covers the whole screen', async () => {
    await expect(boxOf(panelOf(page))).resolves.toEqual({ x: 0, y: 0, ...PHONE });
  });

  it('keeps the text box at 16px so iOS does not zoom, and the composer at the bottom of the screen', async () => {
    const input = page.getByRole('textbox', { name: 'Your question' });
    await expect(input.evaluate((el) => getComputedStyle(el).fontSize)).resolves.toBe('16px');
    const composer = await boxOf(page.locator('.composer'));
    expect(composer.y + composer.height).toBe(PHONE.height);
  });

  it('is modal there, and keeps Tab inside', async () => {
    await expect(panelOf(page).getAttribute('aria-modal')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Send' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedControl(page)).toBe('Start over');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedControl(page)).toBe('Send');
  });

  it('fits the part of the screen the on-screen keyboard leaves visible', async () => {
    const session = await page.context().newCDPSession(page);
    // Zooming in shrinks the visual viewport as an on-screen keyboard does; the layout viewport stays.
    await session.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    await page.waitForFunction(() => {
      const panel = document.querySelector('faq-chat-widget')!.shadowRoot!.querySelector('.panel')!;
      return window.visualViewport!.height < 500 && Math.abs(panel.getBoundingClientRect().height - window.visualViewport!.height) < 1;
    }, undefined, { timeout: 3000 });
    const fit = await page.evaluate(() => {
      const panel = document.querySelector('faq-chat-widget')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
      const composer = document.querySelector('faq-chat-widget')!.shadowRoot!.querySelector('.composer')!.getBoundingClientRect();
      const { height, offsetTop } = window.visualViewport!;
      return { panelTop: panel.top - offsetTop, panelHeight: panel.height - height, composerBottom: composer.bottom - (offsetTop + height) };
    });
    expect(fit).toEqual({ panelTop: 0, panelHeight: 0, composerBottom: 0 });
    await session.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
  });

  it('is a floating panel again, not modal, on a wider screen', async () => {
    await page.setViewportSize(DESKTOP);
    await expect.poll(() => panelOf(page).getAttribute('aria-modal')).toBeNull();
    const box = await boxOf(panelOf(page));
    expect(box.width).toBe(400);
    expect(box.x + box.width).toBe(DESKTOP.width - 20);
  });
});

describe('The widget in other corners and directions', () => {
  it('opens in the bottom-left corner when the host says data-position="left"', async () => {
    const page = await openPage(env.browser, env.url);
    await hostOf(page).evaluate((host) => host.setAttribute('data-position', 'left'));
    const box = await boxOf(await openChat(page));
    expect({ x: box.x, bottom: box.y + box.height }).toEqual({ x: 20, bottom: DESKTOP.height - 20 });
    await page.context().close();
  });

  it('mirrors its layout on a right-to-left page, and keeps each text in its own direction', async () => {
    const page = await openPage(env.browser, `${env.url}rtl.html`);
    const panel = await openChat(page);
    await askFor(page, 'How many sessions will I need?', 'answer');
    const [title, close, input, send, question, answer] = await Promise.all(
      ['.titles', '.close', '.composer input', '.send', '.visitor', '.answer .bubble'].map((part) => boxOf(panel.locator(part).last())),
    );
    expect(close!.x, 'close button on the left').toBeLessThan(title!.x);
    expect(send!.x, 'send button on the left').toBeLessThan(input!.x);
    expect(question!.x, 'the visitor\'s messages on the left').toBeLessThan(answer!.x);
    expect(question!.x + question!.width, 'the replies on the right').toBeLessThan(answer!.x + answer!.width);
    const directions = await panel.evaluate((el) => ({
      panel: getComputedStyle(el).direction,
      answer: getComputedStyle(el.querySelector('.answer .bubble > div')!).direction,
    }));
    expect(directions).toEqual({ panel: 'rtl', answer: 'ltr' });
    await page.context().close();
  });
});
