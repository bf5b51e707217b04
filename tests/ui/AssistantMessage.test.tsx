import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/ui/strings.js';
import type { ResultCitation } from '../../src/engine/types.js';
import { answererOf, ask, clinic, conversation, renderPanel } from './renderPanel.js';

const GUIDE: ResultCitation = { source: 'guide', quote: 'A course usually requires 3 to 6 sessions.', url: 'https://clinic.example/guide', title: 'A small guide' };
const LEAFLET: ResultCitation = { source: 'leaflet', quote: 'Bring your scans.', title: 'Leaflet' };
const newTab = (name: string) => `${name} ${STRINGS.newTab}`;

/** The newest reply in the conversation. */
function lastReply() {
  const replies = conversation().getAllByRole('listitem').filter((li) => li.classList.contains('assistant'));
  return within(replies[replies.length - 1]!);
}

describe('An answer', () => {
  it('shows the compiled answer HTML, sanitised', async () => {
    renderPanel({ answerer: answererOf({ answerHtml: '<p>Yes, <strong>usually</strong>.<img src=x onerror="alert(1)"></p><script>alert(2)</script><a href="javascript:alert(3)">click</a>' }) });
    ask('question');
    expect(await conversation().findByText('usually')).toBeTruthy();
    expect(document.querySelector('.message strong')?.textContent).toBe('usually');
    expect(document.querySelector('.message img, .message script, .message [onerror]')).toBeNull();
    expect(lastReply().queryByRole('link', { name: 'click' })).toBeNull();
    expect(lastReply().getByText('click')).toBeTruthy();
  });

  it('opens web links in the answer in a new tab, without access to the page, and says so', async () => {
    renderPanel({ answerer: answererOf({ answerHtml: '<p>See <a href="https://clinic.example/aftercare">aftercare</a>.</p>' }) });
    ask('question');
    const link = await screen.findByRole('link', { name: newTab('aftercare') });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows the plain answer when there is no HTML', async () => {
    renderPanel({ answerer: answererOf({ answer: 'Plain words.' }) });
    ask('question');
    expect(await conversation().findByText('Plain words.')).toBeTruthy();
  });

  it('lists its sources under a "Sources" disclosure, closed until the visitor opens it', async () => {
    renderPanel({ answerer: answererOf({ citations: [GUIDE, LEAFLET] }) });
    ask('question');
    const summary = await lastReply().findByText(STRINGS.sources);
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByText(GUIDE.quote)).toBeTruthy();
    expect(within(details).getByText(LEAFLET.quote)).toBeTruthy();
  });

  it('links each quote to its source page by the page title, in a new tab', async () => {
    renderPanel({ answerer: answererOf({ citations: [GUIDE, { ...GUIDE, quote: 'Spaced weeks apart.' }, LEAFLET] }) });
    ask('question');
    const link = await lastReply().findByRole('link', { name: newTab(GUIDE.title!) });
    expect(link.getAttribute('href')).toBe(GUIDE.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const page = link.closest('li')!;
    expect(within(page).getByText(GUIDE.quote)).toBeTruthy();
    expect(within(page).getByText('Spaced weeks apart.')).toBeTruthy();
    expect(lastReply().getAllByRole('link')).toHaveLength(1);
    expect(lastReply().getByText(LEAFLET.title!)).toBeTruthy();
  });

  it('never links a source whose URL is not a web page', async () => {
    renderPanel({ answerer: answererOf({ citations: [{ ...GUIDE, url: 'javascript:alert(1)' }] }) });
    ask('question');
    expect(await lastReply().findByText(GUIDE.title!)).toBeTruthy();
    expect(lastReply().queryByRole('link')).toBeNull();
  });

  it('offers follow-up questions as buttons that ask them', async () => {
    const answerer = answererOf({ suggestions: ['Does it hurt?', 'What does it cost?'] });
    renderPanel({ answerer });
    ask('question');
    const group = await lastReply().findByRole('group', { name: STRINGS.suggestionsLabel });
    fireEvent.click(within(group).getByRole('button', { name: 'Does it hurt?' }));
    expect(answerer.questions).toContain('Does it hurt?');
  });

  it('asks "Did you mean …?" first when the match was close', async () => {
    renderPanel({ answerer: answererOf({ didYouMean: 'What is it?', suggestions: ['What is it?', 'Does it hurt?'] }) });
    ask('question');
    const groups = await lastReply().findAllByRole('group');
    const [first, second] = groups.filter((g) => g.classList.contains('suggestions'));
    expect(within(first!).getByText(STRINGS.didYouMean)).toBeTruthy();
    expect(within(first!).getAllByRole('button').map((b) => b.textContent)).toEqual(['What is it?']);
    expect(within(second!).getAllByRole('button').map((b) => b.textContent)).toEqual(['Does it hurt?']);
  });

  it('asks "Was this helpful?" once, then thanks the visitor, even after a double click', async () => {
    const { onEvent } = renderPanel({ answerer: answererOf({ entryId: 'sessions' }) });
    ask('how many sessions');
    const group = await lastReply().findByRole('group', { name: STRINGS.helpfulQuestion });
    const yes = within(group).getByRole('button', { name: STRINGS.helpfulYes });
    fireEvent.click(yes);
    fireEvent.click(yes);
    expect(lastReply().queryByRole('group', { name: STRINGS.helpfulQuestion })).toBeNull();
    const thanks = lastReply().getByText(STRINGS.helpfulThanks);
    expect(document.activeElement).toBe(thanks);
    expect(onEvent.mock.calls.filter(([e]) => e.type === 'feedback')).toEqual([
      [{ type: 'feedback', question: 'how many sessions', entryId: 'sessions', helpful: true }],
    ]);
  });
});

describe('A handoff', () => {
  it('explains, then offers "Book a consultation" in a new tab and the phone as a call link', async () => {
    renderPanel();
    ask('do you have parking?');
    expect(await lastReply().findByText(clinic.handoff)).toBeTruthy();
    const book = lastReply().getByRole('link', { name: newTab(STRINGS.bookConsultation) });
    expect(book.getAttribute('href')).toBe(clinic.bookingUrl);
    expect(book.getAttribute('target')).toBe('_blank');
    expect(book.getAttribute('rel')).toBe('noopener noreferrer');
    const call = lastReply().getByRole('link', { name: `Call ${clinic.phone}` });
    expect(call.getAttribute('href')).toBe('tel:+15550100199');
    expect(lastReply().queryByRole('group', { name: STRINGS.helpfulQuestion })).toBeNull();
  });

  it('carries the visitor\'s question to the booking page when bookingQuery is on', async () => {
    renderPanel({ bookingQuery: true });
    ask('do you have parking?');
    const book = await lastReply().findByRole('link', { name: newTab(STRINGS.bookConsultation) });
    expect(new URL(book.getAttribute('href')!).searchParams.get('q')).toBe('do you have parking?');
  });

  it('leaves out a booking link that is not a web address, and a phone link when there is no phone', async () => {
    renderPanel({ clinic: { ...clinic, bookingUrl: 'javascript:alert(1)', phone: '' } });
    ask('do you have parking?');
    await lastReply().findByText(clinic.handoff);
    expect(lastReply().queryByRole('link')).toBeNull();
  });

  it('still offers booking and the phone when answers could not be loaded', async () => {
    renderPanel({ status: 'failed', answerer: null });
    ask('what is prolotherapy');
    expect(await lastReply().findByText(STRINGS.unavailable)).toBeTruthy();
    expect(lastReply().getByRole('link', { name: newTab(STRINGS.bookConsultation) })).toBeTruthy();
    expect(lastReply().getByRole('link', { name: `Call ${clinic.phone}` })).toBeTruthy();
  });
});

describe('An urgent reply', () => {
  it('shows the emergency guidance alone: no FAQ content, sources, suggestions or feedback', async () => {
    renderPanel({
      answerer: answererOf({ kind: 'urgent', entryId: null, answer: 'Call your local emergency number now.', answerHtml: '<p>FAQ content</p>', citations: [GUIDE], suggestions: ['Does it hurt?'] }),
    });
    ask('i have chest pain');
    const reply = await lastReply().findByText('Call your local emergency number now.');
    const bubble = reply.closest('.bubble')!;
    expect(bubble.textContent).toBe(`${STRINGS.urgentTitle}Call your local emergency number now.`);
    expect(lastReply().queryByText('FAQ content')).toBeNull();
    expect(lastReply().queryByText(STRINGS.sources)).toBeNull();
    expect(lastReply().queryAllByRole('button')).toHaveLength(0);
    expect(lastReply().queryAllByRole('link')).toHaveLength(0);
  });

  it('comes from the engine for red-flag symptoms, and looks unlike other replies', async () => {
    renderPanel();
    ask('i have chest pain');
    const title = await lastReply().findByText(STRINGS.urgentTitle);
    expect(title.closest('li')!.classList.contains('urgent')).toBe(true);
    expect(title.closest('.bubble')!.classList.contains('urgent-bubble')).toBe(true);
  });
});

describe('Small talk', () => {
  it('replies with the clinic\'s words and starter questions, without asking for feedback', async () => {
    renderPanel();
    ask('hello');
    expect(await lastReply().findByText(/What would you like to know about prolotherapy/)).toBeTruthy();
    expect(lastReply().getByRole('button', { name: clinic.starters[0] })).toBeTruthy();
    expect(lastReply().queryByRole('group', { name: STRINGS.helpfulQuestion })).toBeNull();
  });
});
