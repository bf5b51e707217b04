import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STORAGE_KEY, defaultStorage, loadConversation } from '../../src/ui/conversationStore.js';
import { STRINGS } from '../../src/ui/strings.js';
import { createEngine } from '../../src/engine/createEngine.js';
import type { ConversationStorage } from '../../src/ui/types.js';
import { REAL_KB, knowledgeFrom } from '../helpers.js';
import { ask, conversation, memoryStorage, renderPanel } from './renderPanel.js';

const SESSIONS = /a course usually takes 3 to 6 sessions/;

/** Opens the panel, asks about sessions and leaves: a visitor moving on to the clinic's next page. */
async function visitAndAsk(storage: ConversationStorage | null) {
  const { unmount } = renderPanel({ storage });
  ask('how many sessions');
  await conversation().findByText(SESSIONS);
  unmount();
}

const throwing = (): ConversationStorage => ({
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
});

describe('The conversation, across the clinic\'s pages', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is still there on the next page in the same tab', async () => {
    const storage = memoryStorage();
    await visitAndAsk(storage);
    renderPanel({ storage });
    expect(conversation().getByText('how many sessions')).toBeTruthy();
    expect(conversation().getByText(SESSIONS)).toBeTruthy();
  });

  it('is kept in sessionStorage under "faq-chat:conversation" by default', async () => {
    renderPanel({ storage: undefined });
    ask('how many sessions');
    await conversation().findByText(SESSIONS);
    expect(sessionStorage.getItem(DEFAULT_STORAGE_KEY)).toContain('how many sessions');
  });

  it('is kept under the storage key the embed gives', async () => {
    const storage = memoryStorage();
    renderPanel({ storage, storageKey: 'clinic-a' });
    ask('how many sessions');
    await conversation().findByText(SESSIONS);
    expect([...storage.data.keys()]).toEqual(['clinic-a']);
  });

  it('remembers feedback, so "Was this helpful?" is asked once per answer', async () => {
    const storage = memoryStorage();
    const { unmount } = renderPanel({ storage });
    ask('how many sessions');
    fireEvent.click(await screen.findByRole('button', { name: STRINGS.helpfulNo }));
    unmount();
    renderPanel({ storage });
    expect(screen.getByText(STRINGS.helpfulThanks)).toBeTruthy();
    expect(screen.queryByRole('button', { name: STRINGS.helpfulNo })).toBeNull();
  });

  it('answers a follow-up on the next page about the last answer, without asking the past questions again', async () => {
    const engine = createEngine(knowledgeFrom(REAL_KB));
    const storage = memoryStorage();
    const { unmount } = renderPanel({ storage, answerer: engine });
    ask('what are the side effects?');
    ask('how many sessions will I need?');
    ask('what are the side effects?');
    unmount();
    const asked: string[] = [];
    renderPanel({ storage, answerer: { ask: (question, context) => (asked.push(question), engine.ask(question, context)) } });
    ask('how long do they last?');
    expect(await conversation().findByText(/settles within a few days/)).toBeTruthy();
    expect(asked).toEqual(['how long do they last?']);
  });

  it('reads a follow-up on its own after "Start over"', () => {
    const storage = memoryStorage();
    const { unmount } = renderPanel({ storage, answerer: createEngine(knowledgeFrom(REAL_KB)) });
    ask('what are the side effects?');
    unmount();
    renderPanel({ storage, answerer: createEngine(knowledgeFrom(REAL_KB)) });
    fireEvent.click(screen.getByRole('button', { name: STRINGS.clear }));
    ask('how long do they last?');
    expect(conversation().queryByText(/settles within a few days/)).toBeNull();
  });

  it('is emptied by "Start over"', async () => {
    const storage = memoryStorage();
    await visitAndAsk(storage);
    renderPanel({ storage });
    fireEvent.click(screen.getByRole('button', { name: STRINGS.clear }));
    expect(storage.data.size).toBe(0);
  });

  it('starts afresh when what is stored is not a conversation it can read', () => {
    for (const stored of ['{not json', '{"v":99,"messages":[]}', '{"v":1,"messages":[{"id":"x"},{"id":1,"from":"assistant","question":"q","result":{}}]}', 'null']) {
      const storage = memoryStorage();
      storage.setItem(DEFAULT_STORAGE_KEY, stored);
      expect(loadConversation(storage, DEFAULT_STORAGE_KEY), stored).toEqual([]);
    }
  });

  it('leaves out stored replies it cannot show, and shows the rest', () => {
    const storage = memoryStorage();
    const good = { kind: 'answer', entryId: 'sessions', confidence: 1, answer: 'A good answer.', citations: [], suggestions: [] };
    const reply = (id: number, fields: Record<string, unknown>) => ({ id, from: 'assistant', question: 'q', result: { ...good, ...fields } });
    storage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify({ v: 1, messages: [
      reply(0, { answer: 'Citation missing.', citations: [null] }),
      reply(1, { answer: 'Link not text.', citations: [{ source: 's', quote: 'q', url: 42 }] }),
      reply(2, { answer: 'Unknown kind.', kind: 'html' }),
      reply(3, { answer: 'Suggestion not text.', suggestions: [{}] }),
      reply(4, { answer: 'Entry not text.', entryId: 7 }),
      reply(5, {}),
    ] }));
    renderPanel({ storage });
    expect(conversation().getByText('A good answer.')).toBeTruthy();
    expect(conversation().queryByText(/Citation|Link|Unknown|Suggestion|Entry/)).toBeNull();
  });

  it('sanitises a stored answer\'s HTML as it does a fresh one', () => {
    const storage = memoryStorage();
    storage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify({ v: 1, messages: [{ id: 0, from: 'assistant', question: 'q', result: {
      kind: 'answer', entryId: 'sessions', confidence: 1, answer: 'Stored', citations: [], suggestions: [],
      answerHtml: '<p>Stored <strong>answer</strong><img src=x onerror="alert(1)"></p><script>alert(2)</script><a href="javascript:alert(3)">link</a>',
    } }] }));
    renderPanel({ storage });
    expect(conversation().getByText('answer').tagName).toBe('STRONG');
    expect(document.querySelector('img, script, [onerror], a[href^="javascript"]')).toBeNull();
  });
});

describe('The conversation, when storage fails', () => {
  it('works when storage is blocked', async () => {
    renderPanel({ storage: throwing() });
    ask('how many sessions');
    expect(await conversation().findByText(SESSIONS)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: STRINGS.clear }));
    expect(conversation().queryByText(SESSIONS)).toBeNull();
  });

  it('works without storage when the page may not use sessionStorage', async () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(defaultStorage()).toBeNull();
    renderPanel({ storage: undefined });
    ask('how many sessions');
    expect(await conversation().findByText(SESSIONS)).toBeTruthy();
    vi.restoreAllMocks();
  });

  it('works when storage is full, and leaves no stale conversation behind', async () => {
    const storage = memoryStorage();
    storage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify({ v: 1, messages: [{ id: 0, from: 'visitor', text: 'an old question' }] }));
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    renderPanel({ storage });
    ask('how many sessions');
    expect(await conversation().findByText(SESSIONS)).toBeTruthy();
    expect(storage.data.size).toBe(0);
  });
});
