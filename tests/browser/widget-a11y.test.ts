import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PHONE, askFor, hostOf, launcherOf, openChat, openPage, panelOf, withAnswer, withBrowser } from './fixtures/widget/widgetPage.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the widget (it follows the open shadow root) and returns its violations, summarised. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document.querySelector('faq-chat-widget'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)} (${n.failureSummary ?? ''})`));
}

/** The element that has the focus, looked for inside the widget's shadow root too. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement;
    const el = inner ?? active;
    return el ? `${el.localName}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''}:${(el.textContent ?? '').trim().slice(0, 40)}` : '';
  });

const env = withBrowser();

describe('The widget, checked by axe-core with a conversation in it', () => {
  it.each([
    ['light', { colorScheme: 'light' }],
    ['dark', { colorScheme: 'dark' }],
    ['phone-sized', { viewport: PHONE, isMobile: true, hasTouch: true }],
  ] as const)('finds no violations in the %s theme: an answer with its sources open, a handoff, urgent guidance', async (_name, options) => {
    const page = await withAnswer(env.browser, env.url, options);
    await askFor(page, 'Do you take my insurance?', 'handoff');
    await askFor(page, 'I have chest pain and trouble breathing', 'urgent');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds no violations on the closed launcher', async () => {
    const page = await openPage(env.browser, env.url);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('The widget, by keyboard alone', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openPage(env.browser, env.url);
  });

  it('is reached by Tab from the page, after the page\'s own links', async () => {
    const stops: string[] = [];
    for (let i = 0; i < 10 && !stops.at(-1)?.includes('Questions?'); i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    expect(stops).toEqual(['a:Riverside Joint Clinic', 'a:Treatments', 'a:Our team', 'a:Contact', 'button[Open chat: questions about our treatments]:Questions?']);
  });

  it('opens with Enter and puts the focus in the text box', async () => {
    await page.keyboard.press('Enter');
    await panelOf(page).waitFor();
    await expect.poll(() => focused(page)).toBe('input[Your question]:');
  });

  it('asks with Enter and keeps the focus in the text box', async () => {
    await page.keyboard.type('How many sessions will I need?');
    await page.keyboard.press('Enter');
    await page.locator('.message.answer').waitFor();
    await expect.poll(() => focused(page)).toBe('input[Your question]:');
  });

  it('moves through the panel in reading order: header, conversation, composer', async () => {
    const stops: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    const order = ['button[Send]', 'button:Start over', 'button[Close chat]', 'button:What is prolotherapy?', 'summary:Sources', 'button:Yes', 'button:No', 'input[Your question]'];
    const positions = order.map((stop) => stops.findIndex((s) => s.startsWith(stop)));
    expect(positions.every((p) => p >= 0), stops.join('\n')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('opens the sources with Enter and answers "Was this helpful?" with Space', async () => {
    const answer = page.locator('.message.answer').last();
    await answer.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(answer.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await answer.getByRole('button', { name: 'Yes' }).focus();
    await page.keyboard.press('Space');
    await expect(answer.getByText('Thank you for your feedback.').isVisible()).resolves.toBe(true);
  });

  it('shows a visible focus ring on every control it reaches', async () => {
    await page.getByRole('textbox', { name: 'Your question' }).focus();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      const ring = await hostOf(page).evaluate((host) => {
        const el = host.shadowRoot!.activeElement!;
        const style = getComputedStyle(el);
        return { what: `${el.localName}:${el.textContent}`, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(ring.outline, ring.what).toBe('solid');
      expect(ring.width, ring.what).toBeGreaterThanOrEqual(2);
    }
  });

  it('closes with Escape and gives the focus back to the launcher', async () => {
    await page.keyboard.press('Escape');
    await panelOf(page).waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('button[Open chat: questions about our treatments]:Questions?');
    await expect(launcherOf(page).getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it('opens again with the conversation still there', async () => {
    await page.keyboard.press('Enter');
    await panelOf(page).waitFor();
    await expect(page.locator('.message.answer').count()).resolves.toBe(1);
    await expect.poll(() => focused(page)).toBe('input[Your question]:');
  });
});

describe('The widget, for screen readers and sensitive eyes', () => {
  it('announces each reply\'s text through its one polite live region', async () => {
    const page = await openPage(env.browser, env.url);
    await openChat(page);
    const regions = hostOf(page).locator('[aria-live], [role="log"], [role="alert"], [role="status"]');
    await expect(regions.count()).resolves.toBe(1);
    await expect(regions.getAttribute('aria-live')).resolves.toBe('polite');
    const answer = await askFor(page, 'Does it hurt?', 'answer');
    const said = (await answer.locator('.bubble > div').first().textContent())!.trim();
    await expect(regions.textContent()).resolves.toBe(said);
    await page.context().close();
  });

  it('gives every control a target of at least 24×24 px, and the main ones 44 px', async () => {
    const page = await withAnswer(env.browser, env.url, { viewport: PHONE, isMobile: true, hasTouch: true });
    await askFor(page, 'Do you take my insurance?', 'handoff');
    const sizes = await hostOf(page).evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll<HTMLElement>('.panel :is(button, summary, input, .action)')].map((el) => {
        const { width, height } = el.getBoundingClientRect();
        return { what: `${el.localName}.${el.className}:${el.textContent?.trim().slice(0, 20)}`, width, height };
      }),
    );
    for (const size of sizes) {
      expect(Math.min(size.width, size.height), size.what).toBeGreaterThanOrEqual(24);
      if (!/rate|summary/.test(size.what)) expect(size.height, size.what).toBeGreaterThanOrEqual(44);
    }
    await page.context().close();
  });

  it.each([
    ['reduce', 'none', 'auto'],
    ['no-preference', 'faq-chat-open', 'smooth'],
  ] as const)('with reduced motion "%s", animates the panel with %s and scrolls %s', async (reducedMotion, animation, scroll) => {
    const page = await openPage(env.browser, env.url, { reducedMotion });
    await openChat(page);
    const styles = await hostOf(page).evaluate((host) => ({
      animation: getComputedStyle(host.shadowRoot!.querySelector('.panel')!).animationName,
      scroll: getComputedStyle(host.shadowRoot!.querySelector('.messages')!).scrollBehavior,
    }));
    expect(styles).toEqual({ animation, scroll });
    await page.context().close();
  });

  it('follows the visitor\'s colour scheme', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage(env.browser, env.url, { colorScheme });
      await openChat(page);
      colours.push(await panelOf(page).evaluate((panel) => `${getComputedStyle(panel).backgroundColor} ${getComputedStyle(panel).colorScheme}`));
      await page.context().close();
    }
    expect(colours).toEqual(['rgb(255, 255, 255) light', 'rgb(22, 25, 29) dark']);
  });
});
