import type { ComponentChildren } from 'preact';
import { Icon } from './Icon.js';

/** A link that opens in a new tab, cut off from this page, and says so to sighted and screen reader users alike. */
export function ExternalLink({ href, newTab, class: className, children }: { href: string; newTab: string; class?: string; children: ComponentChildren }) {
  return (
    <a class={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <Icon name="external" />
      <span class="visually-hidden"> {newTab}</span>
    </a>
  );
}
