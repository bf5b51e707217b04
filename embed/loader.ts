/**
 * faq-chat.js: the one file a clinic's script tag loads. It draws only the
 * launcher; the chat code and the knowledge load on first interaction or when
 * the browser is idle. Kept tiny: every byte here is paid on every page view.
 */
import themeCss from '../src/ui/theme.css?inline';
import launcherCss from './launcher.css?inline';
import { readConfig } from './readConfig.js';
import type { ChatApp, createChatApp } from '../src/chat.js';

const LOG_PREFIX = '[faq-chat]';
const HOST_TAG = 'faq-chat-widget';

const script = document.currentScript as HTMLScriptElement | null;

if (document.querySelector(HOST_TAG)) {
  console.warn(`${LOG_PREFIX} already on this page; the second script tag is ignored`);
} else {
  const config = readConfig(script?.dataset ?? {}, script?.src || location.href);
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themeCss + launcherCss);
  shadow.adoptedStyleSheets = [sheet];

  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-label', 'Open chat: questions about our treatments');
  launcher.textContent = 'Questions?';
  shadow.append(launcher);

  let app: Promise<ChatApp> | null = null;
  const load = () =>
    (app ??= import(/* @vite-ignore */ config.appUrl).then(
      (module: { createChatApp: typeof createChatApp }) => module.createChatApp(shadow, config, launcher),
      (error: unknown) => {
        app = null;
        throw error;
      },
    ));

  launcher.addEventListener('click', () => {
    load().then(
      (chat) => chat.open(),
      (error: unknown) => console.warn(`${LOG_PREFIX} the chat could not be loaded`, error),
    );
  });
  launcher.addEventListener('pointerenter', () => void load().catch(() => undefined), { once: true });

  const mountHost = () => document.body.append(host);
  if (document.body) mountHost();
  else document.addEventListener('DOMContentLoaded', mountHost, { once: true });
}
