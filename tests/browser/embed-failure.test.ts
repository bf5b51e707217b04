import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chatNotLoaded } from '../../embed/messages.js';
import { STRINGS } from '../../src/ui/strings.js';
import { BROWSER_DIST, askInWidget } from './browser.js';
import { launcherOf, openFixture, recorded, startingWith, useFixtures } from './fixtures/embed/embedPage.js';

/** failure.html points data-knowledge here; nothing is served there unless a test routes it. */
const KNOWLEDGE = '**/clinic-kb.json';
const BOOKING_URL = 'https://clinic.example/book';
const serveRealKnowledge = (route: Route) =>
  route.fulfill({ contentType: 'application/json', body: readFileSync(join(BROWSER_DIST, 'faq-chat-knowledge.json'), 'utf8') });

describe('A clinic page whose answers or chat code fail to load', () => {
  const fixtures = useFixtures();

  const expectOffersBookingAndPhone = async (page: Page) => {
    const panel = page.getByRole('dialog');
    await panel.getByText(STRINGS.unavailable).last().waitFor();
    await expect(panel.getByRole('link', { name: new RegExp(STRINGS.bookConsultation) }).last().getAttribute('href')).resolves.toBe(BOOKING_URL);
    await expect(panel.getByRole('link', { name: 'Call +44 20 7946 0000' }).last().getAttribute('href')).resolves.toBe('tel:+442079460000');
  };

  it.each([
    ['is missing (404)', 'HTTP 404', (route: Route) => route.fulfill({ status: 404, body: 'not found' })],
    ['is unreachable', 'network error', (route: Route) => route.abort()],
    ['is not JSON', 'not valid JSON', (route: Route) => route.fulfill({ contentType: 'application/json', body: '{ "version": 1, ' })],
    ['is from another version', 'not faq-chat knowledge version 7', (route: Route) => route.fulfill({ contentType: 'application/json', body: '{"version":1}' })],
  ])('when the knowledge %s, says so, offers booking and phone, and works on the next open once it is back', async (_case, reason, fail) => {
    const { page, log } = await openFixture(fixtures.browser, `${fixtures.server.url}failure.html`, (p) => p.route(KNOWLEDGE, fail));
    await launcherOf(page).click();
    await expectOffersBookingAndPhone(page);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/^\[faq-chat\] could not load the answers from http:\/\/127\.0\.0\.1:\d+\/clinic-kb\.json/);
    expect(log.warnings[0]).toContain(reason);

    await page.unroute(KNOWLEDGE);
    await page.route(KNOWLEDGE, serveRealKnowledge);
    await page.getByRole('button', { name: STRINGS.close }).click();
    await launcherOf(page).click();
    await askInWidget(page, 'how many sessions will I need?');
    await page.locator('.message.answer').last().waitFor();

    const { rejections } = await recorded(page);
    expect({ errors: log.errors, rejections, warnings: log.warnings.length }).toEqual({ errors: [], rejections: [], warnings: 1 });
  });

  it('when the chat code is missing, the launcher links to booking instead, with one warning', async () => {
    const { context, page, log } = await openFixture(fixtures.browser, `${fixtures.server.url}failure.html`, async (p) => {
      await p.context().route(`${BOOKING_URL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Book</title>' }));
      await p.route('**/faq-chat-app.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    });
    const [booking] = await Promise.all([context.waitForEvent('page'), launcherOf(page).click()]);
    await booking.waitForLoadState();
    expect(booking.url()).toBe(BOOKING_URL);
    expect(log.warnings).toEqual([startingWith(`[faq-chat] ${chatNotLoaded(BOOKING_URL)}`)]);
    expect(log.errors).toEqual([]);
  });
});
