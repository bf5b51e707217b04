/**
 * faq-chat.js, the one file a clinic's script tag loads: reads the tag's data
 * attributes, mounts the widget (launcher only; the chat loads later from
 * beside this file) and turns the FaqChat() queue stub into the real API.
 * Kept tiny: every byte here is paid on every page view.
 */
import { mount } from '../src/mount.js';
import { HOST_TAG } from './createLauncher.js';
import type { FaqChatEventName, FaqChatHandler } from './createEvents.js';
import { ALREADY_ON_PAGE, unknownCommand, warn } from './messages.js';
import { readConfig } from './readConfig.js';

/** window.FaqChat: the queue stub a clinic pastes, or the real function once this file has run. */
interface FaqChatGlobal {
  (command: string, ...args: unknown[]): unknown;
  /** Calls made before faq-chat.js ran, as the stub recorded them. */
  q?: ArrayLike<unknown>[];
  /** Set on the real function: a second copy of this file sees it and stands down. */
  loaded?: true;
}

const page = window as unknown as { FaqChat?: FaqChatGlobal };
const script = document.currentScript as HTMLScriptElement | null;

if (page.FaqChat?.loaded || document.querySelector(HOST_TAG)) {
  warn(ALREADY_ON_PAGE);
} else {
  const { config, warnings } = readConfig(script?.dataset ?? {}, script?.src || location.href, document.baseURI);
  for (const warning of warnings) warn(warning);
  const widget = mount(config, () => import(/* @vite-ignore */ config.appUrl));

  const api: FaqChatGlobal = (command, ...args) => {
    if (command === 'open' || command === 'close') return widget[command]();
    if (command === 'ask') return widget.ask(args[0] as string);
    if (command === 'on') return widget.on(args[0] as FaqChatEventName, args[1] as FaqChatHandler);
    warn(unknownCommand(command));
  };
  api.loaded = true;
  // Replace first, then replay, as Plausible does: a command issued during the replay reaches the real function.
  const queue = page.FaqChat?.q ?? [];
  page.FaqChat = api;
  for (const args of Array.from(queue)) api(...(Array.from(args) as [string, ...unknown[]]));
}
