/**
 * The ES-module entry, for sites that bundle their own JavaScript:
 * `import { mount } from 'faq-chat'`. The same widget as the script tag; the
 * chat is a separate chunk the bundler splits off and loads on first use.
 */
import { checkOptions } from '../embed/checkOptions.js';
import { KNOWLEDGE_MISSING, warn } from '../embed/messages.js';
import { mount as mountWith, type FaqChatWidget, type MountOptions } from './mount.js';

/**
 * Puts the widget on the page: a launcher now, the chat on first interaction
 * or when the browser is idle. Throws only when `knowledge` is missing; every
 * other bad option is warned about in the console and replaced by its default.
 * @example
 * const chat = mount({ knowledge: '/faq-chat-knowledge.json', bookingUrl: 'https://clinic.example/book' });
 * chat.on('answer', (event) => console.log(event.entryId));
 */
export function mount(options: MountOptions): FaqChatWidget {
  if (!options?.knowledge) throw new Error(`[faq-chat] ${KNOWLEDGE_MISSING}`);
  const { options: checked, warnings } = checkOptions({ ...options }, String, document.baseURI);
  for (const warning of warnings) warn(warning);
  return mountWith({ ...checked, knowledge: checked.knowledge ?? options.knowledge }, () => import('./chat.js'));
}

export type { FaqChatWidget, MountOptions } from './mount.js';
export type { FaqChatEvent, FaqChatEventMap, FaqChatEventName, FaqChatHandler, ReplyDetail } from '../embed/createEvents.js';
export type { CompiledKnowledge } from './knowledge/types.js';
export { STRINGS, type Strings } from './ui/strings.js';
