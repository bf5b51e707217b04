import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Strings } from './strings.js';

interface Props {
  /** The visitor's answer, once given. */
  helpful: boolean | undefined;
  strings: Strings;
  onRate(helpful: boolean): void;
}

/** "Was this helpful? Yes / No", asked once; then thanks, which takes the focus so keyboard users keep their place. */
export function Feedback({ helpful, strings, onRate }: Props) {
  const id = useId();
  const thanks = useRef<HTMLParagraphElement>(null);
  const [justRated, setJustRated] = useState(false);
  useEffect(() => {
    if (justRated) thanks.current?.focus();
  }, [justRated]);

  if (helpful !== undefined) {
    return <p class="feedback thanks" tabIndex={-1} ref={thanks}>{strings.helpfulThanks}</p>;
  }
  const rate = (value: boolean) => {
    setJustRated(true);
    onRate(value);
  };
  return (
    <div class="feedback" role="group" aria-labelledby={id}>
      <span id={id}>{strings.helpfulQuestion}</span>
      <button type="button" class="rate" onClick={() => rate(true)}>{strings.helpfulYes}</button>
      <button type="button" class="rate" onClick={() => rate(false)}>{strings.helpfulNo}</button>
    </div>
  );
}
