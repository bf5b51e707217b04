import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, serve } from '../../tests/browser/browser.js';

const TIMEOUT_MS = 60_000;

export interface UninspectedLoad {
  /** Longest main-thread task from opening the chat until its first answer, in ms (0 when none reached 50 ms). */
  longestTaskMs: number;
  /** Opening the chat, with a question asked at once, until its answer is in the panel, in ms. */
  openToReadyMs: number;
}

/**
 * Opens the chat on the demo page, asks `question` at once, and records the
 * long tasks until the answer is in the panel (the greeting shows as soon as
 * the knowledge is read, before the answers are indexed), in a Chromium that
 * no automation client is attached to: the page
 * reports back over HTTP. Under Playwright, DevTools' network inspection
 * decodes each response body on the main thread once it has arrived (about
 * 80 ms for a 9 MB knowledge file), a task no visitor's browser runs.
 */
export async function measureLoadUninspected(dir: string, selectors: { host: string; reply: string }, question: string): Promise<UninspectedLoad> {
  const folder = mkdtempSync(join(tmpdir(), 'faq-chat-uninspected-'));
  let report: (load: UninspectedLoad) => void = () => undefined;
  const reported = new Promise<UninspectedLoad>((done) => (report = done));
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      response.end();
      report(JSON.parse(body) as UninspectedLoad);
    });
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  const reportUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
  writeFileSync(join(folder, 'index.html'), readFileSync('demo/index.html', 'utf8').replace('<head>', `<head><script>${probe(reportUrl, selectors, question)}</script>`));
  const server = await serve({ roots: [folder, 'demo', dir] });
  // Its own process group, so that stopping it stops every process Chromium started.
  const chromium = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${join(folder, 'profile')}`, server.url], { stdio: 'ignore', detached: true });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      reported,
      new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error('[faq-chat] bench: the uninspected page never reported')), TIMEOUT_MS))),
    ]);
  } finally {
    clearTimeout(timer);
    const exited = new Promise((done) => chromium.once('exit', done));
    process.kill(-chromium.pid!, 'SIGKILL');
    await exited;
    await server.close();
    receiver.close();
    rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

/**
 * Plain JavaScript run first in the page: opens the chat and asks in a task of
 * its own once the page has loaded (so the page's own loading is not counted),
 * and reports when the answer is in the panel.
 */
function probe(reportUrl: string, { host, reply }: { host: string; reply: string }, question: string): string {
  return `(() => {
  const tasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e); }).observe({ type: 'longtask', buffered: true });
  addEventListener('load', () => setTimeout(() => {
    const start = performance.now();
    window.FaqChat('open');
    window.FaqChat('ask', ${JSON.stringify(question)});
    const poll = () => {
      if (!document.querySelector(${JSON.stringify(host)})?.shadowRoot?.querySelector(${JSON.stringify(reply)})) return setTimeout(poll, 5);
      const during = tasks.filter((t) => t.startTime + t.duration >= start);
      const load = { longestTaskMs: Math.max(0, ...during.map((t) => t.duration)), openToReadyMs: performance.now() - start };
      fetch(${JSON.stringify(reportUrl)}, { method: 'POST', mode: 'no-cors', body: JSON.stringify(load) });
    };
    poll();
  }));
})();`;
}
