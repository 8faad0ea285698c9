import type { Answers } from '../../model/answers.js';
import type { ValidationError } from '../../model/validation.js';
import type { Messages } from '../../locales/types.js';

/** What every step's render function reads; the element owns the state, views only draw it. */
export interface ViewContext {
  readonly messages: Messages;
  readonly answers: Answers;
  readonly errors: readonly ValidationError[];
  readonly disabled: boolean;
  readonly clinic: string | null;
  /** What a free-text field's hidden polite region says about its count ('' while there is nothing to say). */
  readonly countStatus: (questionId: string) => string;
}

/** Ids of hint, error and count elements, unique inside the one shadow root. */
export const ids = {
  hint: (questionId: string) => `${questionId}-hint`,
  error: (questionId: string) => `${questionId}-error`,
  count: (questionId: string) => `${questionId}-count`,
  input: (questionId: string, code?: string) => (code ? `${questionId}--${code}` : `${questionId}--input`),
};
