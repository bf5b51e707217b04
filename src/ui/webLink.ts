/**
 * The address for a link to a web page, or null when `url` is empty or not an
 * http(s) address, so that a mistyped `javascript:` booking URL never becomes a
 * link. Relative addresses resolve against the page. `query` entries are added as
 * query parameters, e.g. `webLink('https://clinic.example/book', { q: 'does it hurt' })`
 * is `'https://clinic.example/book?q=does+it+hurt'`.
 */
export function webLink(url: string, query: Record<string, string> = {}): string | null {
  if (!url.trim()) return null;
  let target: URL;
  try {
    target = new URL(url, document.baseURI);
  } catch {
    return null;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return null;
  const entries = Object.entries(query);
  if (entries.length === 0) return url;
  for (const [name, value] of entries) target.searchParams.set(name, value);
  return target.href;
}
