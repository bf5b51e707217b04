import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { handlerThrew, unknownCommand } from '../../embed/messages.js';
import { ANALYTICS_ORIGIN, launcherOf, openFixture, startingWith, useFixtures, type PageLog } from './fixtures/embed/embedPage.js';

const QUEUED = 'how many sessions will I need?';
type Heard = { type: string; question?: string; entryId?: string; kind?: string };

describe('The JavaScript API, called before faq-chat.js has loaded (queue.js) and after', () => {
  const fixtures = useFixtures();
  let page: Page;
  let log: PageLog;
  const beacons: Record<string, unknown>[] = [];
  const heard = () => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
  const dataLayer = () => page.evaluate(() => (window as unknown as { dataLayer: { event: string }[] }).dataLayer);

  beforeAll(async () => {
    ({ page, log } = await openFixture(fixtures.browser, `${fixtures.server.url}queue.html`, (p) =>
      p.route(`${ANALYTICS_ORIGIN}/**`, (route) => {
        beacons.push(JSON.parse(route.request().postData() ?? 'null'));
        return route.fulfill({ status: 204 });
      }),
    ));
  });

  it("opens the panel with the queued question's answer", async () => {
    const answer = page.locator('.message.answer').last();
    await answer.waitFor();
    await expect(answer.textContent()).resolves.toMatch(/session/i);
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
  });

  it('calls the queued handlers with what happened', async () => {
    await expect.poll(heard).toEqual([
      { type: 'question', question: QUEUED },
      { type: 'answer', question: QUEUED, kind: 'answer', entryId: expect.any(String), confidence: expect.any(Number) },
    ]);
  });

  it('carries on past a handler that throws, with one warning', () => {
    expect(log.warnings).toEqual([startingWith(`[faq-chat] ${handlerThrew('answer')}`)]);
    expect(log.errors).toEqual([]);
  });

  it('pushes the events to window.dataLayer and sends them to the analytics endpoint', async () => {
    const expected = ['open', 'question', 'answer'];
    await expect.poll(async () => (await dataLayer()).map((entry) => entry.event)).toEqual(expected.map((name) => `faq_chat_${name}`));
    await expect.poll(() => beacons.map((beacon) => beacon.event)).toEqual(expected);
    expect(beacons[1]).toEqual({ event: 'question', question: QUEUED });
  });

  it('redacts emails and phone numbers from what handlers, dataLayer and the endpoint get', async () => {
    const redacted = 'can you email me at [email] or call [phone]?';
    await page.evaluate(() =>
      (window as unknown as { FaqChat(...args: unknown[]): void }).FaqChat('ask', 'can you email me at jo.bloggs@mail.example or call 07700 900123?'),
    );
    await expect.poll(async () => (await heard()).at(-1)).toEqual({ type: 'question', question: redacted });
    await expect.poll(() => beacons.find((beacon) => beacon.question === redacted)).toBeTruthy();
    expect(JSON.stringify([await dataLayer(), beacons])).not.toMatch(/jo\.bloggs|07700/);
  });

  it('answers FaqChat() directly once loaded: close, open, ask, and a warning for anything else', async () => {
    await page.evaluate(() => (window as unknown as { FaqChat(...args: unknown[]): void }).FaqChat('close'));
    await expect(launcherOf(page).isVisible()).resolves.toBe(true);
    await page.evaluate(() => (window as unknown as { FaqChat(...args: unknown[]): void }).FaqChat('ask', 'does it hurt?'));
    await expect.poll(async () => (await heard()).filter((event) => event.type === 'question').at(-1)).toEqual({ type: 'question', question: 'does it hurt?' });
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
    await page.evaluate(() => (window as unknown as { FaqChat(...args: unknown[]): void }).FaqChat('shut'));
    expect(log.warnings.at(-1)).toBe(`[faq-chat] ${unknownCommand('shut')}`);
    await expect.poll(async () => (await dataLayer()).map((entry) => entry.event)).toContain('faq_chat_close');
  });
});
