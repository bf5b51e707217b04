import { useId } from 'preact/hooks';

interface Props {
  questions: string[];
  /** Shown above the buttons and names their group; without it the buttons stand alone. */
  label?: string;
  onAsk(question: string): void;
}

/** Questions to ask next, as buttons: one press asks. */
export function Suggestions({ questions, label, onAsk }: Props) {
  const id = useId();
  if (questions.length === 0) return null;
  return (
    <div class="suggestions" role={label ? 'group' : undefined} aria-labelledby={label ? id : undefined}>
      {label && <p class="suggestions-label" id={id}>{label}</p>}
      {questions.map((q) => (
        <button type="button" class="chip" key={q} dir="auto" onClick={() => onAsk(q)}>{q}</button>
      ))}
    </div>
  );
}
