/**
 * A light English stemmer: folds plurals and the common verb endings so that
 * "injections", "injected" and "injecting" meet "injection"/"inject" halfway.
 * Deliberately conservative: a wrong merge costs more than a missed one.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = restoreEnding(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) w = restoreEnding(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/**
 * What is left once -ing or -ed is cut: "stopp" loses its doubled consonant,
 * and a short consonant-vowel-consonant stem gets its silent e back, so
 * "coming" and "taking" meet "come" and "take" (while "sitting" stays "sit").
 */
function restoreEnding(w: string): string {
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) return w.slice(0, -1);
  return /^[b-df-hj-np-tv-z][aeiou][b-df-hj-np-tv]$/.test(w) ? `${w}e` : w;
}
