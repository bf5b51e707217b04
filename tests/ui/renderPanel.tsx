import { fireEvent, render, screen, within } from '@testing-library/preact';
import { vi, type Mock } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { ChatPanel } from '../../src/ui/ChatPanel.js';
import { STRINGS } from '../../src/ui/strings.js';
import type { Answerer, ChatEvent, ClinicInfo, ConversationStorage, Result, WidgetProps } from '../../src/ui/types.js';
import { MINIMAL_KB, knowledgeFrom } from '../helpers.js';

/** The small fixture knowledge base and its clinic. */
export const knowledge = knowledgeFrom(MINIMAL_KB);
export const clinic: ClinicInfo = { ...knowledge.clinic };

/** An engine with the fixture knowledge, as chat.tsx makes one. */
export const realAnswerer = (): Answerer => createEngine(knowledge);

/**
 * Renders the open panel with the fixture knowledge. Storage is off unless a test gives one,
 * so that tests don't share a conversation.
 */
export function renderPanel(props: Partial<WidgetProps> = {}) {
  const all: WidgetProps = {
    clinic,
    answerer: realAnswerer(),
    status: 'ready',
    onClose: vi.fn(),
    onEvent: vi.fn(),
    storage: null,
    ...props,
  };
  const view = render(<ChatPanel {...all} />);
  return {
    ...view,
    props: all,
    onClose: all.onClose as Mock<() => void>,
    onEvent: all.onEvent as Mock<(event: ChatEvent) => void>,
    rerenderWith: (changes: Partial<WidgetProps>) => view.rerender(<ChatPanel {...all} {...changes} />),
  };
}

/** The composer's text box. */
export const textbox = () => screen.getByRole('textbox', { name: STRINGS.inputLabel });

/** Queries limited to the conversation (the live region repeats the newest reply for screen readers). */
export const conversation = () => within(screen.getByRole('list', { name: STRINGS.conversation }));

/** Types a question and sends it, as a visitor does. */
export function ask(question: string): void {
  fireEvent.input(textbox(), { target: { value: question } });
  fireEvent.submit(textbox().closest('form')!);
}

/** A complete engine result with the given fields. */
export function result(fields: Partial<Result>): Result {
  return { kind: 'answer', entryId: 'entry', confidence: 0.9, answer: 'An answer.', citations: [], suggestions: [], ...fields };
}

/** An answerer that gives the same result to every question, and remembers the questions. */
export function answererOf(fields: Partial<Result>): Answerer & { questions: string[] } {
  const questions: string[] = [];
  return { questions, ask: (question) => (questions.push(question), result(fields)) };
}

/** Web Storage in memory, with its contents open to inspection. */
export function memoryStorage(): ConversationStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}
