import { codesOf, toggleCode, withAnswer, type Answers } from './answers.js';
import { pruneAnswers } from './conditions.js';
import { getQuestion } from './definition.js';

/**
 * The answers after the patient picks a radio, or ticks or unticks a box, of a choice question. Answers of
 * questions the new answer hides are dropped, so nothing the patient can no longer see is sent.
 */
export function withChoice(answers: Answers, questionId: string, code: string, checked: boolean): Answers {
  const question = getQuestion(questionId);
  if (!question || question.kind === 'text') return answers;
  const value =
    question.kind === 'multiple' ? toggleCode(questionId, codesOf(answers, questionId), code, checked) : code;
  return pruneAnswers(withAnswer(answers, questionId, value));
}

/** The answers after the patient types into a free-text question (an emptied field removes the answer). */
export function withText(answers: Answers, questionId: string, text: string): Answers {
  return pruneAnswers(withAnswer(answers, questionId, text));
}
