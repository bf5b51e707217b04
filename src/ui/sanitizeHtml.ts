/** Tags compiled answers may use; other elements are unwrapped to their (cleaned) contents. */
const ALLOWED_TAGS = new Set([
  'P', 'BR', 'HR', 'STRONG', 'EM', 'B', 'I', 'S', 'DEL', 'SUB', 'SUP', 'SMALL', 'CODE', 'PRE',
  'UL', 'OL', 'LI', 'A', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6',
]);
/** Elements dropped with everything in them: code, styles, embedded documents, foreign markup, hidden text. */
const DROPPED_TAGS = /^(script|style|template|iframe|frame|frameset|object|embed|applet|svg|math|noscript|noembed|noframes|xmp|plaintext|title|textarea|select|head|link|meta|base)$/i;
/** Link targets answers may use. Relative and other schemes (javascript:, data:, vbscript:, file:) are not. */
const SAFE_URL = /^(https?:\/\/|mailto:|tel:)/i;

/**
 * Sanitises compiled answer HTML with an allowlist: only simple formatting tags
 * survive, stripped of every attribute; links only to http(s), mailto and tel;
 * web links open in a new tab without access to this page, and when `newTabLabel`
 * is given they say so to screen readers. Returns a fragment to insert; its nodes
 * are never serialised and parsed again, so markup cannot change meaning on the way.
 */
export function sanitizeHtml(html: string, doc: Document = document, newTabLabel?: string): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  cleanChildren(template.content, newTabLabel);
  return template.content;
}

function cleanChildren(parent: ParentNode, newTabLabel: string | undefined): void {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === 3) continue;
    if (node.nodeType !== 1 || DROPPED_TAGS.test((node as Element).localName)) {
      node.remove();
      continue;
    }
    const element = node as Element;
    cleanChildren(element, newTabLabel);
    const href = element.getAttribute('href')?.trim() ?? '';
    // Only HTML elements count: an <a> inside foreign markup has the same tag name but another namespace.
    const allowed = element.namespaceURI === 'http://www.w3.org/1999/xhtml' && ALLOWED_TAGS.has(element.tagName);
    if (!allowed || (element.tagName === 'A' && !SAFE_URL.test(href))) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    for (const attribute of [...element.attributes]) element.removeAttribute(attribute.name);
    if (element.tagName !== 'A') continue;
    element.setAttribute('href', href);
    if (/^https?:/i.test(href)) {
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
      if (newTabLabel) {
        const hint = element.ownerDocument.createElement('span');
        hint.className = 'visually-hidden';
        hint.textContent = ` ${newTabLabel}`;
        element.append(hint);
      }
    }
  }
}
