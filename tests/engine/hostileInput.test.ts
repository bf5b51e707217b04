import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConversation } from '../../src/engine/createConversation.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { MAX_QUESTION_LENGTH, cutQuestion } from '../../src/engine/normalize.js';
import type { Result } from '../../src/engine/types.js';
import { REAL_KB, knowledgeFrom } from '../helpers.js';

const knowledge = knowledgeFrom(REAL_KB);
const engine = createEngine(knowledge);
const { clinic } = knowledge;

/** Every text the engine may reply with: curated content only, never the visitor's words. */
const CURATED = new Set([
  clinic.handoff, clinic.personalAdvice, clinic.bookingRequest, clinic.emergency, clinic.greeting,
  ...Object.values(clinic.smalltalk),
]);
const ENTRY_HTML = new Set(knowledge.entries.map((e) => e.html));

function expectCuratedResult(result: Result): void {
  expect(['answer', 'handoff', 'urgent', 'smalltalk']).toContain(result.kind);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(result.suggestions.length).toBeLessThanOrEqual(3);
  if (result.kind === 'answer') {
    expect(ENTRY_HTML.has(result.answerHtml!)).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  } else {
    expect(CURATED.has(result.answer)).toBe(true);
    expect(result.entryId).toBeNull();
  }
}

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'),
  fc.string({ maxLength: 40 }).map((s) => `<script>${s}</script><img src=x onerror="${s}">`),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u202E\u0000\u0007\u001b[2J\uFEFF${s}`),
  fc.constantFrom('مرحبا، كم جلسة أحتاج؟', 'שלום', '🦵💉❓🙏', '😀'.repeat(2000), ' '.repeat(5000), '\n\t\r'),
);

describe('Hostile visitor input', () => {
  it('always gets a valid, curated, bounded reply', () => {
    fc.assert(fc.property(hostile, (question) => expectCuratedResult(engine.ask(question))), { numRuns: 300 });
  });

  it('never has visitor markup echoed back', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (s) => {
        const result = engine.ask(`<b onclick="x">${s}</b>`);
        expect(JSON.stringify(result)).not.toContain('onclick');
      }),
      { numRuns: 100 },
    );
  });

  it('cuts 100 KB of text to a sane length before any work', () => {
    const huge = 'how many sessions '.repeat(6000);
    expect(huge.length).toBeGreaterThan(100_000);
    expect(cutQuestion(huge).length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expectCuratedResult(engine.ask(huge));
  });

  it('keeps a conversation valid whatever is typed in it', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 6 }), (turns) => {
        const conversation = createConversation(engine);
        for (const turn of ['what are the side effects', ...turns]) expectCuratedResult(conversation.ask(turn));
      }),
      { numRuns: 50 },
    );
  });
});
