import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEvents } from '../../embed/createEvents.js';
import { handlerThrew, unknownEvent } from '../../embed/messages.js';

const REPLY = { question: 'how many sessions? mail me at jo@mail.example', kind: 'answer', entryId: 'sessions', confidence: 0.9 } as const;

describe('createEvents', () => {
  let page: { dataLayer?: unknown[] };
  let beacons: [string, string][];
  let warn: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    page = {};
    beacons = [];
    vi.stubGlobal('window', page);
    vi.stubGlobal('navigator', { sendBeacon: (url: string, body: string) => beacons.push([url, body]) > 0 });
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    warn.mockRestore();
  });

  it('calls the handlers of an event with its name and payload, visitor text redacted', () => {
    const events = createEvents({});
    const seen: unknown[] = [];
    events.on('answer', (event) => seen.push(event));
    events.on('question', () => seen.push('not this one'));
    events.emit('answer', REPLY);
    expect(seen).toEqual([{ ...REPLY, type: 'answer', question: 'how many sessions? mail me at [email]' }]);
  });

  it('stops calling a handler once its off function is called, and forgets all on clear', () => {
    const events = createEvents({});
    const handler = vi.fn();
    const off = events.on('open', handler);
    events.emit('open', {});
    off();
    events.emit('open', {});
    events.on('close', handler);
    events.clear();
    events.emit('close', {});
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('keeps going when a handler throws, and says so once', () => {
    const events = createEvents({});
    const after = vi.fn();
    events.on('question', () => {
      throw new Error('clinic bug');
    });
    events.on('question', after);
    events.emit('question', { question: 'a' });
    events.emit('question', { question: 'b' });
    expect(after).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toBe(`[faq-chat] ${handlerThrew('question')}`);
  });

  it('refuses an unknown event name with a warning', () => {
    const events = createEvents({});
    events.on('anwser' as never, () => undefined);
    expect(warn.mock.calls[0]?.[0]).toBe(`[faq-chat] ${unknownEvent('anwser', 'open, close, question, answer, handoff, urgent, feedback, unanswered')}`);
  });

  it('pushes every event to window.dataLayer with data-analytics="datalayer", as Google Tag Manager expects', () => {
    page.dataLayer = [{ event: 'gtm.js' }];
    const events = createEvents({ analytics: 'datalayer' });
    events.emit('open', {});
    events.emit('answer', REPLY);
    expect(page.dataLayer).toEqual([
      { event: 'gtm.js' },
      { event: 'faq_chat_open' },
      { event: 'faq_chat_answer', ...REPLY, question: 'how many sessions? mail me at [email]' },
    ]);
  });

  it('creates window.dataLayer when the page has none', () => {
    createEvents({ analytics: 'datalayer' }).emit('close', {});
    expect(page.dataLayer).toEqual([{ event: 'faq_chat_close' }]);
  });

  it('sends every event to the analytics endpoint by beacon, as JSON', () => {
    const events = createEvents({ analyticsEndpoint: 'https://stats.example/e' });
    events.emit('feedback', { question: 'call 0161 496 0000', entryId: 'cost', helpful: false });
    expect(beacons).toHaveLength(1);
    expect(beacons[0]![0]).toBe('https://stats.example/e');
    expect(JSON.parse(beacons[0]![1])).toEqual({ event: 'feedback', question: 'call [phone]', entryId: 'cost', helpful: false });
  });

  it('sends nothing anywhere without analytics settings', () => {
    createEvents({}).emit('open', {});
    expect(page.dataLayer).toBeUndefined();
    expect(beacons).toEqual([]);
  });
});
