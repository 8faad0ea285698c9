import type { Question } from '../../model/definition.js';
import type { ValidationError } from '../../model/validation.js';
import type { FirstMessages } from '../../locales/types.js';
import { loadedWords } from './context.js';

/**
 * The words of one error, the same in the error summary's link and under the question. A missing answer is said
 * for its question ("Select where your SMP is", as GOV.UK does), so a link read alone says what is missing.
 */
export function errorText(messages: FirstMessages, question: Question, error: ValidationError): string {
  const t = messages.errors;
  const required = t.required[question.id as keyof typeof t.required];
  if (error.code === 'required' && required !== undefined) return required;
  const kind = question.kind === 'photos' ? 'text' : question.kind;
  const max = 'maxLength' in question ? question.maxLength : undefined;
  // Only later steps' questions can be too long or mix "None of these" with others: their words come with them.
  return loadedWords(t.messages[error.code], error.code)(kind, max);
}
