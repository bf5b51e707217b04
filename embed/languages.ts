import { STRINGS, type Strings } from '../src/ui/strings.js';

/** The languages the widget speaks, by primary language subtag. */
export const LANGS = ['en'] as const;
export type Lang = (typeof LANGS)[number];
/** The language used when none is given or the one given is not available. */
export const DEFAULT_LANG: Lang = 'en';

/** The widget's texts in each language. Only the chat needs these; the loader gets by with `LANGS`. */
export const LANGUAGES: Readonly<Record<Lang, Strings>> = { en: STRINGS };
