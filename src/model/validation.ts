import { isChoice, type Question } from './definition.js';
import { visibleQuestionSteps } from './conditions.js';
import { cleanText, type Answers } from './answers.js';

export type ErrorCode = 'required' | 'too-long' | 'exclusive-none' | 'unknown-option';

/** A validation error as data; the view turns the code into words. */
export interface ValidationError {
  readonly questionId: string;
  readonly code: ErrorCode;
}

export function validateQuestion(question: Question, answers: Answers): ValidationError | null {
  const value = answers[question.id];
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (question.kind === 'photos') return null;
  if (empty) return question.required ? { questionId: question.id, code: 'required' } : null;
  if (question.kind === 'text') {
    const blank = typeof value !== 'string' || cleanText(value).trim() === '';
    if (blank) return question.required ? { questionId: question.id, code: 'required' } : null;
    const max = 'maxLength' in question ? question.maxLength : undefined;
    return max !== undefined && value.length > max ? { questionId: question.id, code: 'too-long' } : null;
  }
  if (!isChoice(question)) return null;
  const codes = Array.isArray(value) ? value : [value];
  const options: readonly string[] = question.options;
  if (codes.some((code) => !options.includes(code))) return { questionId: question.id, code: 'unknown-option' };
  if (question.kind === 'single' && codes.length !== 1) return { questionId: question.id, code: 'unknown-option' };
  const exclusive = 'exclusive' in question ? question.exclusive : undefined;
  if (exclusive && codes.includes(exclusive) && codes.length > 1) {
    return { questionId: question.id, code: 'exclusive-none' };
  }
  return null;
}

/** Errors of one step, in question order; an unknown step has none. */
export function validateStep(stepId: string, answers: Answers): ValidationError[] {
  const step = visibleQuestionSteps(answers).find((s) => s.id === stepId);
  if (!step) return [];
  return step.questions.flatMap((q) => validateQuestion(q, answers) ?? []);
}

/** Errors of every visible question: empty exactly when the assessment can be reviewed. */
export function validateAll(answers: Answers): ValidationError[] {
  return visibleQuestionSteps(answers).flatMap((step) => validateStep(step.id, answers));
}

export function isComplete(answers: Answers): boolean {
  return validateAll(answers).length === 0;
}
