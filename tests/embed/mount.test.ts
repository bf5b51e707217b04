// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KNOWLEDGE_MISSING, badOption, serviceUntagged } from '../../embed/messages.js';
import { mount, type MountOptions } from '../../src/index.js';
import { REAL_KB, knowledgeFrom } from '../helpers.js';

describe('mount(), the ES module front door', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('fails loudly without the knowledge option', () => {
    expect(() => mount({} as MountOptions)).toThrow(`[faq-chat] ${KNOWLEDGE_MISSING}`);
  });

  it('warns about a bad option by its option name and carries on with the default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chat = mount({ knowledge: '/kb.json', position: 'top' as 'left' });
    expect(warn.mock.calls.map((call) => call[0])).toEqual([`[faq-chat] ${badOption('position', 'top', 'left or right', 'right')}`]);
    expect(document.querySelector('faq-chat-widget')?.getAttribute('data-position')).toBe('right');
    chat.destroy();
  });

  it('warns once the answers are loaded when no answer carries the tag set as the service', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chat = mount({ knowledge: knowledgeFrom(REAL_KB), service: 'Acupuncture' });
    chat.open();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(`[faq-chat] ${serviceUntagged('acupuncture')}`), { timeout: 5000 });
    chat.destroy();
  });

  it('puts one host with a launcher on the page, and takes it away on destroy()', () => {
    const chat = mount({ knowledge: '/kb.json', strings: { launcherText: 'Ask us' } });
    const host = document.querySelector('faq-chat-widget');
    expect(host?.shadowRoot?.querySelector('button')?.textContent).toBe('Ask us');
    chat.destroy();
    expect(document.querySelector('faq-chat-widget')).toBeNull();
  });
});
