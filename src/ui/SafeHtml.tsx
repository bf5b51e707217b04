import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeHtml } from './sanitizeHtml.js';

/** Compiled answer HTML, sanitised with an allowlist before it touches the page; its direction follows its text. */
export function SafeHtml({ html, newTab, class: className }: { html: string; newTab: string; class?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.replaceChildren(sanitizeHtml(html, element.ownerDocument, newTab));
  }, [html, newTab]);
  return <div ref={ref} class={className} dir="auto" />;
}
