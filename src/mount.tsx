/**
 * mount(): puts the widget on the page. The one code path behind both front
 * doors, the script-tag loader (embed/loader.ts) and the ES module
 * (src/index.ts); they differ only in how they fetch the chat code. Everything
 * here ships in the loader, so it draws the launcher and no more: the chat
 * (src/chat.tsx) loads on first interaction or when the browser is idle.
 */
import { createEvents, type FaqChatEventName, type FaqChatHandler } from '../embed/createEvents.js';
import { createLauncher, raiseToTopLayer } from '../embed/createLauncher.js';
import { chatNotLoaded, warn } from '../embed/messages.js';
import type { ChatApp, createChatApp } from './chat.js';
import type { CompiledKnowledge } from './knowledge/types.js';
import type { Strings } from './ui/strings.js';

/** What a clinic can set. Every field but `knowledge` is optional; each bad value is warned about and replaced by its default. */
export interface MountOptions {
  /**
   * The answers: the URL of faq-chat-knowledge.json (relative URLs resolve
   * against the page), or the compiled knowledge itself. Required.
   * @example '/faq-chat/faq-chat-knowledge.json'
   */
  knowledge: string | CompiledKnowledge;
  /**
   * Where "Book a consultation" links, http or https. Default: the knowledge
   * base's booking link. Set it so booking works even when the answers can't load.
   * @example 'https://clinic.example/book'
   */
  bookingUrl?: string;
  /** The clinic's phone number, shown as a call link. Default: the knowledge base's. @example '+44 20 7946 0000' */
  phone?: string;
  /** The accent colour, #rgb or #rrggbb; its text is white or near-black, whichever contrasts more. Default: #0b5cad. */
  color?: string;
  /** Which bottom corner the launcher and panel sit in. Default: 'right'. */
  position?: 'left' | 'right';
  /** The panel's heading. Default: the clinic's name from the knowledge base. */
  title?: string;
  /** The widget's language (a language tag; its primary subtag picks the texts). Default: 'en', the only one so far. */
  lang?: string;
  /** Replaces any of the widget's texts (see STRINGS in src/ui/strings.ts). Default: none. @example { launcherText: 'Ask us' } */
  strings?: Partial<Strings>;
  /** Opens the chat as soon as the page loads. Default: false. */
  open?: boolean;
  /**
   * A tag your answers about this page's service carry: they come first, and a question that names another
   * service still gets that service's answer. For a clinic group with one knowledge base. Default: none.
   * @example 'prolotherapy'
   */
  service?: string;
  /** Adds the visitor's question to the booking link's query so the booking form can show it. Default: false. */
  bookingQuery?: boolean;
  /** 'datalayer' pushes every event to window.dataLayer for Google Tag Manager. Default: none. */
  analytics?: 'datalayer';
  /** An https URL that receives every event by navigator.sendBeacon, as JSON. Default: none. */
  analyticsEndpoint?: string;
}

/** The mounted widget. Every method is safe to call at any time, before the chat has loaded or after destroy(). */
export interface FaqChatWidget {
  /** Opens the chat panel, loading the chat first if needed. */
  open(): void;
  /** Closes the panel. */
  close(): void;
  /** Opens the panel and asks `question` as if the visitor had typed it. */
  ask(question: string): void;
  /** Calls `handler` on every `event`; returns a function that stops it. */
  on<E extends FaqChatEventName>(event: E, handler: FaqChatHandler<E>): () => void;
  /** Removes the widget and its handlers from the page. */
  destroy(): void;
}

/** Fetches the chat module: a dynamic import from beside the loader, or the bundler's chunk. */
export type ChatLoader = () => Promise<{ createChatApp: typeof createChatApp }>;

/** How long the chat waits for the browser to be idle before it loads anyway. */
const IDLE_TIMEOUT_MS = 5000;

/**
 * Mounts the widget on the page, fetching the chat with `loadChat` when it is
 * first needed. `options` come checked by the front door (readConfig or index.ts).
 */
export function mount(options: MountOptions, loadChat: ChatLoader): FaqChatWidget {
  const events = createEvents(options);
  const { host, shadow, launcher } = createLauncher(options);
  let chat: Promise<ChatApp | undefined> | undefined;
  let destroyed = false;
  let lower: (() => void) | undefined;
  // In the top layer where the browser has one: a transform, filter, perspective or containment on the
  // body or the root would otherwise become the containing block of the fixed launcher and panel, and
  // carry them off the screen's corner as the page scrolls. Done with the chat's loading (when the page
  // is idle, or on first interaction), not before the launcher shows: it restyles the whole page.
  const raise = () => void (!lower && !destroyed && (lower = raiseToTopLayer(host)));

  /** The chat, loaded once; undefined, after one warning, when its code could not be loaded or started. */
  const load = () => {
    raise();
    return (chat ??= loadChat()
      .then((module) => module.createChatApp({ shadow, launcher, options, emit: events.emit }))
      .catch((error: unknown) => void warn(chatNotLoaded(options.bookingUrl), error)));
  };
  const withChat = (action: (app: ChatApp) => void) => {
    if (!destroyed) void load().then((app) => app && !destroyed && action(app));
  };
  const preload = () => withChat(() => undefined);

  launcher.addEventListener('click', () =>
    void load().then((app) => {
      if (app) app.open();
      else if (options.bookingUrl) window.open(options.bookingUrl, '_blank', 'noopener');
    }),
  );
  for (const type of ['pointerenter', 'focus', 'touchstart']) launcher.addEventListener(type, preload, { once: true, passive: true });
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(preload, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(preload, IDLE_TIMEOUT_MS);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });

  // On the root element, not the body, for browsers with no top layer.
  const attach = () => {
    if (destroyed) return;
    document.documentElement.append(host);
    if (chat) raise();
  };
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
  if (options.open) withChat((app) => app.open());

  return {
    open: () => withChat((app) => app.open()),
    close: () => void chat?.then((app) => app?.close()),
    ask: (question) => withChat((app) => app.ask(String(question))),
    on: events.on,
    destroy() {
      destroyed = true;
      host.remove();
      lower?.();
      events.clear();
      void chat?.then((app) => app?.destroy());
    },
  };
}
