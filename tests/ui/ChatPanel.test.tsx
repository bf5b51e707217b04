import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/ui/strings.js';
import { ask, clinic, conversation, realAnswerer, renderPanel, textbox } from './renderPanel.js';

describe('The chat panel, when it opens', () => {
  it('is a dialog named after the clinic', () => {
    renderPanel();
    expect(screen.getByRole('dialog', { name: `${clinic.name} ${STRINGS.panelTitle}` })).toBeTruthy();
    expect(screen.getByRole('heading', { name: clinic.name })).toBeTruthy();
  });

  it('greets with the clinic greeting and its starter questions as buttons', () => {
    renderPanel();
    expect(screen.getByText(clinic.greeting)).toBeTruthy();
    for (const starter of clinic.starters) expect(screen.getByRole('button', { name: starter })).toBeTruthy();
  });

  it('puts the focus in the text box', () => {
    renderPanel();
    expect(document.activeElement).toBe(textbox());
  });

  it('shows the disclaimer, and the text box is described by it', () => {
    renderPanel();
    const disclaimer = screen.getByText(clinic.disclaimer);
    expect(disclaimer.closest(`#${textbox().getAttribute('aria-describedby')}`)).toBeTruthy();
  });

  it('falls back to its own greeting and disclaimer when the clinic has none', () => {
    renderPanel({ clinic: { ...clinic, greeting: '', disclaimer: '', starters: [] } });
    expect(screen.getByText(STRINGS.greeting)).toBeTruthy();
    expect(screen.getByText(STRINGS.disclaimer)).toBeTruthy();
  });

  it('says at once that it cannot answer when the answers failed to load, and offers booking and the phone', () => {
    renderPanel({ clinic: { ...clinic, greeting: '', disclaimer: '', starters: [] }, status: 'failed', answerer: null });
    expect(screen.getByText(STRINGS.unavailable)).toBeTruthy();
    expect(screen.getByRole('link', { name: `${STRINGS.bookConsultation} ${STRINGS.newTab}` })).toBeTruthy();
    expect(screen.getByRole('link', { name: `Call ${clinic.phone}` })).toBeTruthy();
    expect(screen.getByText(STRINGS.disclaimer)).toBeTruthy();
  });

  it('says answers are loading while they load', () => {
    renderPanel({ clinic: { ...clinic, greeting: '', starters: [] }, status: 'loading', answerer: null });
    expect(screen.getByText(STRINGS.loading)).toBeTruthy();
  });

  it('shows the send button by its name', () => {
    renderPanel();
    expect(screen.getByRole('button', { name: STRINGS.send })).toBeTruthy();
  });
});

describe('The chat panel, in a conversation', () => {
  it('shows the question and the answer', async () => {
    renderPanel();
    ask('how many sessions');
    expect(screen.getByText('how many sessions')).toBeTruthy();
    expect(await conversation().findByText(/a course usually takes 3 to 6 sessions/)).toBeTruthy();
  });

  it('shows the answer in the same frame as the question, before the browser paints', async () => {
    renderPanel();
    fireEvent.input(textbox(), { target: { value: 'how many sessions' } });
    // As Enter does, and outside act(): Preact renders in a microtask, and no animation frame or timer runs here.
    textbox().closest('form')!.requestSubmit();
    await Promise.resolve();
    expect(conversation().getByText('how many sessions')).toBeTruthy();
    expect(conversation().getByText(/a course usually takes 3 to 6 sessions/)).toBeTruthy();
  });

  it('asks a starter question when its button is pressed', async () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'How many sessions will I need?' }));
    expect(await conversation().findByText(/a course usually takes 3 to 6 sessions/)).toBeTruthy();
  });

  it('empties the text box after sending, and ignores an empty question', () => {
    renderPanel();
    ask('   ');
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('message'))).toHaveLength(1);
    ask('how many sessions');
    expect((textbox() as HTMLInputElement).value).toBe('');
  });

  it('shows visitor markup as text, never as HTML', async () => {
    renderPanel();
    ask('<img src=x onerror="alert(1)"><b>bold</b>');
    expect(await screen.findByText('<img src=x onerror="alert(1)"><b>bold</b>')).toBeTruthy();
    expect(document.querySelector('img, b')).toBeNull();
  });

  it('answers a question asked while the answers load, once they arrive', async () => {
    const { rerenderWith } = renderPanel({ status: 'loading', answerer: null });
    ask('how many sessions');
    expect(screen.getAllByText(STRINGS.loading).length).toBeGreaterThan(0);
    rerenderWith({ status: 'ready', answerer: realAnswerer() });
    expect(await conversation().findByText(/a course usually takes 3 to 6 sessions/)).toBeTruthy();
    expect(screen.queryByText(STRINGS.loading)).toBeNull();
  });

  it('asks through askRef, as the embed does for FaqChat("ask", question)', async () => {
    const askRef: { current: ((q: string) => void) | null } = { current: null };
    const { unmount } = renderPanel({ askRef });
    expect(askRef.current).toBeTypeOf('function');
    act(() => askRef.current!('how many sessions'));
    expect(await conversation().findByText(/a course usually takes 3 to 6 sessions/)).toBeTruthy();
    unmount();
    expect(askRef.current).toBeNull();
  });
});

describe('The chat panel, closing and starting over', () => {
  it('closes with the close button', () => {
    const { onClose } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: STRINGS.close }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('closes on Escape, wherever the focus is in it', () => {
    const { onClose } = renderPanel();
    fireEvent.keyDown(textbox(), { key: 'Escape' });
    fireEvent.keyDown(screen.getByRole('button', { name: STRINGS.close }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('stays open when Escape only cancels typing with an input method (IME)', () => {
    const { onClose } = renderPanel();
    fireEvent.keyDown(textbox(), { key: 'Escape', isComposing: true });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('offers "Start over" once there is something to clear, and clears back to the greeting', async () => {
    renderPanel();
    expect(screen.queryByRole('button', { name: STRINGS.clear })).toBeNull();
    ask('how many sessions');
    await conversation().findByText(/a course usually takes/);
    fireEvent.click(screen.getByRole('button', { name: STRINGS.clear }));
    expect(conversation().queryByText(/a course usually takes/)).toBeNull();
    expect(screen.queryByText('how many sessions')).toBeNull();
    expect(screen.getByText(clinic.greeting)).toBeTruthy();
    expect(document.activeElement).toBe(textbox());
    expect(screen.queryByRole('button', { name: STRINGS.clear })).toBeNull();
  });

  it('lists the conversation by message, the visitor\'s and the clinic\'s told apart for screen readers', async () => {
    renderPanel();
    ask('how many sessions');
    await conversation().findByText(/a course usually takes/);
    const list = screen.getByRole('list', { name: STRINGS.conversation });
    const items = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(items.map((li) => li.textContent!.slice(0, li.textContent!.indexOf(':') + 1))).toEqual([STRINGS.assistantSaid, STRINGS.visitorSaid, STRINGS.assistantSaid]);
  });
});
