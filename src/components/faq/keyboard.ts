/**
 * Keyboard movement between the FAQ's search field and its question buttons: Down from the
 * field to the first question, Up/Down along the questions (Up from the first back to the field),
 * Enter in the field opens the first question, Escape anywhere clears the search.
 */

/** What a key press asks for; `focus` is an index into the questions, -1 meaning the search field. */
export type KeyMove = { do: 'focus'; to: number } | { do: 'open-first' } | { do: 'clear' } | undefined;

/** The move for a key in the search field. */
export function searchFieldKey(key: string): KeyMove {
  if (key === 'ArrowDown') return { do: 'focus', to: 0 };
  if (key === 'Escape') return { do: 'clear' };
  if (key === 'Enter') return { do: 'open-first' };
  return undefined;
}

/** The move for a key on the question at index `at` of `count`. */
export function questionKey(key: string, at: number, count: number): KeyMove {
  if (key === 'ArrowDown') return { do: 'focus', to: Math.min(at + 1, count - 1) };
  if (key === 'ArrowUp') return { do: 'focus', to: at - 1 };
  if (key === 'Escape') return { do: 'clear' };
  return undefined;
}

export interface ListKeysHost {
  /** The search field. */
  field(): HTMLElement | null;
  /** The question buttons in screen order. */
  questions(): HTMLButtonElement[];
  /** Opens the question with this button (Enter in the field). */
  open(button: HTMLButtonElement): void;
  /** Clears the search and puts focus back in the field. */
  clear(): void;
}

/** Keydown handlers for the search field and the result lists, doing the moves above. */
export function listKeys(host: ListKeysHost): { onFieldKey(e: KeyboardEvent): void; onListKey(e: KeyboardEvent): void } {
  const perform = (e: KeyboardEvent, move: KeyMove) => {
    if (!move) return;
    e.preventDefault();
    const questions = host.questions();
    if (move.do === 'clear') host.clear();
    else if (move.do === 'focus') (move.to < 0 ? host.field() : questions[move.to])?.focus();
    else if (questions[0]) {
      host.open(questions[0]);
      questions[0].focus();
    }
  };
  return {
    onFieldKey: (e) => perform(e, searchFieldKey(e.key)),
    onListKey: (e) => {
      const questions = host.questions();
      const at = questions.indexOf(e.target as HTMLButtonElement);
      if (at >= 0) perform(e, questionKey(e.key, at, questions.length));
    },
  };
}
