import { useState } from 'preact/hooks';
import { MAX_QUESTION_LENGTH } from '../engine/normalize.js';
import type { Strings } from './strings.js';

/** The text box and send button. */
export function Composer({ strings, onAsk, inputId }: { strings: Strings; onAsk(question: string): void; inputId: string }) {
  const [text, setText] = useState('');
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        onAsk(text);
        setText('');
      }}
    >
      <label class="visually-hidden" for={inputId}>{strings.inputLabel}</label>
      <input
        id={inputId}
        type="text"
        autocomplete="off"
        enterKeyHint="send"
        maxLength={MAX_QUESTION_LENGTH}
        placeholder={strings.inputPlaceholder}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit">{strings.send}</button>
    </form>
  );
}
