/** Tags compiled answers may use; everything else is unwrapped to its text. */
const ALLOWED_TAGS = new Set(['P', 'BR', 'STRONG', 'EM', 'B', 'I', 'UL', 'OL', 'LI', 'A', 'CODE', 'BLOCKQUOTE', 'H3', 'H4']);
const SAFE_URL = /^(https?:|mailto:|tel:)/i;

/**
 * Sanitises compiled answer HTML with an allowlist: only simple formatting
 * tags survive, links only to http(s), mailto and tel, and external links
 * open in a new tab without access to this page. Returns a fragment to insert.
 */
export function sanitizeHtml(html: string, doc: Document = document): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  cleanChildren(template.content);
  return template.content;
}

function cleanChildren(parent: ParentNode): void {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === 3) continue;
    if (node.nodeType !== 1) {
      node.remove();
      continue;
    }
    const element = node as Element;
    cleanChildren(element);
    if (!ALLOWED_TAGS.has(element.tagName)) {
      if (/^(SCRIPT|STYLE|IFRAME|OBJECT|EMBED|TEMPLATE|SVG|MATH)$/i.test(element.tagName)) element.remove();
      else element.replaceWith(...element.childNodes);
      continue;
    }
    const href = element.tagName === 'A' ? element.getAttribute('href')?.trim() ?? '' : '';
    for (const attribute of [...element.attributes]) element.removeAttribute(attribute.name);
    if (element.tagName === 'A') {
      if (SAFE_URL.test(href)) {
        element.setAttribute('href', href);
        if (/^https?:/i.test(href)) {
          element.setAttribute('target', '_blank');
          element.setAttribute('rel', 'noopener noreferrer');
        }
      } else {
        element.replaceWith(...element.childNodes);
      }
    }
  }
}
