import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createConversation } from '../../src/engine/createConversation.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { ChatPanel } from '../../src/ui/ChatPanel.js';
import { STRINGS } from '../../src/ui/strings.js';
import { MINIMAL_KB, knowledgeFrom } from '../helpers.js';

const knowledge = knowledgeFrom(MINIMAL_KB);
const clinic = { ...knowledge.clinic };

function renderPanel(status: 'ready' | 'failed' = 'ready') {
  const onClose = vi.fn();
  const answerer = status === 'ready' ? createConversation(createEngine(knowledge)) : null;
  render(<ChatPanel clinic={clinic} strings={STRINGS} answerer={answerer} status={status} onClose={onClose} />);
  return { onClose };
}

function ask(question: string) {
  const input = screen.getByRole('textbox', { name: STRINGS.inputLabel });
  fireEvent.input(input, { target: { value: question } });
  fireEvent.submit(input.closest('form')!);
}

describe('The chat panel', () => {
  it('greets with the clinic greeting and starter questions', () => {
    renderPanel();
    expect(screen.getByText(clinic.greeting)).toBeTruthy();
    expect(screen.getByRole('button', { name: clinic.starters[0] })).toBeTruthy();
  });

  it('answers with the quoted passage under a visible "Sources" label, linked to its page', async () => {
    renderPanel();
    ask('how many sessions');
    expect(await screen.findByText(STRINGS.sources)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'A small guide' });
    expect(link.getAttribute('href')).toBe('https://demo-clinic.example/pages/guide');
    expect(screen.getByText(/A course of treatment usually requires 3 to 6 sessions/)).toBeTruthy();
  });

  it('offers "Book a consultation" when the question is out of scope', async () => {
    renderPanel();
    ask('do you have parking?');
    const book = await screen.findByRole('link', { name: STRINGS.bookConsultation });
    expect(book.getAttribute('href')).toBe(clinic.bookingUrl);
  });

  it('shows visitor markup as text, never as HTML', async () => {
    renderPanel();
    ask('<img src=x onerror="alert(1)"><b>bold</b>');
    expect(await screen.findByText('<img src=x onerror="alert(1)"><b>bold</b>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('still offers booking and the phone when answers could not be loaded', async () => {
    renderPanel('failed');
    ask('what is prolotherapy');
    expect(await screen.findByText(STRINGS.unavailable)).toBeTruthy();
    expect(screen.getByRole('link', { name: STRINGS.bookConsultation })).toBeTruthy();
  });

  it('closes on Escape', () => {
    const { onClose } = renderPanel();
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
