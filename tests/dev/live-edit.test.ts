import { setTimeout } from 'node:timers/promises';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { faqChatDev } from '../../scripts/devPlugin.js';
import { DIST_FILES } from '../../scripts/bundles.js';
import { problemText } from '../../src/knowledge/problemText.js';
import type { CompiledKnowledge } from '../../src/knowledge/types.js';
import { MINIMAL_KB } from '../helpers.js';
import { copyKnowledge, fileIn, removeCopies, replace, type Edit } from '../knowledge/copyKnowledge.js';

/** The widget's watch builds the dev plugin starts, and how many of them have closed. */
const widgetBuilds = vi.hoisted(() => ({ started: 0, closed: 0 }));

vi.mock('vite', async (importOriginal) => {
  const vite = await importOriginal<typeof import('vite')>();
  const build: typeof vite.build = async (config) => {
    const result = await vite.build(config);
    if ('on' in result) {
      widgetBuilds.started++;
      result.on('close', () => void widgetBuilds.closed++);
    }
    return result;
  };
  return { ...vite, build };
});

const SESSIONS = 'qa/sessions.md';
/** Vite's file watcher (chokidar) drops a second change to one file within 50 ms of the first. */
const CHANGE_THROTTLE = 100;
/** How long a save may take to reach the served answers. */
const SAVE_TIMEOUT = { timeout: 10_000, interval: 100 };

describe('Live editing with the dev server (npm run dev)', { timeout: 15_000 }, () => {
  let server: ViteDevServer;
  let kbDir: string;
  let sentToPage: MockInstance;
  let loggedErrors: MockInstance;

  beforeAll(async () => {
    kbDir = copyKnowledge(MINIMAL_KB);
    server = await createServer({ configFile: false, root: 'demo', logLevel: 'silent', server: { port: 0 }, plugins: [faqChatDev(kbDir)] });
    sentToPage = vi.spyOn(server.ws, 'send');
    loggedErrors = vi.spyOn(server.config.logger, 'error');
    await server.listen();
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    removeCopies();
  });

  async function servedKnowledge(): Promise<CompiledKnowledge> {
    const response = await fetch(new URL(DIST_FILES.knowledge, server.resolvedUrls!.local[0]));
    expect(response.status).toBe(200);
    return (await response.json()) as CompiledKnowledge;
  }

  async function servedAnswer(id: string): Promise<string | undefined> {
    return (await servedKnowledge()).entries.find((entry) => entry.id === id)?.html;
  }

  /** Edits the folder as an editor's save would, after Vite's watcher can see a second change to a file. */
  async function save(edit: Edit) {
    await setTimeout(CHANGE_THROTTLE);
    sentToPage.mockClear();
    loggedErrors.mockClear();
    edit(kbDir);
  }

  it('serves the compiled knowledge of the folder', async () => {
    expect((await servedKnowledge()).entries.map((entry) => entry.id)).toEqual(['sessions', 'side-effects', 'what-is-it']);
  });

  it('serves an edited answer after a save, and reloads the page', async () => {
    await save(replace(SESSIONS, /^It varies.*$/m, 'It differs for each person. Most people need a few sessions.'));
    await vi.waitFor(async () => expect(await servedAnswer('sessions')).toContain('It differs for each person.'), SAVE_TIMEOUT);
    expect(sentToPage).toHaveBeenCalledWith({ type: 'full-reload' });
  });

  it('shows a broken file\'s problem at its file and line, and keeps serving the last good answers', async () => {
    await save(replace(SESSIONS, 'tags: [sessions]', 'tags: [sessions'));
    const file = fileIn(kbDir, SESSIONS);
    const problemLine = `${file}:8: ${problemText.badYaml(file, 8, '').message}`;
    await vi.waitFor(() => {
      expect(sentToPage).toHaveBeenCalledWith({
        type: 'error',
        err: expect.objectContaining({ message: expect.stringContaining(problemLine), plugin: 'faq-chat' }),
      });
    }, SAVE_TIMEOUT);
    expect(loggedErrors).toHaveBeenCalledWith(expect.stringContaining(problemLine));
    expect(await servedAnswer('sessions')).toContain('It differs for each person.');
  });

  it('serves the new answers once the file is fixed', async () => {
    await save(replace(SESSIONS, /tags: \[sessions\n([\s\S]*)Most people need a few sessions\./, 'tags: [sessions]\n$1Your clinician will suggest a number.'));
    await vi.waitFor(async () => expect(await servedAnswer('sessions')).toContain('Your clinician will suggest a number.'), SAVE_TIMEOUT);
    expect(sentToPage).toHaveBeenCalledWith({ type: 'full-reload' });
  });

  // Fails until scripts/devPlugin.ts closes its watch builds when the server closes.
  it('stops the widget\'s watch builds when the server closes', async () => {
    expect(widgetBuilds.started).toBe(2);
    await server.close();
    await vi.waitFor(() => expect(widgetBuilds.closed).toBe(2));
  });
});
