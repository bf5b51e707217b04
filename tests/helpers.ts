import { resolve } from 'node:path';
import { buildKnowledge } from '../src/knowledge/buildKnowledge.js';
import type { CompiledKnowledge } from '../src/knowledge/types.js';

/** The clinic's real knowledge folder. */
export const REAL_KB = resolve('knowledge');
/** A small valid knowledge folder for edge cases. */
export const MINIMAL_KB = resolve('tests/fixtures/kb-minimal');

const compiled = new Map<string, CompiledKnowledge>();

/** Compiles a knowledge folder once per test run; fails loudly when it has problems. */
export function knowledgeFrom(dir: string): CompiledKnowledge {
  const cached = compiled.get(dir);
  if (cached) return cached;
  const { knowledge, problems } = buildKnowledge(dir);
  if (!knowledge) throw new Error(`knowledge in ${dir} has problems:\n${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}`);
  compiled.set(dir, knowledge);
  return knowledge;
}

/** The treatments and body areas of `clinicGroupKnowledge`'s extra entries. */
export const GROUP_TREATMENTS = ['acupuncture', 'ozone injections', 'shockwave therapy', 'dry needling', 'massage'];
const GROUP_AREAS = ['shoulder', 'hip', 'wrist', 'neck', 'ankle', 'elbow', 'lower back', 'hamstring', 'calf', 'jaw', 'thumb', 'heel'];
const slug = (text: string) => text.replace(/ /g, '-');

/**
 * The clinic's knowledge as part of a clinic group's: its entries tagged `prolotherapy`, plus a sessions
 * entry for each other treatment and body area, tagged with its treatment and worded so that the index
 * ranks it above the clinic's own for "how many sessions". The group covers every treatment and area,
 * so none is handed off as not covered.
 */
export function clinicGroupKnowledge(): CompiledKnowledge {
  const clinic = knowledgeFrom(REAL_KB);
  const sessions = clinic.entries.find((e) => e.id === 'number-of-sessions')!;
  const group = GROUP_TREATMENTS.flatMap((treatment) =>
    GROUP_AREAS.map((area) => ({
      ...sessions,
      id: `sessions-${slug(treatment)}-${slug(area)}`,
      question: `How many sessions of ${treatment} will I need for my ${area} at our Hillcrest clinic?`,
      alternates: [`how many ${treatment} sessions for the ${area}`, `number of ${treatment} sessions needed`, `how many rounds of ${treatment} will I need`],
      tags: [...sessions.tags, slug(treatment)],
      html: `<p>How many sessions of ${treatment} your ${area} needs depends on how it responds; many people need three to six.</p>`,
      followUps: [],
    })),
  );
  const own = clinic.entries.map((entry) => ({ ...entry, tags: [...entry.tags, 'prolotherapy'] }));
  return { ...clinic, notCovered: [], entries: [...own, ...group] };
}
