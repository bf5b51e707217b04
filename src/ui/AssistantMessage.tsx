import type { Result } from '../engine/types.js';
import { SafeHtml } from './SafeHtml.js';
import { Sources } from './Sources.js';
import { fill, type Strings } from './strings.js';
import type { ClinicInfo } from './types.js';

interface Props {
  result: Result;
  clinic: ClinicInfo;
  strings: Strings;
  onAsk(question: string): void;
}

/** One reply: an answer with its sources, a handoff with booking, urgent guidance, or small talk. */
export function AssistantMessage({ result, clinic, strings, onAsk }: Props) {
  if (result.kind === 'urgent') {
    return (
      <div class="message assistant urgent" role="alert">
        <p class="urgent-title">{strings.urgentTitle}</p>
        <p>{result.answer}</p>
      </div>
    );
  }
  return (
    <div class={`message assistant ${result.kind}`}>
      {result.answerHtml ? <SafeHtml html={result.answerHtml} class="answer" /> : <p>{result.answer}</p>}
      {result.citations.length > 0 && <Sources citations={result.citations} label={strings.sources} />}
      {result.kind === 'handoff' && <Handoff clinic={clinic} strings={strings} />}
      {result.suggestions.length > 0 && (
        <div class="suggestions" role="group" aria-label={result.didYouMean ? strings.didYouMean : strings.suggestionsLabel}>
          <p class="suggestions-label">{result.didYouMean ? strings.didYouMean : strings.suggestionsLabel}</p>
          {result.suggestions.map((s) => (
            <button type="button" class="chip" key={s} onClick={() => onAsk(s)}>{s}</button>
          ))}
        </div>
      )}
    </div>
  );
}

/** The way out when the FAQ can't answer: booking first, the phone second. */
export function Handoff({ clinic, strings }: { clinic: ClinicInfo; strings: Strings }) {
  return (
    <div class="handoff">
      <a class="book" href={clinic.bookingUrl} target="_blank" rel="noopener noreferrer">{strings.bookConsultation}</a>
      <a class="call" href={`tel:${clinic.phone.replace(/[^\d+]/g, '')}`}>{fill(strings.call, { phone: clinic.phone })}</a>
    </div>
  );
}
