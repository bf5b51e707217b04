/**
 * The chat, loaded by mount() on first interaction or when the browser is
 * idle: fetches the knowledge, starts the engine, and renders the panel into
 * the widget's shadow root. When the knowledge can't be had, the panel still
 * opens, says so, offers booking and phone, and tries again on the next open.
 */
import { render } from 'preact';
import type { Events, FaqChatEventMap } from '../embed/createEvents.js';
import { DEFAULT_LANG, LANGUAGES, type Lang } from '../embed/languages.js';
import { knowledgeNotLoaded, warn } from '../embed/messages.js';
import { buildEngine } from './engine/createEngine.js';
import type { Engine } from './engine/types.js';
import type { CompiledKnowledge } from './knowledge/types.js';
import type { MountOptions } from './mount.js';
import { ChatPanel } from './ui/ChatPanel.js';
import panelCss from './ui/panel.css?inline';
import type { Answerer, ChatEvent, ClinicInfo, WidgetProps } from './ui/types.js';

/** What mount() hands the chat. */
export interface ChatSetup {
  shadow: ShadowRoot;
  /** The launcher mount() drew; the chat keeps its aria-expanded and gives it focus back on close. */
  launcher: HTMLElement;
  options: MountOptions;
  emit: Events['emit'];
}

/** The running chat, as mount() drives it. */
export interface ChatApp {
  open(): void;
  close(): void;
  /** Opens the panel and asks `question` as if the visitor had typed it. */
  ask(question: string): void;
  destroy(): void;
}

/** The knowledge format version this chat reads. */
const KNOWLEDGE_VERSION = 3;

/** Longest the engine's start-up keeps the page's main thread at a time, in ms: far below a 50 ms long task. */
const SLICE_MS = 8;

/**
 * Starts the engine in slices of about SLICE_MS, giving the page its main
 * thread back between them, so a large knowledge base never blocks it for
 * long. (A Worker would be the other way, but a script from another origin
 * under a strict Content-Security-Policy cannot start one.)
 */
function startEngine(knowledge: CompiledKnowledge): Promise<Engine> {
  const steps = buildEngine(knowledge);
  const channel = new MessageChannel();
  return new Promise<Engine>((resolve, reject) => {
    const slice = () => {
      try {
        const end = performance.now() + SLICE_MS;
        for (let step = steps.next(); ; step = steps.next()) {
          if (step.done) return resolve(step.value);
          // A message, unlike setTimeout, is not held back 4 ms once calls nest.
          if (performance.now() >= end) return channel.port2.postMessage(null);
        }
      } catch (error) {
        reject(error);
      }
    };
    channel.port1.onmessage = slice;
    slice();
  }).finally(() => channel.port1.close());
}

/** Fetches and checks the knowledge; rejects with a reason a person can act on. */
async function fetchKnowledge(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'omit' }).catch(() => {
    throw 'network error, or blocked by CORS or Content-Security-Policy';
  });
  if (!response.ok) throw `HTTP ${response.status}`;
  return response.json().catch(() => {
    throw 'not valid JSON';
  });
}

function checkKnowledge(data: unknown): CompiledKnowledge {
  const knowledge = data as Partial<CompiledKnowledge> | null;
  if (knowledge?.version !== KNOWLEDGE_VERSION || !knowledge.clinic || !Array.isArray(knowledge.entries) || !knowledge.language) {
    throw `not faq-chat knowledge version ${KNOWLEDGE_VERSION} (rebuild it with npm run build)`;
  }
  return knowledge as CompiledKnowledge;
}

/** Sets up the chat in the widget's shadow root; nothing shows until open() or ask(). */
export function createChatApp({ shadow, launcher, options, emit }: ChatSetup): ChatApp {
  const strings = { ...LANGUAGES[(options.lang as Lang | undefined) ?? DEFAULT_LANG], ...options.strings };
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelCss);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  const container = document.createElement('div');
  shadow.append(container);

  const source = typeof options.knowledge === 'string' ? options.knowledge : 'the knowledge option';
  let knowledge: CompiledKnowledge | null = null;
  let answerer: Answerer | null = null;
  let status: WidgetProps['status'] = 'loading';
  let isOpen = false;
  const warned = new Set<string>();

  /** Questions asked through the API, put to the panel as soon as it is ready for them. */
  const pending: string[] = [];
  let askInPanel: ((question: string) => void) | null = null;
  const askRef = {
    get current() {
      return askInPanel;
    },
    set current(ask) {
      askInPanel = ask;
      while (askInPanel && pending.length) askInPanel(pending.shift()!);
    },
  };

  function load() {
    status = 'loading';
    Promise.resolve(typeof options.knowledge === 'string' ? fetchKnowledge(options.knowledge) : options.knowledge)
      .then((data) => startEngine((knowledge = checkKnowledge(data))))
      .then((engine) => {
        answerer = engine;
        status = 'ready';
      })
      .catch((reason: unknown) => {
        status = 'failed';
        const message = knowledgeNotLoaded(source, typeof reason === 'string' ? reason : String(reason));
        if (!warned.has(message)) warn(message);
        warned.add(message);
      })
      .finally(draw);
  }

  const clinicInfo = (): ClinicInfo => ({
    name: options.title ?? knowledge?.clinic.name ?? strings.panelTitle,
    bookingUrl: options.bookingUrl ?? knowledge?.clinic.bookingUrl ?? '',
    phone: options.phone ?? knowledge?.clinic.phone ?? '',
    greeting: knowledge?.clinic.greeting ?? '',
    starters: knowledge?.clinic.starters ?? [],
    disclaimer: knowledge?.clinic.disclaimer ?? '',
    handoff: knowledge?.clinic.handoff ?? strings.unavailable,
  });

  const onEvent = (event: ChatEvent) => {
    const { type, ...detail } = event;
    if ('result' in detail) {
      const { question, result: { kind, entryId, confidence, reason } } = detail;
      emit(type, { question, kind, entryId, confidence, ...(reason && { reason }) } as FaqChatEventMap[typeof type]);
    } else emit(type, detail as FaqChatEventMap[typeof type]);
  };

  function draw() {
    render(
      isOpen ? (
        <ChatPanel
          clinic={clinicInfo()}
          strings={strings}
          answerer={answerer}
          status={status}
          onClose={close}
          onEvent={onEvent}
          bookingQuery={options.bookingQuery}
          askRef={askRef}
        />
      ) : null,
      container,
    );
  }

  function open() {
    if (isOpen) return;
    if (status === 'failed') load();
    isOpen = true;
    launcher.setAttribute('aria-expanded', 'true');
    emit('open', {});
    draw();
  }

  function close() {
    if (!isOpen) return;
    isOpen = false;
    launcher.setAttribute('aria-expanded', 'false');
    draw();
    launcher.focus();
    emit('close', {});
  }

  load();
  return {
    open,
    close,
    ask(question) {
      pending.push(question);
      open();
      askRef.current = askInPanel;
    },
    destroy() {
      isOpen = false;
      draw();
      container.remove();
    },
  };
}
