import type { LoadedKnowledge, LoadedSource, Located } from '../../src/knowledge/loadKnowledge.js';
import type { FrontMatterFile } from '../../src/knowledge/parseFrontMatter.js';
import type { EntryFields } from '../../src/knowledge/schemas.js';
import { ASPECTS, BODY_AREAS, GENERAL_SENTENCES, LOCATIONS, SOURCE_KINDS, TREATMENTS, type Aspect } from './clinicVocabulary.js';

/** The seed `npm run bench` uses unless `--seed` says otherwise. */
export const DEFAULT_SEED = 7;

/** Where synthetic files would live; only used in problem messages. */
const SYNTHETIC_DIR = 'synthetic';
/** Words of the real knowledge base this short carry little topic and are not borrowed. */
const MIN_BORROWED_WORD_LENGTH = 6;
/** Longer words that carry no topic either. */
const FUNCTION_WORDS = new Set(['because', 'before', 'between', 'during', 'should', 'through', 'whether', 'without', 'another', 'usually', 'around', 'against', 'themselves', 'yourself', 'something', 'anything', 'actually', 'really']);
/**
 * The real entries' own topic. A synthetic entry about it ("How many prolotherapy
 * sessions will I need for my knee at Northside?") would be a right answer the
 * eval labels do not know, not a distractor, so none is written.
 */
const REAL_TOPIC = { treatment: 'prolotherapy', area: 'knee' } as const;
/** The tag of the real entries' service, as a clinic group's editors would tag them: what a prolotherapy page's widget sets. */
export const CLINIC_SERVICE = REAL_TOPIC.treatment;
/** Attempts at a fresh (aspect, treatment, area, location) combination before giving up. */
const MAX_ATTEMPTS_PER_ENTRY = 1000;

/**
 * Loaded knowledge of exactly `size` entries: all the real entries, then
 * synthetic ones about the other treatments, body areas and locations of a
 * clinic group, written with the real entries' vocabulary mixed in. Each
 * synthetic entry has a 10-15 word question, 4-5 alternates (one misspelled),
 * a 3-6 sentence answer and 1-2 citations quoting synthetic source pages,
 * so the result passes the same checks and compiles the same way as a real
 * knowledge folder. The same seed gives the same entries.
 */
export function generateKnowledge(real: LoadedKnowledge, size: number, seed: number = DEFAULT_SEED): LoadedKnowledge {
  if (!Number.isInteger(size) || size < real.entries.length) {
    throw new Error(`[faq-chat] bench: a knowledge base of ${size} entries cannot hold the ${real.entries.length} real ones`);
  }
  const random = createRandom(seed);
  const borrowed = borrowedWords(real);
  const taken = new Set(real.entries.map((e) => e.fields.id));
  const quotesBySource = new Map<string, Set<string>>();
  const idsByTreatment = new Map<string, string[]>();
  const entries: Located<EntryFields>[] = real.entries.map((entry) => ({ ...entry, fields: { ...entry.fields, tags: [...entry.fields.tags, CLINIC_SERVICE] } }));

  while (entries.length < size) {
    const entry = nextEntry();
    taken.add(entry.fields.id);
    entries.push(entry);
  }

  const sources: LoadedSource[] = [...quotesBySource].map(([id, quotes]) => {
    const [treatment, kind] = splitSourceId(id);
    return {
      id,
      file: `${SYNTHETIC_DIR}/sources/${id}.md`,
      fields: { title: fill(kind.title, { t: treatment.name }), url: `https://demo-clinic.example/pages/${id}`, placeholder_url: true },
      parsed: syntheticFile([...quotes].join('\n\n')),
    };
  });
  return { ...real, sources: [...real.sources, ...sources], entries };

  function nextEntry(): Located<EntryFields> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_ENTRY; attempt++) {
      const aspect = random.pick(ASPECTS);
      const treatment = random.pick(TREATMENTS);
      const area = random.pick(BODY_AREAS);
      const slots: Slots = {
        t: treatment.name,
        ts: random.pick(treatment.casual),
        a: area.name,
        c: random.pick(area.conditions),
        l: random.pick(LOCATIONS),
      };
      if (treatment.slug === REAL_TOPIC.treatment && (area.slug === REAL_TOPIC.area || !namesArea(aspect))) continue;
      const id = entryId(aspect, treatment.slug, area.slug, slots);
      if (taken.has(id)) continue;
      return writeEntry(id, aspect, treatment.slug, slots);
    }
    throw new Error(`[faq-chat] bench: ran out of distinct synthetic entries after ${entries.length}`);
  }

  function writeEntry(id: string, aspect: Aspect, treatmentSlug: string, slots: Slots): Located<EntryFields> {
    const alternates = random.shuffle(aspect.alternates).slice(0, random.int(4, 5)).map((a) => fill(a, slots).toLowerCase());
    const typo = random.int(0, alternates.length - 1);
    alternates[typo] = misspell(alternates[typo]!, random);

    const own = aspect.answer.slice(0, random.int(2, 3)).map((s) => fill(s, slots));
    const general = random.shuffle(GENERAL_SENTENCES).slice(0, random.int(1, 3)).map((s) =>
      fill(s, { ...slots, w: random.pick(borrowed), w2: random.pick(borrowed) }),
    );
    const sentences = [...own, ...general];
    const split = sentences.length > 3 && random.next() < 0.25 ? random.int(2, sentences.length - 1) : sentences.length;
    const body = [sentences.slice(0, split), sentences.slice(split)].filter((p) => p.length).map((p) => p.join(' ')).join('\n\n');

    const citations = random.shuffle(own).slice(0, random.int(1, 2)).map((quote) => {
      const source = `${treatmentSlug}-${random.pick(SOURCE_KINDS).slug}`;
      let quotes = quotesBySource.get(source);
      if (!quotes) quotesBySource.set(source, (quotes = new Set()));
      quotes.add(quote);
      return { source, quote };
    });

    const siblings = idsByTreatment.get(treatmentSlug) ?? [];
    idsByTreatment.set(treatmentSlug, [...siblings.slice(-20), id]);
    return {
      file: `${SYNTHETIC_DIR}/qa/${id}.md`,
      fields: {
        id,
        question: fill(aspect.question, slots),
        alternates,
        tags: [aspect.tag, treatmentSlug],
        follow_ups: random.shuffle(siblings).slice(0, 3),
        citations,
      },
      parsed: syntheticFile(body),
    };
  }
}

type Slots = Record<'t' | 'ts' | 'a' | 'c' | 'l', string>;

const uses = (aspect: Aspect, slot: string) => aspect.question.includes(`{${slot}}`);
const namesArea = (aspect: Aspect) => uses(aspect, 'a') || uses(aspect, 'c');

/** An id naming only what the question names, so no two entries ask the same question. */
function entryId(aspect: Aspect, treatment: string, area: string, slots: Slots): string {
  return [aspect.slug, treatment, namesArea(aspect) ? area : '', uses(aspect, 'c') ? slots.c : '', uses(aspect, 'l') ? slots.l : '']
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function splitSourceId(id: string) {
  const kind = SOURCE_KINDS.find((k) => id.endsWith(`-${k.slug}`))!;
  const treatment = TREATMENTS.find((t) => id === `${t.slug}-${kind.slug}`)!;
  return [treatment, kind] as const;
}

/** Content words of the real questions and answers (alternates hold deliberate typos), sorted so the seed alone decides what is borrowed. */
function borrowedWords(real: LoadedKnowledge): string[] {
  const words = new Set<string>();
  for (const { fields, parsed } of real.entries) {
    for (const word of [fields.question, parsed.body].join(' ').toLowerCase().split(/[^a-z]+/)) {
      if (word.length >= MIN_BORROWED_WORD_LENGTH && !FUNCTION_WORDS.has(word)) words.add(word);
    }
  }
  return [...words].sort();
}

/** Fills `{slot}` placeholders; `{T}` is `{t}` with a capital. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'T' && values.t) return values.t[0]!.toUpperCase() + values.t.slice(1);
    return values[name] ?? whole;
  });
}

/** One typo in one longer word, as visitors make them: a letter dropped, doubled, or two swapped. */
function misspell(text: string, random: Random): string {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{5,}$/.test(w));
  if (long.length === 0) return text;
  const [word, at] = random.pick(long);
  const i = random.int(1, word.length - 2);
  const typos = [
    word.slice(0, i) + word.slice(i + 1),
    word.slice(0, i) + word[i] + word.slice(i),
    word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2),
  ];
  words[at] = random.pick(typos);
  return words.join(' ');
}

function syntheticFile(body: string): FrontMatterFile {
  return { data: null, body, bodyLine: 1, lineOf: () => 1 };
}

interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(list: readonly T[]): T[];
}

/** mulberry32: small, fast and the same on every machine. */
function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (list) => list[int(0, list.length - 1)]!,
    shuffle: (list) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}
