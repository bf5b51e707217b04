import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge/buildKnowledge.js';
import { REAL_KB } from '../helpers.js';

describe('Compiling the clinic knowledge base', () => {
  const { knowledge, problems } = buildKnowledge(REAL_KB);

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('renders every answer to HTML at build time', () => {
    for (const entry of knowledge!.entries) expect(entry.html).toMatch(/^<p>/);
  });

  it('links every citation to a source page with a title and URL', () => {
    for (const entry of knowledge!.entries) {
      for (const citation of entry.citations) {
        expect(knowledge!.sources[citation.source]).toMatchObject({ title: expect.any(String), url: expect.stringMatching(/^https:/) });
      }
    }
  });
});
