/** The files in dist/ a clinic hosts side by side, and what each is. */
export const DIST_FILES = {
  /** The loader the script tag points at: launcher, config, API. */
  loader: 'faq-chat.js',
  /** The chat, imported by the loader on first interaction or when idle. */
  app: 'faq-chat-app.js',
  /** The compiled knowledge; data-knowledge can point elsewhere. */
  knowledge: 'faq-chat-knowledge.json',
} as const;
