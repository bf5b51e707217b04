import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { REAL_KB } from '../helpers.js';

/** Each source page and the seed copy of the clinic page it was made from. */
const SEEDS = {
  'knee-procedure-overview': '000_ab84f5bedf413e63.txt',
  'knee-prolotherapy-guide': '001_683445695f9d9c7b.txt',
  'benefits-for-knee-pain': '002_92048e490e577c35.txt',
  'pain-center-overview': '003_1ff3dff4526fe099.txt',
  'non-surgical-therapy': '004_0996daa242d34f4d.txt',
};

/** Pasted-in words repaired in a source page: [as the page reads now, as the seed reads]. */
const WORD_REPAIRS: Record<string, [string, string][]> = {
  'pain-center-overview': [
    ['connect muscle to bone', 'connect muProlotherapyscle to bone'],
    ['\nWhen you arrive', '\npain relief3When you arrive'],
  ],
};

/** Letters that replaced encoding damage: "bodyās" became "body’s", "kneeāsuch" "knee—such". */
const REPAIRED_LETTERS = new Set(['’', '—']);

const sources = new Map(loadKnowledge(REAL_KB).sources.map((s) => [s.id, s.parsed.body]));

/** The page with its word repairs undone; throws when a documented repair is not there. */
function undoWordRepairs(id: string, page: string): string {
  return (WORD_REPAIRS[id] ?? []).reduce((text, [repaired, original]) => {
    if (text.split(repaired).length !== 2) throw new Error(`${id}: expected "${repaired.trim()}" exactly once`);
    return text.replace(repaired, original);
  }, page);
}

/** The page with "ā" put back wherever a repaired letter stands in its place in the seed. */
function undoLetterRepairs(page: string, seed: string): string {
  const seedLetters = [...seed];
  return [...page].map((letter, i) => (REPAIRED_LETTERS.has(letter) && seedLetters[i] === 'ā' ? 'ā' : letter)).join('');
}

describe('Source pages stay checkable against the original clinic pages', () => {
  it('has a source page for every seed and no other', () => {
    expect([...sources.keys()].sort()).toEqual(Object.keys(SEEDS).sort());
  });

  it.each(Object.entries(SEEDS))('%s reads as seed %s, apart from the documented repairs', (id, seedFile) => {
    const seed = readFileSync(resolve('tests/fixtures/seeds', seedFile), 'utf8').trim();
    const page = undoWordRepairs(id, sources.get(id) ?? '');
    expect(undoLetterRepairs(page, seed)).toBe(seed);
  });
});
