import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_AREAS } from '../../scripts/bench/clinicVocabulary.js';
import { CLINIC_SERVICE, generateKnowledge } from '../../scripts/bench/generateKnowledge.js';
import { checkKnowledge, countSentences } from '../../src/knowledge/checkKnowledge.js';
import { compileKnowledge } from '../../src/knowledge/compileKnowledge.js';
import { loadKnowledge, type LoadedKnowledge } from '../../src/knowledge/loadKnowledge.js';

const SIZE = 250;
/** The real entries as a clinic group's editors would tag them. */
const withService = (entries: LoadedKnowledge['entries']) =>
  entries.map((entry) => ({ ...entry, fields: { ...entry.fields, tags: [...entry.fields.tags, CLINIC_SERVICE] } }));

describe('The bench\'s synthetic knowledge bases', () => {
  let real: LoadedKnowledge;
  let generated: LoadedKnowledge;
  let synthetic: LoadedKnowledge['entries'];

  beforeAll(() => {
    real = loadKnowledge('knowledge');
    generated = generateKnowledge(real, SIZE, 7);
    synthetic = generated.entries.slice(real.entries.length);
  });

  it('hold exactly the size asked for, the real entries first, tagged with their service and otherwise unchanged', () => {
    expect(generated.entries).toHaveLength(SIZE);
    expect(generated.entries.slice(0, real.entries.length)).toEqual(withService(real.entries));
    expect(generated.sources.slice(0, real.sources.length)).toEqual(real.sources);
    expect(new Set(generated.entries.map((e) => e.fields.id)).size).toBe(SIZE);
  });

  it('are the same for the same seed and differ for another', () => {
    const strip = (k: LoadedKnowledge) => k.entries.map((e) => ({ ...e.fields, body: e.parsed.body }));
    expect(strip(generateKnowledge(real, SIZE, 7))).toEqual(strip(generated));
    expect(strip(generateKnowledge(real, SIZE, 8))).not.toEqual(strip(generated));
  });

  it('refuse a size smaller than the real knowledge base', () => {
    expect(() => generateKnowledge(real, real.entries.length - 1, 7)).toThrow(/cannot hold/);
  });

  it('pass the same checks as a knowledge folder: quotes in their sources, 3-6 sentence answers, known follow-ups', () => {
    expect(checkKnowledge(generated)).toEqual([]);
  });

  it('are shaped like real entries: 10-15 word questions, 4-5 alternates, 3-6 sentences, 1-2 citations', () => {
    const words = synthetic.map((e) => e.fields.question.split(' ').length);
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThanOrEqual(10);
    expect(mean).toBeLessThanOrEqual(15);
    for (const { fields, parsed } of synthetic) {
      expect(fields.alternates.length).toBeGreaterThanOrEqual(4);
      expect(fields.alternates.length).toBeLessThanOrEqual(5);
      expect(countSentences(parsed.body)).toBeGreaterThanOrEqual(3);
      expect(countSentences(parsed.body)).toBeLessThanOrEqual(6);
      expect(fields.citations.length).toBeGreaterThanOrEqual(1);
      expect(fields.citations.length).toBeLessThanOrEqual(2);
    }
  });

  it('mix the clinic-wide vocabulary with the real one', () => {
    const text = synthetic.map((e) => `${e.fields.question} ${e.parsed.body}`).join(' ').toLowerCase();
    for (const word of ['northside', 'shoulder', 'physiotherapy', 'prolotherapy', 'injection']) expect(text).toContain(word);
  });

  it('write no entry on the real entries\' own topic (prolotherapy for the knee), which the eval labels would not know', () => {
    const otherAreas = BODY_AREAS.filter((a) => a.slug !== 'knee').map((a) => a.slug);
    const prolotherapy = synthetic.filter((e) => e.fields.tags.includes('prolotherapy'));
    expect(prolotherapy.length).toBeGreaterThan(0);
    for (const { fields } of prolotherapy) expect(otherAreas.some((area) => fields.id.includes(`-${area}`)), fields.id).toBe(true);
  });

  it('compile the real entries exactly as the real knowledge base compiles them, tagged with their service', () => {
    const count = real.entries.length;
    expect(compileKnowledge(generated).entries.slice(0, count)).toEqual(compileKnowledge({ ...real, entries: withService(real.entries) }).entries);
  });
});
