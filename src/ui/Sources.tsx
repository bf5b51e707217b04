import type { ResultCitation } from '../engine/types.js';

/** The passages an answer rests on, each quoted and linked to its source page. */
export function Sources({ citations, label }: { citations: ResultCitation[]; label: string }) {
  return (
    <details class="sources" open>
      <summary>{label}</summary>
      <ul>
        {citations.map((c) => (
          <li key={`${c.source}:${c.quote}`}>
            <blockquote>{c.quote}</blockquote>
            {c.url ? (
              <a href={c.url} target="_blank" rel="noopener noreferrer">{c.title ?? c.source}</a>
            ) : (
              <span>{c.title ?? c.source}</span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
