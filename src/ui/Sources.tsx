import type { ResultCitation } from '../engine/types.js';
import { ExternalLink } from './ExternalLink.js';
import type { Strings } from './strings.js';
import { webLink } from './webLink.js';

/** The passages an answer rests on, under a disclosure: each source page's title as a link, then its quotes. */
export function Sources({ citations, strings }: { citations: ResultCitation[]; strings: Strings }) {
  const pages = new Map<string, ResultCitation[]>();
  for (const c of citations) pages.set(c.source, [...(pages.get(c.source) ?? []), c]);
  return (
    <details class="sources">
      <summary>{strings.sources}</summary>
      <ul>
        {[...pages].map(([source, quotes]) => {
          const { title = source, url } = quotes[0]!;
          const href = url && webLink(url);
          return (
            <li key={source}>
              {href ? <ExternalLink href={href} newTab={strings.newTab}>{title}</ExternalLink> : <span>{title}</span>}
              {quotes.map((c) => <blockquote key={c.quote} dir="auto">{c.quote}</blockquote>)}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
