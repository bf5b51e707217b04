/**
 * The chat, loaded by mount() on first interaction or when the browser is
 * idle: fetches the knowledge, starts the engine, and renders the panel into
 * the widget's shadow root. When the knowledge can't be had, the panel still
 * opens, says so, offers booking and phone, and tries again on the next open.
 */
import { render } from 'preact';
import type { Events, FaqChatEventMap } from '../embed/createEvents.js';
import { DEFAULT_LANG, LANGUAGES, type Lang } from '../embed/languages.js';
import { knowledgeNotLoaded, serviceUntagged, warn } from '../embed/messages.js';
import { createSlicer, type Slicer } from './createSlicer.js';
import { buildEngine, carriesTag } from './engine/createEngine.js';
import { createKnowledgeFileReader } from './knowledge/knowledgeFile.js';
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
const KNOWLEDGE_VERSION = 7;

/**
 * Fetches the knowledge and parses it as it arrives, an entry at a time, in
 * the slicer's short tasks; rejects with a reason a person can act on.
 */
async function fetchKnowledge(url: string, slicer: Slicer): Promise<unknown> {
  const response = await fetch(url, { credentials: 'omit' }).catch(() => {
    throw 'network error, or blocked by CORS or Content-Security-Policy';
  });
  if (!response.ok) throw `HTTP ${response.status}`;
  const file = createKnowledgeFileReader();
  const decoder = new TextDecoder();
  try {
    const reader = response.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      await slicer.run(file.push(decoder.decode(chunk.value, { stream: true })));
    }
    await slicer.run(file.push(decoder.decode()));
    return file.end();
  } catch (error) {
    throw error instanceof SyntaxError ? 'not valid JSON' : 'network error while downloading';
  }
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
  const warnOnce = (message: string) => {
    if (!warned.has(message)) warn(message);
    warned.add(message);
  };

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
    const slicer = createSlicer();
    Promise.resolve(typeof options.knowledge === 'string' ? fetchKnowledge(options.knowledge, slicer) : options.knowledge)
      .then((data) => {
        knowledge = checkKnowledge(data);
        const { service = '' } = options;
        if (service && !knowledge.entries.some((entry) => carriesTag(entry, service))) warnOnce(serviceUntagged(service));
        return slicer.run(buildEngine(knowledge, { service }));
      })
      .then((engine) => {
        answerer = engine;
        status = 'ready';
      })
      .catch((reason: unknown) => {
        status = 'failed';
        warnOnce(knowledgeNotLoaded(source, typeof reason === 'string' ? reason : String(reason)));
      })
      .finally(() => {
        slicer.close();
        draw();
      });
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
