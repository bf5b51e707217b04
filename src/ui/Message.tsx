import { Component } from 'preact';
import { AssistantMessage } from './AssistantMessage.js';
import type { Strings } from './strings.js';
import type { ChatMessage, ClinicInfo, Result } from './types.js';

interface Props {
  message: ChatMessage;
  clinic: ClinicInfo;
  strings: Strings;
  bookingQuery: boolean;
  onAsk(question: string): void;
  onRate(message: Extract<ChatMessage, { result: Result }>, helpful: boolean): void;
}

/**
 * One message in the conversation: the visitor's words as text, or a reply. Drawn
 * again only when one of its props changes, so that a new reply in a long
 * conversation costs the same as the first.
 */
export class Message extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return (Object.keys(next) as (keyof Props)[]).some((key) => next[key] !== this.props[key]);
  }

  override render({ message, clinic, strings, bookingQuery, onAsk, onRate }: Props) {
    return message.from === 'visitor' ? (
      <li class="message visitor">
        <span class="visually-hidden">{strings.visitorSaid} </span>
        <span dir="auto">{message.text}</span>
      </li>
    ) : (
      <li class={`message assistant ${'result' in message ? message.result.kind : 'handoff'}`}>
        <span class="visually-hidden">{strings.assistantSaid} </span>
        <AssistantMessage message={message} clinic={clinic} strings={strings} bookingQuery={bookingQuery} onAsk={onAsk} onRate={onRate} />
      </li>
    );
  }
}
