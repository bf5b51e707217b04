import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createStaticServer, type StaticServerOptions } from '../../scripts/staticServer.js';

/** Where globalSetup builds dist/ for the browser tests. */
export const BROWSER_DIST = resolve('.cache/browser-dist');

/** Debian's Chromium; nothing downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags every Chromium here runs with (Debian's build, headless, nothing fetched in the background). */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(extraFlags: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, ...extraFlags], headless: true });
}

/** Serves the demo page (or test fixtures) and the built widget on a free loopback port. */
export async function serve(options: Partial<StaticServerOptions> = {}) {
  const server = createStaticServer({ roots: ['demo', BROWSER_DIST], ...options });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** Opens the chat from its launcher and asks a question by typing it, as a visitor would. */
export async function askInWidget(page: Page, question: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Your question' });
  await input.fill(question);
  await input.press('Enter');
}
