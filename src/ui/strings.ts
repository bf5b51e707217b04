/**
 * Every text the widget shows or speaks that is not curated content, aria-labels
 * included. A clinic can override any of them (to translate, say) through the
 * `strings` option; the rest keep these defaults.
 */
/** The launcher's texts, apart so the loader carries only these. */
export const LAUNCHER_STRINGS = {
  launcherLabel: 'Open chat: questions about our treatments',
  launcherText: 'Questions?',
} as const;

export const STRINGS = {
  ...LAUNCHER_STRINGS,
  /** Under the clinic's name in the header; with it, the dialog's name. */
  panelTitle: 'Questions & answers',
  close: 'Close chat',
  clear: 'Start over',
  /** Announced after "Start over". */
  cleared: 'The conversation was cleared.',
  /** Shown when the clinic has no greeting of its own (its answers could not be loaded, say). */
  greeting: 'Hello! What would you like to know?',
  /** Shown when the clinic has no disclaimer of its own. */
  disclaimer: "General information, not medical advice. Please don't type personal health details here.",
  /** The conversation's list, for screen readers. */
  conversation: 'Conversation',
  inputLabel: 'Your question',
  inputPlaceholder: 'Type your question…',
  send: 'Send',
  sources: 'Sources',
  /** Spoken after every link that opens a new tab. */
  newTab: '(opens in a new tab)',
  bookConsultation: 'Book a consultation',
  call: 'Call {phone}',
  didYouMean: 'Did you mean:',
  suggestionsLabel: 'You could also ask',
  /** Read before each of the visitor's messages (screen readers only). */
  visitorSaid: 'You said:',
  /** Read before each reply (screen readers only). */
  assistantSaid: 'Clinic assistant:',
  loading: 'Loading answers…',
  unavailable: "Sorry, I can't answer questions right now. You can still book a consultation or call us.",
  helpfulQuestion: 'Was this helpful?',
  helpfulYes: 'Yes',
  helpfulNo: 'No',
  helpfulThanks: 'Thank you for your feedback.',
  /** The label above emergency guidance. */
  urgentTitle: 'Urgent',
  /** What a screen reader announces for emergency guidance. */
  urgentAnnouncement: 'Urgent: {text}',
} as const;

export type Strings = { -readonly [K in keyof typeof STRINGS]: string };

/** Fills `{name}` placeholders in a string from the table. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
