import type { Answers } from '../../model/answers.js';
import type { ValidationError } from '../../model/validation.js';
import type { FirstMessages, Messages } from '../../locales/types.js';

/** What every step's render function reads (renderFrame gathers it); controllers own the state, views only draw it. */
export interface ViewContext {
  /** The whole locale once the later steps' strings are there; before, the intro's and the first question's. */
  readonly messages: FirstMessages;
  readonly answers: Answers;
  readonly errors: readonly ValidationError[];
  readonly disabled: boolean;
  readonly clinic: string | null;
  /** What a free-text field's hidden polite region says about its count ('' while there is nothing to say). */
  readonly countStatus: (questionId: string) => string;
}

/** What the views of the later steps (review, photos, summary) read: by then every string has loaded. */
export interface LaterContext extends ViewContext {
  readonly messages: Messages;
}

/**
 * The words of a question or step from a map that holds only the first step's for certain (`FirstMessages`). The
 * element draws a later step only once its strings are there, so a miss is a bug and says so.
 */
export function loadedWords<T>(words: T | undefined, id: string): T {
  if (words === undefined) throw new Error(`<smp-assessment>: the words of "${id}" are drawn before they loaded`);
  return words;
}

/** Ids of hint, error and count elements, unique inside the one shadow root. */
export const ids = {
  hint: (questionId: string) => `${questionId}-hint`,
  error: (questionId: string) => `${questionId}-error`,
  count: (questionId: string) => `${questionId}-count`,
  input: (questionId: string, code?: string) => (code ? `${questionId}--${code}` : `${questionId}--input`),
};
