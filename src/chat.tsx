/**
 * The chat, loaded by faq-chat.js on first interaction: fetches the knowledge,
 * starts the engine, and renders the panel into the widget's shadow root.
 */
import { render } from 'preact';
import type { EmbedConfig } from '../embed/readConfig.js';
import { createConversation } from './engine/createConversation.js';
import { createEngine } from './engine/createEngine.js';
import type { CompiledKnowledge } from './knowledge/types.js';
import { ChatPanel } from './ui/ChatPanel.js';
import panelCss from './ui/panel.css?inline';
import { STRINGS } from './ui/strings.js';
import type { Answerer, ClinicInfo, WidgetProps } from './ui/types.js';

export interface ChatApp {
  open(): void;
  close(): void;
}

const LOG_PREFIX = '[faq-chat]';

/** Sets up the chat in `shadow`; the launcher given is the one the loader drew. */
export function createChatApp(shadow: ShadowRoot, config: EmbedConfig, launcher: HTMLButtonElement): ChatApp {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelCss);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  const container = document.createElement('div');
  shadow.append(container);

  let knowledge: CompiledKnowledge | null = null;
  let status: WidgetProps['status'] = 'loading';
  let isOpen = false;

  const fetchKnowledge = () => {
    status = 'loading';
    fetch(config.knowledgeUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<CompiledKnowledge>;
      })
      .then((loaded) => {
        knowledge = loaded;
        status = 'ready';
      })
      .catch((error: unknown) => {
        status = 'failed';
        console.warn(`${LOG_PREFIX} could not load the answers from ${config.knowledgeUrl}`, error);
      })
      .finally(draw);
  };

  let answerer: Answerer | null = null;
  const clinicInfo = (): ClinicInfo => ({
    name: config.title ?? knowledge?.clinic.name ?? STRINGS.panelTitle,
    bookingUrl: config.bookingUrl ?? knowledge?.clinic.bookingUrl ?? '',
    phone: config.phone ?? knowledge?.clinic.phone ?? '',
    greeting: knowledge?.clinic.greeting ?? '',
    starters: knowledge?.clinic.starters ?? [],
    disclaimer: knowledge?.clinic.disclaimer ?? '',
    handoff: knowledge?.clinic.handoff ?? STRINGS.unavailable,
  });

  function draw() {
    if (knowledge && !answerer) answerer = createConversation(createEngine(knowledge));
    render(
      isOpen ? <ChatPanel clinic={clinicInfo()} strings={STRINGS} answerer={answerer} status={status} onClose={close} /> : null,
      container,
    );
  }

  function open() {
    if (status === 'failed') fetchKnowledge();
    isOpen = true;
    launcher.setAttribute('aria-expanded', 'true');
    draw();
  }

  function close() {
    isOpen = false;
    launcher.setAttribute('aria-expanded', 'false');
    draw();
    launcher.focus();
  }

  fetchKnowledge();
  return { open, close };
}
