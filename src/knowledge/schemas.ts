import * as v from 'valibot';

const text = (field: string) =>
  v.pipe(
    v.string(`${field} must be text`),
    v.trim(),
    v.nonEmpty(`${field} is empty`),
  );

const textList = (field: string, min: number) =>
  v.pipe(
    v.array(text(`each of ${field}`), `${field} must be a list (lines starting with "- ")`),
    v.minLength(min, `${field} needs at least ${min}`),
  );

const kebabId = (field: string) =>
  v.pipe(text(field), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${field} must be lowercase words joined by "-"`));

/** Front matter of `knowledge/qa/<id>.md`. */
export const EntryFields = v.object(
  {
    id: kebabId('id'),
    question: text('question'),
    alternates: textList('alternates', 3),
    tags: textList('tags', 1),
    follow_ups: v.optional(v.array(kebabId('each follow-up'), 'follow_ups must be a list of entry ids'), []),
    citations: v.pipe(
      v.array(
        v.object(
          { source: kebabId('citation source'), quote: text('citation quote') },
          'each citation needs a source and a quote',
        ),
        'citations must be a list',
      ),
      v.minLength(1, 'citations needs at least 1'),
    ),
  },
  'the fields are missing',
);
export type EntryFields = v.InferOutput<typeof EntryFields>;

/** Front matter of `knowledge/sources/<id>.md`. */
export const SourceFields = v.object(
  {
    title: text('title'),
    url: v.pipe(text('url'), v.url('url must be a full web address (https://…)')),
    placeholder_url: v.optional(v.boolean('placeholder_url must be true or false'), false),
  },
  'the fields are missing',
);

/** `knowledge/clinic.yaml`. */
export const ClinicFields = v.object(
  {
    name: text('name'),
    booking_url: v.pipe(text('booking_url'), v.url('booking_url must be a full web address (https://…)')),
    phone: text('phone'),
    greeting: text('greeting'),
    starters: textList('starters', 1),
    disclaimer: text('disclaimer'),
    handoff: text('handoff'),
    personal_advice: text('personal_advice'),
    booking_request: text('booking_request'),
    emergency: text('emergency'),
    smalltalk: v.object(
      { hello: text('hello'), thanks: text('thanks'), ok: v.optional(text('ok')), goodbye: text('goodbye') },
      'smalltalk needs hello, thanks and goodbye',
    ),
    not_covered: v.optional(v.array(text('each not_covered topic'), 'not_covered must be a list'), []),
  },
  'the settings are missing',
);

/** `knowledge/synonyms.yaml`: our word → the words visitors use for it. */
export const SynonymFields = v.record(
  v.string(),
  v.array(text('each synonym'), 'write the visitor words as a list: [word, another word]'),
  'write each line as  our-word: [visitor word, another]',
);

/** Path of the first issue, as keys the YAML document understands. */
export function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}
