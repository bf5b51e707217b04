import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { STRINGS } from '../../src/ui/strings.js';
import type { ChatEvent } from '../../src/ui/types.js';
import { ask, conversation, renderPanel } from './renderPanel.js';

/** The events' types and questions, in order. */
const summary = (onEvent: Mock<(event: ChatEvent) => void>) =>
  onEvent.mock.calls.map(([event]) => `${event.type}: ${event.question}`);

describe('Events for the clinic\'s analytics', () => {
  it.each([
    ['how many sessions', ['question', 'answer']],
    ['hello', ['question', 'answer']],
    ['do you have parking?', ['question', 'handoff', 'unanswered']],
    ['i want to book an appointment', ['question', 'handoff']],
    ['i have chest pain', ['question', 'urgent']],
  ])('"%s" gives %j', async (question, types) => {
    const { onEvent } = renderPanel();
    ask(question);
    await conversation().findAllByText(/./);
    expect(summary(onEvent)).toEqual(types.map((type) => `${type}: ${question}`));
  });

  it('carries the result with each reply', () => {
    const { onEvent } = renderPanel();
    ask('how many sessions');
    const answer = onEvent.mock.calls.map(([e]) => e).find((e) => e.type === 'answer');
    expect(answer && 'result' in answer && answer.result).toMatchObject({ kind: 'answer', entryId: 'sessions' });
  });

  it('reports a starter or suggestion pressed as a question', () => {
    const { onEvent } = renderPanel();
    fireEvent.click(conversation().getByRole('button', { name: 'What is prolotherapy?' }));
    expect(summary(onEvent)[0]).toBe('question: What is prolotherapy?');
  });

  it('reports feedback once', () => {
    const { onEvent } = renderPanel();
    ask('how many sessions');
    fireEvent.click(conversation().getByRole('button', { name: STRINGS.helpfulYes }));
    expect(onEvent.mock.calls.filter(([e]) => e.type === 'feedback')).toEqual([
      [{ type: 'feedback', question: 'how many sessions', entryId: 'sessions', helpful: true }],
    ]);
  });

  it('keeps the chat working when the handler throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderPanel({ onEvent: () => { throw new Error('analytics down'); } });
    ask('how many sessions');
    expect(conversation().getByText(/a course usually takes/)).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[faq-chat\]/), expect.any(Error));
    warn.mockRestore();
  });
});
