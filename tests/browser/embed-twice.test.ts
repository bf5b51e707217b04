import { describe, expect, it } from 'vitest';
import { ALREADY_ON_PAGE } from '../../embed/messages.js';
import { launcherOf, openFixture, useFixtures } from './fixtures/embed/embedPage.js';

describe('A page with the snippet pasted twice', () => {
  const fixtures = useFixtures();

  it('gets one widget, from the first copy, and one warning from the second', async () => {
    const { page, log } = await openFixture(fixtures.browser, `${fixtures.server.url}twice.html`);
    await launcherOf(page).waitFor();
    await expect(page.locator('faq-chat-widget').count()).resolves.toBe(1);
    await expect(launcherOf(page).count()).resolves.toBe(1);
    expect(log.warnings).toEqual([`[faq-chat] ${ALREADY_ON_PAGE}`]);

    await launcherOf(page).click();
    await expect(page.getByRole('heading', { name: 'From the head' }).isVisible()).resolves.toBe(true);
    expect(log.errors).toEqual([]);
  });
});
