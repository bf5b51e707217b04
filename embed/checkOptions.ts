import type { MountOptions } from '../src/mount.js';
import { onAccentFor } from './accentColors.js';
import { DEFAULT_LANG, LANGS } from './languages.js';
import { badOption } from './messages.js';

interface Rule {
  /** What a good value looks like, for the warning. */
  expected: string;
  /** What is used instead, for the warning. */
  fallback: string;
  /** The value to use, or undefined when it can't be used. */
  parse(value: unknown, baseUrl: string): unknown;
}

const url = (protocols: RegExp) => (value: unknown, baseUrl: string) => {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const parsed = new URL(value.trim(), baseUrl);
    return protocols.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const oneOf = (...allowed: string[]) => (value: unknown) => {
  const word = text(value)?.toLowerCase();
  return word && allowed.includes(word) ? word : undefined;
};
/** true, false, or (as for HTML boolean attributes) present without a value. */
const flag = (value: unknown) =>
  typeof value === 'boolean' ? value : value === '' || value === 'true' ? true : value === 'false' ? false : undefined;
const PHONE = /^\+?[\d\s().-]+$/;
const PHONE_MIN_DIGITS = 5;

/** How each option is checked, keyed by its mount() name (a data attribute's dataset name is the same). */
export const OPTION_RULES = {
  knowledge: {
    expected: 'an http(s) URL',
    fallback: 'faq-chat-knowledge.json',
    parse: (value, baseUrl) => (value && typeof value === 'object' ? value : url(/^https?:$/)(value, baseUrl)),
  },
  bookingUrl: { expected: 'an http(s) URL', fallback: "the knowledge base's booking link", parse: url(/^https?:$/) },
  phone: {
    expected: 'a phone number',
    fallback: "the knowledge base's phone number",
    parse: (value) => {
      const phone = text(value);
      return phone && PHONE.test(phone) && phone.replace(/\D/g, '').length >= PHONE_MIN_DIGITS ? phone : undefined;
    },
  },
  color: {
    expected: 'a #rrggbb colour on which white or near-black text reaches 4.5:1 contrast',
    fallback: 'the default colour',
    parse: (value) => {
      const color = text(value);
      return color && onAccentFor(color) ? color : undefined;
    },
  },
  position: { expected: 'left or right', fallback: 'right', parse: oneOf('left', 'right') },
  title: { expected: 'a non-empty title', fallback: "the clinic's name", parse: text },
  lang: {
    expected: `a language faq-chat speaks (${LANGS.join(', ')})`,
    fallback: DEFAULT_LANG,
    parse: (value) => {
      const primary = text(value)?.toLowerCase().split(/[-_]/)[0];
      return LANGS.find((lang) => lang === primary);
    },
  },
  service: { expected: 'a tag', fallback: 'every answer alike', parse: (value) => text(value)?.toLowerCase() },
  open: { expected: 'true or false', fallback: 'false', parse: flag },
  bookingQuery: { expected: 'true or false', fallback: 'false', parse: flag },
  analytics: { expected: '"datalayer"', fallback: 'no analytics', parse: oneOf('datalayer') },
  analyticsEndpoint: { expected: 'an https URL', fallback: 'no analytics endpoint', parse: url(/^https:$/) },
} satisfies Record<string, Rule>;

/**
 * Checks options against `OPTION_RULES`: a usable value is kept (trimmed,
 * URLs made absolute against `baseUrl`), an unusable one is dropped with one
 * warning naming it (`nameOf` turns "bookingUrl" into "data-booking-url" for
 * the script tag). Options without a rule pass through unchecked; absent ones
 * are not mentioned.
 */
export function checkOptions(
  input: Readonly<Record<string, unknown>>,
  nameOf: (key: string) => string,
  baseUrl: string,
): { options: Partial<MountOptions>; warnings: string[] } {
  const options: Record<string, unknown> = { ...input };
  const warnings: string[] = [];
  for (const [key, rule] of Object.entries(OPTION_RULES) as [string, Rule][]) {
    const value = input[key];
    if (value === undefined) continue;
    options[key] = rule.parse(value, baseUrl);
    if (options[key] !== undefined) continue;
    delete options[key];
    warnings.push(badOption(nameOf(key), value, rule.expected, rule.fallback));
  }
  return { options: options as Partial<MountOptions>, warnings };
}
