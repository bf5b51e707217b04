import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { MAX_QUESTION_LENGTH } from '../engine/normalize.js';
import { Icon } from './Icon.js';
import type { Strings } from './strings.js';

interface Props {
  strings: Strings;
  onAsk(question: string): void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The id of the text the text box is described by (the disclaimer). */
  describedBy: string;
}

/** The text box and send button. The text box's font stays at 16px or more so that iOS does not zoom in. */
export function Composer({ strings, onAsk, inputRef, describedBy }: Props) {
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
      <input
        ref={inputRef}
        type="text"
        dir="auto"
        aria-label={strings.inputLabel}
        aria-describedby={describedBy}
        autocomplete="off"
        enterKeyHint="send"
        maxLength={MAX_QUESTION_LENGTH}
        placeholder={strings.inputPlaceholder}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit" class="send" aria-label={strings.send}><Icon name="send" /></button>
    </form>
  );
}
