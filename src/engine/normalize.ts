/** Questions are cut to this many characters before any other work, which bounds all later steps. */
export const MAX_QUESTION_LENGTH = 500;

/** A visitor's question cut to a sane length: every later step works on at most this much. */
export function cutQuestion(question: string): string {
  return question.slice(0, MAX_QUESTION_LENGTH);
}

/**
 * Lower-cases, strips accents, control characters and punctuation, and folds
 * typographic quotes, so that "Prolothérapie’s  COST?!" and "prolotherapie's cost" compare equal.
 * Apostrophes inside words are dropped ("don't" → "dont") so contractions stay one token.
 */
export function normalize(text: string): string {
  // Plain ASCII text needs no Unicode folding; most knowledge text is plain.
  if (/^[\x20-\x7E]*$/.test(text)) {
    return text.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9%]+/g, ' ').trim();
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]+/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`']/g, '')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/**
 * The sentences of a message of several that end in a question mark,
 * normalised ("Is it safe? My daughter found it online." → ["is it safe"]);
 * none when the message is one sentence.
 */
export function questionSentences(message: string): string[] {
  const sentences = (message.match(/[^.?!]+[.?!]*/g) ?? [])
    .map((sentence) => ({ text: normalize(sentence), asks: /\?[?!.]*$/.test(sentence.trim()) }))
    .filter((sentence) => sentence.text);
  return sentences.length < 2 ? [] : sentences.filter((sentence) => sentence.asks).map((sentence) => sentence.text);
}
