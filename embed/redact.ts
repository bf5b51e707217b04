const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** A run of digits with the separators phone numbers are written with; a phone number once it has 7 digits. */
const DIGIT_RUN = /\+?\(?\d[\d\s().\/-]*\d/g;
const PHONE_MIN_DIGITS = 7;

/**
 * Replaces email addresses with "[email]" and phone numbers with "[phone]",
 * so visitor text can go to analytics. Errs towards redacting: a long number
 * such as a date written 2024-01-15 counts as a phone number too.
 */
export function redact(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(DIGIT_RUN, (run) => (run.replace(/\D/g, '').length >= PHONE_MIN_DIGITS ? '[phone]' : run));
}
