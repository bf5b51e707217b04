/**
 * Every message faq-chat writes to the host page's console, in one place.
 * Separate exports, so each bundle carries only the messages it can write.
 */

/** A data attribute or mount() option that could not be used. */
export const badOption = (name: string, value: unknown, expected: string, fallback: string) =>
  `${name}=${JSON.stringify(value)} is not ${expected}; using ${fallback} instead`;
export const ALREADY_ON_PAGE = 'already on this page; this copy of faq-chat.js does nothing';
export const KNOWLEDGE_MISSING = 'mount() needs the "knowledge" option: the URL of faq-chat-knowledge.json or the compiled knowledge itself';
export const chatNotLoaded = (bookingUrl: string | undefined) =>
  `the chat could not be loaded; ${bookingUrl ? `the launcher now opens ${bookingUrl}` : 'set data-booking-url so the launcher can link to booking'}`;
export const knowledgeNotLoaded = (source: string, reason: string) =>
  `could not load the answers from ${source} (${reason}); the chat offers booking and phone and tries again when reopened`;
export const serviceUntagged = (service: string) => `no answer carries the tag "${service}" set as this page's service; every answer counts alike`;
export const handlerThrew = (event: string) => `a "${event}" handler threw; the chat carries on`;
export const unknownCommand = (command: unknown) => `unknown command ${JSON.stringify(command)}; use open, close, ask or on`;
export const unknownEvent = (event: unknown, known: string) => `unknown event ${JSON.stringify(event)}; use ${known}`;

/** Writes one prefixed warning to the console. */
export function warn(message: string, detail?: unknown): void {
  if (detail === undefined) console.warn(`[faq-chat] ${message}`);
  else console.warn(`[faq-chat] ${message}`, detail);
}
