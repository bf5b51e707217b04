import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { STRINGS, fill, type Strings } from '../../src/ui/strings.js';
import { clinic, renderPanel, result } from './renderPanel.js';

/** Every string replaced by a marker naming it, as a translation would replace them all. */
const MARKED = Object.fromEntries(Object.keys(STRINGS).map((key) => [key, `⟦${key}⟧`])) as Strings;
MARKED.call = '⟦call {phone}⟧';

const CURATED = [
  clinic.name, clinic.greeting, clinic.disclaimer, clinic.phone, ...clinic.starters,
  'An answer', 'Source quote', 'Source page', 'Next question?', 'Close question?', 'question', 'Emergency text',
];

/** Every piece of text a visitor sees or hears: text nodes, aria-labels and placeholders. */
function visitorTexts(): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const name of ['aria-label', 'placeholder', 'title']) texts.push(element.getAttribute(name) ?? '');
  }
  return texts.map((t) => t.trim()).filter(Boolean);
}

describe('The strings table', () => {
  it('is where every text the widget adds comes from, aria-labels included', async () => {
    const results = [
      { answer: 'An answer', citations: [{ source: 's', quote: 'Source quote', url: 'https://clinic.example/s', title: 'Source page' }], didYouMean: 'Close question?', suggestions: ['Close question?', 'Next question?'] },
      { kind: 'handoff' as const, entryId: null, answer: 'An answer' },
      { kind: 'urgent' as const, entryId: null, answer: 'Emergency text' },
    ];
    let turn = 0;
    const answerer = { ask: () => result(results[turn++ % results.length]!) };
    const send = (question: string) => {
      fireEvent.input(screen.getByRole('textbox'), { target: { value: question } });
      fireEvent.submit(screen.getByRole('textbox').closest('form')!);
    };
    const { rerenderWith } = renderPanel({ strings: MARKED, answerer: null, status: 'loading' });
    send('question');
    const whileLoading = visitorTexts();
    rerenderWith({ answerer, status: 'ready' });
    for (let i = 0; i < 3; i++) send('question');
    fireEvent.click(screen.getAllByRole('button', { name: '⟦helpfulYes⟧' })[0]!);
    const texts = [...whileLoading, ...visitorTexts()];
    fireEvent.click(screen.getByRole('button', { name: '⟦clear⟧' }));
    texts.push(...visitorTexts());

    const own = texts.filter((text) => !CURATED.some((curated) => text === curated || text.replace(/[:.]$/, '') === curated));
    expect(own.length).toBeGreaterThan(15);
    for (const text of own) expect(text, `"${text}" is not from the strings table`).toMatch(/⟦[^⟧]+⟧/);
  });

  it('lets a clinic override some strings and keeps the defaults for the rest', () => {
    renderPanel({ strings: { send: 'Envoyer' } });
    expect(screen.getByRole('button', { name: 'Envoyer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: STRINGS.close })).toBeTruthy();
  });

  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(fill('Call {phone} {unknown}', { phone: '+1 555' })).toBe('Call +1 555 {unknown}');
  });
});
