import { Feedback } from './Feedback.js';
import { Handoff } from './Handoff.js';
import { Icon } from './Icon.js';
import { SafeHtml } from './SafeHtml.js';
import { Sources } from './Sources.js';
import type { Strings } from './strings.js';
import { Suggestions } from './Suggestions.js';
import type { ChatMessage, ClinicInfo, Result } from './types.js';

type Reply = Extract<ChatMessage, { from: 'assistant' }>;

interface Props {
  message: Reply;
  clinic: ClinicInfo;
  strings: Strings;
  bookingQuery: boolean;
  onAsk(question: string): void;
  onRate(message: Extract<Reply, { result: Result }>, helpful: boolean): void;
}

/**
 * One reply. An answer: its text, its sources, "Was this helpful?" and questions to ask next.
 * A handoff: why, then booking and the phone. Urgent: the emergency guidance alone, nothing else.
 */
export function AssistantMessage({ message, clinic, strings, bookingQuery, onAsk, onRate }: Props) {
  const handoff = <Handoff clinic={clinic} strings={strings} question={message.question} bookingQuery={bookingQuery} />;
  if (!('result' in message)) {
    return (
      <div class="bubble">
        <p>{strings.unavailable}</p>
        {handoff}
      </div>
    );
  }
  const { result } = message;
  if (result.kind === 'urgent') {
    return (
      <div class="bubble urgent-bubble">
        <p class="urgent-title"><Icon name="alert" />{strings.urgentTitle}</p>
        <p dir="auto">{result.answer}</p>
      </div>
    );
  }
  const { didYouMean, suggestions } = result;
  return (
    <>
      <div class="bubble">
        {result.answerHtml ? <SafeHtml html={result.answerHtml} newTab={strings.newTab} /> : <p dir="auto">{result.answer}</p>}
        {result.kind === 'handoff' && handoff}
        {result.citations.length > 0 && <Sources citations={result.citations} strings={strings} />}
      </div>
      {result.kind === 'answer' && result.entryId && (
        <Feedback helpful={message.helpful} strings={strings} onRate={(helpful) => onRate(message, helpful)} />
      )}
      {didYouMean && <Suggestions questions={[didYouMean]} label={strings.didYouMean} onAsk={onAsk} />}
      <Suggestions questions={suggestions.filter((s) => s !== didYouMean)} label={strings.suggestionsLabel} onAsk={onAsk} />
    </>
  );
}
