import { describe, expect, it } from 'vitest';
import { createConversation } from '../../src/engine/createConversation.js';
import { buildEngine, createEngine } from '../../src/engine/createEngine.js';
import { MINIMAL_KB, REAL_KB, clinicGroupKnowledge, knowledgeFrom } from '../helpers.js';

describe('The engine over the clinic knowledge base', () => {
  const knowledge = knowledgeFrom(REAL_KB);
  const engine = createEngine(knowledge);

  it.each([
    ['how many sessions will I need?', 'number-of-sessions'],
    ['what is prolotherapy', 'what-is-prolotherapy'],
    ['what are the side effects', 'side-effects'],
    ['does it hurt?', 'does-it-hurt'],
    ['prolotheraphy sesions how many', 'number-of-sessions'],
    ['who does the injections at your clinic', 'who-performs-it'],
    ["How many times will I need to come back? I don't drive anymore so each trip is an undertaking.", 'number-of-sessions'],
  ])('answers "%s" with entry %s', (question, entryId) => {
    const result = engine.ask(question);
    expect(result.kind).toBe('answer');
    expect(result.entryId).toBe(entryId);
  });

  it.each(['how many calories in a banana', 'what is the capital of spain', 'can my husband come in with me'])(
    'hands off "%s": a short question about something the pages never mention',
    (question) => {
      const result = engine.ask(question);
      expect(result.kind).toBe('handoff');
      expect(result.confidence).toBeGreaterThanOrEqual(0);
    },
  );

  it('answers a question asked first and explained after', () => {
    expect(engine.ask('Is prolotherapy safe? My daughter found it online and I am wary of anything new at my age.').entryId).toBe('is-it-safe');
  });

  it('still answers a short question with a misspelt word it can correct', () => {
    expect(engine.ask('how many sesions').entryId).toBe('number-of-sessions');
  });

  it('cites passages that stand in the source pages, with their URL', () => {
    const result = engine.ask('how many sessions will I need?');
    expect(result.citations.length).toBeGreaterThan(0);
    for (const citation of result.citations) {
      expect(citation.url).toBe(knowledge.sources.find((s) => s.id === citation.source)!.url);
      expect(citation.quote.length).toBeGreaterThan(10);
    }
  });

  it.each(['how much does it cost?', 'do you take insurance', 'what is the weather tomorrow', 'asdfghjkl', 'do you do epidurals for back pain'])(
    'hands "%s" off to booking',
    (question) => {
      const result = engine.ask(question);
      expect(result.kind).toBe('handoff');
      expect(result.entryId).toBeNull();
      expect(result.citations).toEqual([]);
      expect(result.answer).toBe(knowledge.clinic.handoff);
    },
  );

  it('gives emergency guidance, never an FAQ answer, for red flags', () => {
    const result = engine.ask('I cant breathe after my injection');
    expect(result).toMatchObject({ kind: 'urgent', entryId: null, citations: [], answer: knowledge.clinic.emergency });
  });

  it('greets back with starter questions', () => {
    expect(engine.ask('hello')).toMatchObject({ kind: 'smalltalk', suggestions: knowledge.clinic.starters.slice(0, 3) });
  });

  it.each(['???', '..', ''])('offers the starter questions for %j', (message) => {
    expect(engine.ask(message)).toMatchObject({ kind: 'handoff', suggestions: knowledge.clinic.starters.slice(0, 3) });
  });

  it('greets back when a greeting comes with a remark that asks nothing', () => {
    expect(engine.ask("Good afternoon. I'm new to all of this computer business, so bear with me.")).toMatchObject({
      kind: 'smalltalk',
      answer: knowledge.clinic.smalltalk.hello,
    });
  });

  it('still hands off a greeting with a question the knowledge base does not answer', () => {
    expect(engine.ask('hi, can i bring my dog along')).toMatchObject({ kind: 'handoff' });
    expect(engine.ask('good morning, parking near you?')).toMatchObject({ kind: 'handoff' });
  });

  it('returns the result shape the ask command and the widget rely on', () => {
    const result = engine.ask('what is prolotherapy');
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['kind', 'entryId', 'confidence', 'answer', 'citations', 'suggestions']));
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });
});

describe('A conversation', () => {
  it('resolves a follow-up against the previous answer', () => {
    const conversation = createConversation(createEngine(knowledgeFrom(MINIMAL_KB)));
    expect(conversation.ask('what are the side effects?').entryId).toBe('side-effects');
    expect(conversation.context.lastEntryId).toBe('side-effects');
  });

  it('moves on from the answer just given when the follow-up asks for another', () => {
    const conversation = createConversation(createEngine(knowledgeFrom(REAL_KB)));
    expect(conversation.ask('can i take ibuprofen after the injection').entryId).toBe('no-anti-inflammatories');
    expect(conversation.ask('so what can i take then').entryId).toBe('pain-relief-after');
  });
});

describe('Starting over', () => {
  it('forgets the topic, so a follow-up is read on its own', () => {
    const conversation = createConversation(createEngine(knowledgeFrom(REAL_KB)));
    conversation.ask('what are the side effects?');
    conversation.reset();
    expect(conversation.context.lastEntryId).toBeNull();
    expect(conversation.ask('how long do they last?').entryId).not.toBe('soreness-duration');
  });
});

describe('Starting the engine in steps', () => {
  it('pauses once per entry, intent pattern and starter question, and ends with an engine that answers as createEngine does', () => {
    const knowledge = knowledgeFrom(REAL_KB);
    const steps = buildEngine(knowledge);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // The red-flag groups, the not-now clauses, booking and personal decisions: each pattern compiled in a step of its own.
    // Then one step per starter question, asked once to warm the code up.
    expect(pauses).toBe(knowledge.entries.length + knowledge.language.urgent.length + 3 + knowledge.clinic.starters.length);
    const question = 'prolotheraphy sesions how many';
    expect(step.value.ask(question)).toEqual(createEngine(knowledge).ask(question));
  });
});

describe('A clinic group with many treatments', () => {
  const knowledge = clinicGroupKnowledge();
  const engine = createEngine(knowledge);

  it('answers a plain question with the entry phrased like it, over sixty whose answers repeat its words, so that the index ranks them first, but that add a treatment, area and clinic it never named', () => {
    expect(engine.ask('how many sessions will i need roughly').entryId).toBe('number-of-sessions');
  });

  it('still answers with the treatment a question names', () => {
    expect(engine.ask('how many sessions of dry needling for my heel').entryId).toBe('sessions-dry-needling-heel');
  });

  it("on a page of one service, answers a question that names none with that service's entry", () => {
    const question = 'how many sessions for my shoulder';
    expect(engine.ask(question).entryId).toBe('sessions-acupuncture-shoulder');
    expect(createEngine(knowledge, { service: 'massage' }).ask(question).entryId).toBe('sessions-massage-shoulder');
    expect(createEngine(knowledge, { service: 'Dry-Needling' }).ask(question).entryId).toBe('sessions-dry-needling-shoulder');
  });

  it('on a page of one service, still answers a question that names another', () => {
    const onMassagePage = createEngine(knowledge, { service: 'massage' });
    expect(onMassagePage.ask('how many sessions of dry needling for my heel').entryId).toBe('sessions-dry-needling-heel');
    expect(onMassagePage.ask('what is prolotherapy').entryId).toBe('what-is-prolotherapy');
  });
});
