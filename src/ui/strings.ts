/**
 * Every text the widget shows that is not curated content. A clinic can
 * override any of them (to translate, say) through the `strings` option.
 */
export const STRINGS = {
  launcherLabel: 'Open chat: questions about our treatments',
  launcherText: 'Questions?',
  panelTitle: 'Questions & answers',
  close: 'Close chat',
  clear: 'Start over',
  inputLabel: 'Your question',
  inputPlaceholder: 'Type your question…',
  send: 'Send',
  sources: 'Sources',
  bookConsultation: 'Book a consultation',
  call: 'Call {phone}',
  didYouMean: 'Did you mean:',
  suggestionsLabel: 'You could also ask',
  visitorSaid: 'You said',
  assistantSaid: 'Clinic assistant',
  loading: 'Loading answers…',
  unavailable: "Sorry, I can't answer questions right now. You can still book a consultation or call us.",
  helpfulQuestion: 'Was this helpful?',
  helpfulYes: 'Yes',
  helpfulNo: 'No',
  helpfulThanks: 'Thank you for your feedback.',
  urgentTitle: 'This may need urgent care',
} as const;

export type Strings = { -readonly [K in keyof typeof STRINGS]: string };

/** Fills `{name}` placeholders in a string from the table. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
