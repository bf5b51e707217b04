import themeCss from '../src/ui/theme.css?inline';
import { LAUNCHER_STRINGS } from '../src/ui/strings.js';
import type { MountOptions } from '../src/mount.js';
import { onAccentFor } from './accentColors.js';
import { DEFAULT_LANG } from './languages.js';
import launcherCss from './launcher.css?inline';

/** The element the widget lives in, one per page; its shadow root keeps the page's CSS out. */
export const HOST_TAG = 'faq-chat-widget';

/**
 * Draws the host element and the launcher button: all a page pays for before
 * the chat opens. Styles go through one constructable stylesheet and the
 * clinic's colour through CSSOM, so a strict style-src needs no exception.
 * The host is returned detached; the caller puts it on the page.
 */
export function createLauncher({ color, position, lang, strings }: Pick<MountOptions, 'color' | 'position' | 'lang' | 'strings'>) {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-position', position ?? 'right');
  host.setAttribute('lang', lang ?? DEFAULT_LANG);
  const onAccent = color && onAccentFor(color);
  if (onAccent) {
    host.style.setProperty('--accent', color);
    host.style.setProperty('--on-accent', onAccent);
  }
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themeCss + launcherCss);
  shadow.adoptedStyleSheets = [sheet];

  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-label', strings?.launcherLabel ?? LAUNCHER_STRINGS.launcherLabel);
  launcher.textContent = strings?.launcherText ?? LAUNCHER_STRINGS.launcherText;
  shadow.append(launcher);
  return { host, shadow, launcher };
}

/**
 * Puts the attached host in the top layer, as a manual popover, where the
 * browser can: there no transform, filter or containment on the page, the root
 * element's included, becomes the containing block of the fixed launcher and
 * panel, and no z-index covers them. Elsewhere the host stays a fixed element
 * on the root. A page's own `::backdrop` rule, meant for its dialogs, would
 * paint one behind the widget too, so the host's is turned off. Returns what
 * undoes that, for when the widget is removed; nothing when the host stays where it is.
 */
export function raiseToTopLayer(host: HTMLElement): (() => void) | undefined {
  if (!('showPopover' in host) || !host.isConnected) return undefined;
  const noBackdrop = new CSSStyleSheet();
  noBackdrop.replaceSync(`${HOST_TAG}::backdrop { display: none !important; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, noBackdrop];
  host.popover = 'manual';
  host.showPopover();
  return () => void (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== noBackdrop));
}
