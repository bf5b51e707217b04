/** Tuning of matching. Values were set on tests/eval/tuning.jsonl with `npm run eval`; see README. */
export interface EngineOptions {
  /** Below this confidence the engine hands off instead of answering. Default 0.5. */
  threshold: number;
  /** How many candidates from the index are re-ranked. Default 12. */
  candidates: number;
  /** Two matches closer than this (in confidence) offer the runner-up as "Did you mean". Default 0.06. */
  nearTie: number;
  /** How much the previous answer's words count in a follow-up question. Default 0.35. */
  contextWeight: number;
  /** Most suggestions returned with a result. Default 3. */
  maxSuggestions: number;
}

export const DEFAULTS: Readonly<EngineOptions> = Object.freeze({
  threshold: 0.5,
  candidates: 12,
  nearTie: 0.06,
  contextWeight: 0.35,
  maxSuggestions: 3,
});
