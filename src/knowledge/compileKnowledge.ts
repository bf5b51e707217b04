import { Marked } from 'marked';
import { ENGLISH } from '../engine/english.js';
import type { LoadedKnowledge } from './loadKnowledge.js';
import type { CompiledKnowledge } from './types.js';

const markdown = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Turns loaded, checked knowledge into the JSON the widget loads. Answers are
 * rendered to HTML here, so no Markdown parser ships to visitors.
 * Call only when `loaded.clinic` is present (the loader reports it missing otherwise).
 */
export function compileKnowledge(loaded: LoadedKnowledge): CompiledKnowledge {
  if (!loaded.clinic) throw new Error('[faq-chat] compileKnowledge needs clinic settings');
  const c = loaded.clinic.fields;
  const synonyms: Record<string, string> = {};
  for (const [word, variants] of Object.entries(loaded.synonyms?.fields ?? {})) {
    for (const variant of variants) synonyms[variant.toLowerCase()] = word.toLowerCase();
  }
  const sourceIndex = new Map(loaded.sources.map((s, i) => [s.id, i]));
  const entryIndex = new Map(loaded.entries.map(({ fields }, i) => [fields.id, i]));
  // Only a draft (knowledge with problems, for previews) can name an entry or source that is not there; those are left out.
  const known = (index: number | undefined): index is number => index !== undefined;
  return {
    version: 7,
    clinic: {
      name: c.name,
      bookingUrl: c.booking_url,
      phone: c.phone,
      greeting: c.greeting,
      starters: c.starters,
      disclaimer: c.disclaimer,
      handoff: c.handoff,
      personalAdvice: c.personal_advice,
      bookingRequest: c.booking_request,
      emergency: c.emergency,
      // "ok" came later: without a reply of its own, an acknowledgement gets the reply to thanks.
      smalltalk: { ...c.smalltalk, ok: c.smalltalk.ok ?? c.smalltalk.thanks },
    },
    sources: loaded.sources.map((s) => ({ id: s.id, title: s.fields.title, url: s.fields.url, placeholderUrl: s.fields.placeholder_url })),
    entries: loaded.entries.map(({ fields, parsed }) => ({
      id: fields.id,
      question: fields.question,
      alternates: fields.alternates,
      tags: fields.tags,
      followUps: fields.follow_ups.map((id) => entryIndex.get(id)).filter(known),
      html: (markdown.parse(parsed.body) as string).trim(),
      citations: fields.citations.flatMap(({ source, quote }) => {
        const index = sourceIndex.get(source);
        return known(index) ? [{ source: index, quote }] : [];
      }),
    })),
    synonyms,
    notCovered: c.not_covered,
    language: ENGLISH,
  };
}
