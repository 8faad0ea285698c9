import { isChoice, type ChoiceQuestionId, type Question } from './definition.js';
import type { Wording } from './wording.js';

/** A question's wording in the given language. */
export function questionLabel(question: Question, messages: Wording): string {
  if (isChoice(question)) return messages.choices[question.id].label;
  if (question.kind === 'text') return messages.texts[question.id].label;
  return messages.photos.title;
}

/** A question's short label ("Hair transplant"), for the review, the summary and the text. */
export function shortLabel(question: Question, messages: Wording): string {
  if (isChoice(question)) return messages.choices[question.id].short;
  if (question.kind === 'text') return messages.texts[question.id].short;
  return messages.photos.title;
}

/** An option's wording in the given language; an unknown code reads as itself. */
export function optionLabel(questionId: string, code: string, messages: Wording): string {
  const strings = messages.choices[questionId as ChoiceQuestionId] as { options: Record<string, string> } | undefined;
  return strings?.options[code] ?? code;
}
