import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { askFor, boxOf, hostOf, launcherOf, openChat, openPage, panelOf, withBrowser } from './fixtures/widget/widgetPage.js';

/** The computed styles that make the widget look as it does. */
const LOOK = ['font-size', 'font-family', 'font-weight', 'line-height', 'color', 'background-color', 'padding-top', 'padding-left', 'border-radius', 'display', 'opacity', 'transform', 'letter-spacing', 'visibility'];

async function lookOf(locator: Locator) {
  const style = await locator.evaluate((el, names) => {
    const computed = getComputedStyle(el);
    return Object.fromEntries(names.map((name) => [name, computed.getPropertyValue(name)]));
  }, LOOK);
  return { box: await boxOf(locator), style };
}

/** What is drawn at the centre of `locator`, as the page sees it (the host, for anything in the widget). */
function hitAtCentre(page: Page, locator: Locator) {
  return locator.evaluate((el) => {
    const { left, top, width, height } = el.getBoundingClientRect();
    const hit = document.elementFromPoint(left + width / 2, top + height / 2);
    return hit?.localName ?? null;
  });
}

const env = withBrowser();

describe('The widget on a hostile page (!important resets, huge fonts, z-index wars, a fixed header, a transformed body)', () => {
  let demo: Page;
  let hostile: Page;

  beforeAll(async () => {
    [demo, hostile] = await Promise.all([openPage(env.browser, env.url), openPage(env.browser, `${env.url}hostile.html`)]);
  });

  it('is really hostile: the page\'s own text is 40px and its buttons are hidden', async () => {
    const pageText = await hostile.locator('main p').evaluate((p) => getComputedStyle(p).fontSize);
    expect(pageText).toBe('40px');
    await expect(hostile.locator('#page-button').isVisible()).resolves.toBe(false);
  });

  it('draws the launcher exactly as on the demo page', async () => {
    expect(await lookOf(launcherOf(hostile))).toEqual(await lookOf(launcherOf(demo)));
  });

  it('keeps its host element at 0×0 and the launcher on top of elements at the maximum z-index', async () => {
    await expect(boxOf(hostOf(hostile))).resolves.toMatchObject({ width: 0, height: 0 });
    await expect(hitAtCentre(hostile, launcherOf(hostile))).resolves.toBe('faq-chat-widget');
  });

  it('opens a panel that looks and measures as on the demo page', async () => {
    const [demoPanel, hostilePanel] = await Promise.all([openChat(demo), openChat(hostile)]);
    expect(await lookOf(hostilePanel)).toEqual(await lookOf(demoPanel));
    for (const part of ['.header h2', '.disclaimer', '.bubble', '.chip', '.composer input', '.send']) {
      expect(await lookOf(hostile.locator(part).first()), part).toEqual(await lookOf(demo.locator(part).first()));
    }
  });

  it('answers as on the demo page, sources and all', async () => {
    const [onDemo, onHostile] = await Promise.all([
      askFor(demo, 'How many sessions will I need?', 'answer'),
      askFor(hostile, 'How many sessions will I need?', 'answer'),
    ]);
    await Promise.all([onDemo.getByText('Sources').click(), onHostile.getByText('Sources').click()]);
    for (const part of ['.bubble', '.sources a', '.sources blockquote', '.feedback .rate']) {
      expect(await lookOf(onHostile.locator(part).first()), part).toEqual(await lookOf(onDemo.locator(part).first()));
    }
  });

  it('stays on top of the fixed header and the z-index wars while open', async () => {
    const panel = panelOf(hostile);
    for (const part of [panel.locator('.header'), panel.locator('.messages'), panel.locator('.send')]) {
      await expect(hitAtCentre(hostile, part)).resolves.toBe('faq-chat-widget');
    }
  });
});

describe('The widget on a page whose body or root element is transformed, filtered or contained', () => {
  /** The launcher's and the open panel's distance from the viewport's right and bottom edges. */
  const insetsOf = (page: Page, locator: Locator) =>
    locator.evaluate((el) => {
      const { right, bottom } = el.getBoundingClientRect();
      return { right: Math.round(innerWidth - right), bottom: Math.round(innerHeight - bottom) };
    });

  // Each of these makes the element the containing block of position: fixed descendants.
  const rules = ['transform: translateX(10px)', 'filter: saturate(1.1)', 'perspective: 500px', 'contain: paint', 'will-change: transform', 'backdrop-filter: blur(1px)'];
  it.each(['body', 'html'].flatMap((element) => rules.map((rule) => [element, rule])))(
    'keeps the launcher and the panel in the bottom corner of the screen, scrolled, with %s { %s }',
    async (element, rule) => {
    const page = await openPage(env.browser, env.url);
    await page.addStyleTag({ content: `${element} { ${rule} !important; } body { min-height: 300vh !important; }` });
    await page.evaluate(() => scrollTo(0, innerHeight));
    await expect(insetsOf(page, launcherOf(page))).resolves.toEqual({ right: 20, bottom: 20 });
    await expect(hitAtCentre(page, launcherOf(page))).resolves.toBe('faq-chat-widget');
    await expect(insetsOf(page, await openChat(page))).resolves.toEqual({ right: 20, bottom: 20 });
    await page.context().close();
  });

  it("paints no backdrop behind the widget when the page styles its dialogs' ::backdrop", async () => {
    const page = await openPage(env.browser, env.url);
    await page.addStyleTag({ content: '::backdrop { background: rgb(0 0 0 / 0.6) !important; }' });
    await openChat(page);
    const backdrop = await page.evaluate((tag) => getComputedStyle(document.querySelector(tag)!, '::backdrop').display, 'faq-chat-widget');
    expect(backdrop).toBe('none');
    await page.context().close();
  });
});

describe('The widget and the page around it', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openPage(env.browser, env.url);
  });

  /** What the page hit-tests at a point in the widget's corner, beside the launcher and where the panel opens. */
  const cornerHits = () =>
    page.evaluate(() => {
      const { innerWidth: w, innerHeight: h } = window;
      return [[w - 200, h - 400], [w - 30, h - 120], [w - 300, h - 30]].map(([x, y]) => document.elementFromPoint(x!, y!)?.localName);
    });

  it('blocks no clicks on the page while closed: only the launcher is a target', async () => {
    const hits = await cornerHits();
    expect(hits.includes('faq-chat-widget'), hits.join()).toBe(false);
  });

  it('blocks no clicks after it has been opened and closed again', async () => {
    await openChat(page);
    await askFor(page, 'Does it hurt?', 'answer');
    await page.getByRole('button', { name: 'Close chat' }).click();
    const hits = await cornerHits();
    expect(hits.includes('faq-chat-widget'), hits.join()).toBe(false);
  });

  it('adds no global name, no style to the page but one for its own element, and nothing outside its shadow root when used', async () => {
    await page.reload();
    await launcherOf(page).waitFor();
    const pageRules = await page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)));
    expect(pageRules).toEqual(['faq-chat-widget::backdrop { display: none !important; }']);
    const snapshot = () =>
      page.evaluate(() => ({
        globals: Object.keys(window).sort(),
        sheets: document.styleSheets.length + document.adoptedStyleSheets.length,
        elements: document.querySelectorAll('*').length,
      }));
    const before = await snapshot();
    await openChat(page);
    await askFor(page, 'How many sessions will I need?', 'answer');
    await askFor(page, 'Do you take my insurance?', 'handoff');
    await page.getByRole('button', { name: 'Close chat' }).click();
    expect(await snapshot()).toEqual(before);
  });
});
