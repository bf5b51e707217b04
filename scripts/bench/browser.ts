import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { STRINGS } from '../../src/ui/strings.js';
import { launchBrowser, serve } from '../../tests/browser/browser.js';
import { readSplit, SPLITS } from '../../tests/eval/evaluate.js';
import { DIST_FILES } from '../bundles.js';
import { compileSynthetic } from './compileSynthetic.js';
import { measureLoadUninspected } from './loadUninspected.js';
import { FIRST_QUESTION, machine, questionsOf, spreadOrder } from './measureSize.js';
import { quantile } from './stats.js';
import type { BrowserReport, BrowserVariant, Bytes, Spread } from './types.js';

/** Where the bench builds the widget: `real/` as `npm run build` makes it, `10000/` the same with synthetic knowledge. */
export const BENCH_DIST = resolve('.cache/bench-dist');
/** Entries of the large knowledge base measured in the browser. */
const LARGE_SIZE = 10_000;
/** Cold loads of the demo page for the launcher figures. */
const LAUNCHER_RUNS = 9;
/** Loads per knowledge base with no automation client attached. */
const UNINSPECTED_RUNS = 3;
/** Questions typed per knowledge base after the first answer. */
const QUESTIONS = 40;
/**
 * Chromium flags that draw a frame as soon as there is something to show
 * instead of at the next 60 Hz vsync. Enter lands at a random point of the
 * frame, so with vsync the wait for the frame alone adds up to 16.7 ms
 * (a page that only appends one element on Enter measures 20 ms p95); without
 * it, Enter → painted is the widget's own work: script, style, layout, paint.
 */
const FRAMES_ON_DEMAND = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];
/** Trace categories: enough for script, task and rendering events and our marks, little enough to keep overhead low. */
const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline'];
/** Main-thread events that are rendering work. */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
/** A reply in the panel: an assistant message that is neither the greeting nor the "loading" notice. */
const REPLY_SELECTOR = 'li.message.assistant:not(.greeting):not(.status)';
const GREETING_SELECTOR = 'li.message.greeting';
const HOST_TAG = 'faq-chat-widget';
const PAGE_TIMEOUT_MS = 60_000;

export interface BrowserOptions {
  seed: number;
  /** CPU slow-down through CDP, as a mid-range phone (4) would be. Default 1: none. */
  cpuThrottle?: number;
  log?: (line: string) => void;
}

/**
 * Measures the widget on the demo page in headless Chromium: main-thread time
 * of faq-chat.js before the launcher shows, and Enter → answer painted with
 * the real knowledge and with 10,000 entries, with the JavaScript bytes loaded.
 */
export async function benchBrowser({ seed, cpuThrottle = 1, log = () => undefined }: BrowserOptions): Promise<BrowserReport> {
  log('browser: building the widget');
  const dists = buildDists(seed);
  // One Chromium at a time, so that none of them measures another's work.
  const atVsync = await withBrowser([], async (browser) => {
    log(`browser: ${LAUNCHER_RUNS} cold loads for the launcher`);
    const launcher = await measureLauncher(browser, dists[0]![1], cpuThrottle);
    const variants = [];
    for (const [name, dir] of dists) {
      log(`browser: asking questions with the ${name} knowledge at 60 Hz`);
      variants.push(await measureVariant(browser, name, dir, cpuThrottle, { trace: false }));
    }
    return { launcher, variants, chromium: `Chromium ${browser.version()}` };
  });
  const onDemand = await withBrowser(FRAMES_ON_DEMAND, async (browser) => {
    const variants = [];
    for (const [name, dir] of dists) {
      log(`browser: asking them again with the ${name} knowledge, frames on demand`);
      const { enterToPaint } = await measureVariant(browser, name, dir, cpuThrottle, { trace: false });
      // Tracing slows every task a little, so where the time goes is read in a run of its own.
      log(`browser: and once more, traced, to see where the time goes`);
      const { busyInEnterToPaint, renderingInEnterToPaint } = await measureVariant(browser, name, dir, cpuThrottle, { trace: true });
      variants.push({ enterToPaint, busyInEnterToPaint: busyInEnterToPaint!, renderingInEnterToPaint: renderingInEnterToPaint! });
    }
    return variants;
  });
  const variants: BrowserVariant[] = [];
  for (const [i, [name, dir]] of dists.entries()) {
    log(`browser: ${UNINSPECTED_RUNS} loads of the ${name} knowledge with no automation client`);
    const { enterToPaint, busyInEnterToPaint, renderingInEnterToPaint } = onDemand[i]!;
    const vsynced = atVsync.variants[i]!;
    variants.push({ ...vsynced, enterToPaint, busyInEnterToPaint, renderingInEnterToPaint, enterToPaintAtVsync: vsynced.enterToPaint, uninspected: await uninspectedLoads(dir) });
  }
  return { machine: machine(), chromium: atVsync.chromium, cpuThrottle, launcher: atVsync.launcher, variants };
}

async function withBrowser<T>(flags: readonly string[], use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser(flags);
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/** The worst longest task and the median time to ready over a few loads with no automation client attached. */
async function uninspectedLoads(dir: string): Promise<BrowserVariant['uninspected']> {
  const loads = [];
  for (let run = 0; run < UNINSPECTED_RUNS; run++) loads.push(await measureLoadUninspected(dir, { host: HOST_TAG, reply: REPLY_SELECTOR }, FIRST_QUESTION));
  return {
    longestTaskMs: Math.max(...loads.map((l) => l.longestTaskMs)),
    openToReadyMs: quantile(loads.map((l) => l.openToReadyMs), 0.5),
  };
}

/** Builds dist as `npm run build` does, and a copy whose knowledge is the synthetic 10,000 entries. */
function buildDists(seed: number): [name: string, dir: string][] {
  const real = join(BENCH_DIST, 'real');
  const large = join(BENCH_DIST, String(LARGE_SIZE));
  rmSync(BENCH_DIST, { recursive: true, force: true });
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', real], { stdio: ['ignore', 'ignore', 'inherit'] });
  cpSync(real, large, { recursive: true });
  writeFileSync(join(large, DIST_FILES.knowledge), compileSynthetic(LARGE_SIZE, { seed }).json);
  return [['real', real], [String(LARGE_SIZE), large]];
}

/**
 * Runs in the page before anything else: records long tasks, marks the frame
 * that first shows the launcher, and times Enter → reply painted. "Painted" is
 * the task after the next animation frame once the reply is in the DOM: by
 * then the frame holding it has been styled, laid out and painted.
 * Plain JavaScript in a string: functions passed to the page must not carry
 * the helpers tsx adds to compiled TypeScript.
 */
const PROBE = `(() => {
  const b = (window.__faqBench = { longTasks: [], launcherPaintedAt: 0, pending: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const afterPaint = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  });
  const shadow = () => document.querySelector(${JSON.stringify(HOST_TAG)})?.shadowRoot;
  const replies = () => shadow()?.querySelectorAll(${JSON.stringify(REPLY_SELECTOR)}).length ?? 0;
  const ready = () => {
    const greeting = shadow()?.querySelector(${JSON.stringify(GREETING_SELECTOR)});
    return !!greeting && !greeting.textContent.includes(${JSON.stringify(STRINGS.loading)});
  };
  new MutationObserver((_, observer) => {
    if (!document.querySelector(${JSON.stringify(HOST_TAG)})) return;
    observer.disconnect();
    afterPaint((t) => { performance.mark('faq-launcher-painted'); b.launcherPaintedAt = t; });
  }).observe(document, { childList: true, subtree: true });
  /** Resolves when, after the next click, the panel shows the greeting: the knowledge has been read. */
  b.armOpen = () => {
    b.pending = new Promise((resolve) => {
      addEventListener('click', (event) => {
        const start = event.timeStamp;
        const poll = () => (ready() ? afterPaint((t) => resolve({ start, painted: t })) : requestAnimationFrame(poll));
        poll();
      }, { capture: true, once: true });
    });
  };
  /** Resolves when, after the next Enter, a new reply has been painted. */
  b.armEnter = (label) => {
    const before = replies();
    b.pending = new Promise((resolve) => {
      const onKey = (event) => {
        if (event.key !== 'Enter') return;
        removeEventListener('keydown', onKey, true);
        const start = event.timeStamp;
        performance.mark('faq-enter-' + label);
        const check = () => {
          if (replies() <= before) return;
          observer.disconnect();
          afterPaint((t) => { performance.mark('faq-painted-' + label); resolve({ start, painted: t }); });
        };
        const observer = new MutationObserver(check);
        observer.observe(shadow(), { childList: true, subtree: true });
      };
      addEventListener('keydown', onKey, true);
    });
  };
  /** Resource Timing of every script and JSON so far, and of those loaded by the load event. */
  b.resources = () => {
    const loadAt = performance.getEntriesByType('navigation')[0]?.loadEventStart || Infinity;
    return performance.getEntriesByType('resource')
      .filter((r) => /\\.(m?js|json)(\\?|$)/.test(r.name))
      .map((r) => ({ url: r.name, encoded: r.encodedBodySize, decoded: r.decodedBodySize, onLoad: r.responseEnd <= loadAt }));
  };
})();`;

interface Timing {
  start: number;
  painted: number;
}
interface Resource {
  url: string;
  encoded: number;
  decoded: number;
  onLoad: boolean;
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

async function openPage(browser: Browser, cpuThrottle: number): Promise<{ context: BrowserContext; page: Page; metrics: () => Promise<Record<string, number>> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (cpuThrottle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  await page.addInitScript({ content: PROBE });
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  return { context, page, metrics };
}

/**
 * Cold loads of the demo page, each in a fresh context (no HTTP or code cache).
 * The chat code and knowledge are held back while measuring, so the chat's
 * idle-time preload cannot land in the figures of the launcher.
 */
async function measureLauncher(browser: Browser, dir: string, cpuThrottle: number): Promise<BrowserReport['launcher']> {
  const server = await serve({ roots: ['demo', dir] });
  const runs: { script: number; rendering: number; metricsScript: number; visibleAt: number }[] = [];
  try {
    for (let run = 0; run < LAUNCHER_RUNS; run++) {
      const { context, page, metrics } = await openPage(browser, cpuThrottle);
      await page.route(/faq-chat-(app\.js|knowledge\.json)/, () => undefined);
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await page.goto(server.url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction('window.__faqBench.launcherPaintedAt > 0');
      const scriptDuration = (await metrics()).ScriptDuration ?? 0;
      const events = parseTrace(await browser.stopTracing());
      runs.push({
        ...launcherWork(events),
        metricsScript: scriptDuration * 1000,
        visibleAt: (await page.evaluate('window.__faqBench.launcherPaintedAt')) as number,
      });
      await context.close();
    }
  } finally {
    await server.close();
  }
  return {
    scriptMs: spread(runs.map((r) => r.script)),
    renderingMs: spread(runs.map((r) => r.rendering)),
    metricsScriptMs: spread(runs.map((r) => r.metricsScript)),
    visibleAtMs: spread(runs.map((r) => r.visibleAt)),
  };
}

/** faq-chat.js's own main-thread work up to the launcher's frame, and the rendering after it, in ms. */
function launcherWork(events: TraceEvent[]): { script: number; rendering: number } {
  const mark = events.find((e) => e.name === 'faq-launcher-painted');
  if (!mark) throw new Error('[faq-chat] bench: the trace has no launcher mark');
  const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.ts < mark.ts);
  const ours = (e: TraceEvent) => e.args?.data?.url?.endsWith(`/${DIST_FILES.loader}`) ?? false;
  const evaluations = main.filter((e) => e.name === 'EvaluateScript' && ours(e));
  const inside = (e: TraceEvent) => evaluations.some((s) => e.ts >= s.ts && e.ts < s.ts + (s.dur ?? 0));
  const calls = main.filter((e) => (e.name === 'FunctionCall' || e.name === 'v8.compile') && ours(e) && !inside(e));
  const scriptEnd = Math.max(0, ...evaluations.map((e) => e.ts + (e.dur ?? 0)));
  const rendering = main.filter((e) => RENDERING.has(e.name) && e.ts >= scriptEnd);
  const total = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  return { script: total([...evaluations, ...calls]), rendering: total(rendering) };
}

/** Opens the chat and asks questions by typing them, with one knowledge base. */
async function measureVariant(
  browser: Browser,
  name: string,
  dir: string,
  cpuThrottle: number,
  { trace }: { trace: boolean },
): Promise<Omit<BrowserVariant, 'uninspected' | 'enterToPaintAtVsync' | 'busyInEnterToPaint' | 'renderingInEnterToPaint'> & Partial<BrowserVariant>> {
  const server = await serve({ roots: ['demo', dir] });
  const { context, page } = await openPage(browser, cpuThrottle);
  try {
    await page.goto(server.url);
    await page.waitForFunction('window.__faqBench.launcherPaintedAt > 0');
    await page.evaluate('window.__faqBench.armOpen()');
    await page.getByRole('button', { name: STRINGS.launcherLabel }).click();
    const opened = (await page.evaluate('window.__faqBench.pending')) as Timing;

    const input = page.getByRole('textbox', { name: STRINGS.inputLabel });
    const ask = async (question: string, label: string): Promise<Timing> => {
      await input.fill(question);
      await page.evaluate(`window.__faqBench.armEnter(${JSON.stringify(label)})`);
      await input.press('Enter');
      return (await page.evaluate('window.__faqBench.pending')) as Timing;
    };
    // The greeting shows once the knowledge is read; a question asked then waits for the index, so the
    // load is over when the first answer is painted.
    const first = await ask(FIRST_QUESTION, 'first');
    const longTasks = (await page.evaluate('window.__faqBench.longTasks')) as { start: number; duration: number }[];
    const longTasksToReady = longTasks.filter((t) => t.start + t.duration <= first.painted);
    const afterFirst = (await page.evaluate('window.__faqBench.resources()')) as Resource[];

    const questions = questionsOf(spreadOrder(SPLITS.flatMap((s) => readSplit(s)).filter((item) => !('conversation' in item)))).slice(0, QUESTIONS);
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const timings: Timing[] = [];
    for (const [i, q] of questions.entries()) timings.push(await ask(q, String(i)));
    const events = trace ? parseTrace(await browser.stopTracing()) : [];
    const inEachWindow = (counts: (e: TraceEvent) => boolean) =>
      spread(questions.map((_, i) => busyBetween(events, `faq-enter-${i}`, `faq-painted-${i}`, counts)));

    const js = (list: Resource[]) => bytesOf(dir, list.filter((r) => /\.m?js(\?|$)/.test(r.url)));
    const knowledge = (await page.evaluate('window.__faqBench.resources()')) as Resource[];
    return {
      name,
      entries: (JSON.parse(readFileSync(join(dir, DIST_FILES.knowledge), 'utf8')) as { entries: unknown[] }).entries.length,
      openToReadyMs: opened.painted - opened.start,
      longestTaskOnOpenMs: Math.max(0, ...longTasksToReady.map((t) => t.duration)),
      longTasksOnOpenMs: longTasksToReady.reduce((sum, t) => sum + t.duration, 0),
      firstAnswerMs: first.painted - first.start,
      enterToPaint: spread(timings.map((t) => t.painted - t.start)),
      ...(trace
        ? { busyInEnterToPaint: inEachWindow((e) => e.name === 'RunTask'), renderingInEnterToPaint: inEachWindow((e) => RENDERING.has(e.name)) }
        : {}),
      js: { onLoad: js(afterFirst.filter((r) => r.onLoad)), afterFirstAnswer: js(afterFirst) },
      knowledge: bytesOf(dir, knowledge.filter((r) => r.url.endsWith(DIST_FILES.knowledge))),
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/** Main-thread time in the events chosen between two marks (events cut at the marks), in ms. */
function busyBetween(events: TraceEvent[], from: string, to: string, counts: (e: TraceEvent) => boolean): number {
  const start = events.find((e) => e.name === from);
  const end = events.find((e) => e.name === to);
  if (!start || !end) return Number.NaN;
  return (
    events
      .filter((e) => counts(e) && e.ph === 'X' && e.pid === start.pid && e.tid === start.tid)
      .reduce((sum, e) => sum + Math.max(0, Math.min(e.ts + (e.dur ?? 0), end.ts) - Math.max(e.ts, start.ts)), 0) / 1000
  );
}

/** Sizes as Resource Timing reports them, and gzip -9 of the same files in dist. */
function bytesOf(dir: string, resources: Resource[]): Bytes {
  return resources.reduce(
    (sum, r) => {
      const file = join(dir, new URL(r.url).pathname);
      return { encoded: sum.encoded + r.encoded, decoded: sum.decoded + r.decoded, gzip: sum.gzip + gzipSync(readFileSync(file), { level: 9 }).length };
    },
    { encoded: 0, decoded: 0, gzip: 0 },
  );
}

function parseTrace(buffer: Buffer): TraceEvent[] {
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(trace) ? trace : trace.traceEvents ?? [];
}

function spread(values: number[]): Spread {
  const valid = values.filter((v) => Number.isFinite(v));
  return { median: quantile(valid, 0.5), p95: quantile(valid, 0.95), max: Math.max(...valid), count: valid.length };
}
