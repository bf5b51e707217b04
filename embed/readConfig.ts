/** The widget's settings as a clinic gives them on the script tag. */
export interface EmbedConfig {
  /** URL of the compiled knowledge JSON. Default: faq-chat-knowledge.json beside the script. */
  knowledgeUrl: string;
  /** URL of the chat code. Always beside the script. */
  appUrl: string;
  /** Overrides the knowledge base's booking URL. */
  bookingUrl?: string;
  /** Overrides the knowledge base's phone number. */
  phone?: string;
  /** Overrides the clinic name shown in the header. */
  title?: string;
}

/** Reads `data-*` attributes of the script tag into a config; pure, so tests need no DOM. */
export function readConfig(dataset: Readonly<Record<string, string | undefined>>, scriptUrl: string): EmbedConfig {
  const beside = (file: string) => new URL(file, scriptUrl).href;
  const config: EmbedConfig = {
    knowledgeUrl: dataset.knowledge ? new URL(dataset.knowledge, scriptUrl).href : beside('faq-chat-knowledge.json'),
    appUrl: beside('faq-chat-app.js'),
  };
  if (dataset.bookingUrl) config.bookingUrl = dataset.bookingUrl;
  if (dataset.phone) config.phone = dataset.phone;
  if (dataset.title) config.title = dataset.title;
  return config;
}
