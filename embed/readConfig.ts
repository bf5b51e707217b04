import type { MountOptions } from '../src/mount.js';
import { OPTION_RULES, checkOptions } from './checkOptions.js';
import { DIST_FILES } from './distFiles.js';

/** The widget's settings as a clinic gives them on the script tag, checked and with defaults filled. */
export interface EmbedConfig extends MountOptions {
  /** The knowledge JSON's absolute URL; default faq-chat-knowledge.json beside the script. */
  knowledge: string;
  /** The chat code's absolute URL, always beside the script. */
  appUrl: string;
}

/** "bookingUrl" → "data-booking-url", as the clinic wrote it. */
export const attributeName = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * Reads the script tag's `data-*` attributes into a config. Pure, so tests need
 * no DOM: each unusable attribute yields one warning naming it and the default
 * used instead. Relative URLs resolve against the page, as an href would; the
 * default files are found beside the script. Attributes faq-chat doesn't know
 * (data-cfasync and the like, added by site tools) are left alone.
 */
export function readConfig(
  dataset: Readonly<Record<string, string | undefined>>,
  scriptUrl: string,
  pageUrl: string = scriptUrl,
): { config: EmbedConfig; warnings: string[] } {
  const ours = Object.fromEntries(Object.entries(dataset).filter(([key]) => key in OPTION_RULES));
  const { options, warnings } = checkOptions(ours, attributeName, pageUrl);
  const beside = (file: string) => new URL(file, scriptUrl).href;
  const config: EmbedConfig = {
    ...options,
    knowledge: typeof options.knowledge === 'string' ? options.knowledge : beside(DIST_FILES.knowledge),
    appUrl: beside(DIST_FILES.app),
  };
  return { config, warnings };
}
