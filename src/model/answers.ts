import { getQuestion, isChoice, type Question } from './definition.js';

/** Answers keyed by question id: one code or free text as a string, several codes as an array. */
export type Answers = Record<string, string | string[]>;

export type DropReason = 'unknown-question' | 'unknown-option' | 'wrong-type' | 'empty';

export interface DroppedAnswer {
  readonly key: string;
  readonly reason: DropReason;
  /** The offending code, for `unknown-option`. */
  readonly code?: string;
}

export interface SanitizedAnswers {
  readonly answers: Answers;
  readonly dropped: readonly DroppedAnswer[];
}

/**
 * Reads any object (a framework's reactive Proxy included, so it is read, never cloned) into clean
 * answers. Unknown ids, unknown codes and wrong types are dropped and reported; empty keys are removed.
 */
export function sanitizeAnswers(input: unknown): SanitizedAnswers {
  const answers: Answers = {};
  const dropped: DroppedAnswer[] = [];
  if (input === null || typeof input !== 'object') return { answers, dropped };
  const source = input as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const question = getQuestion(key);
    if (!question || question.kind === 'photos') {
      dropped.push({ key, reason: 'unknown-question' });
      continue;
    }
    const clean = sanitizeValue(question, source[key], (reason, code) =>
      dropped.push(code === undefined ? { key, reason } : { key, reason, code }),
    );
    if (clean !== undefined) answers[key] = clean;
  }
  return { answers, dropped };
}

function sanitizeValue(
  question: Question,
  value: unknown,
  drop: (reason: DropReason, code?: string) => void,
): string | string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (question.kind === 'text') {
    if (typeof value === 'string') return value;
    drop('wrong-type');
    return undefined;
  }
  if (!isChoice(question)) return undefined;
  const options: readonly string[] = question.options;
  if (question.kind === 'single') {
    if (typeof value !== 'string') {
      drop('wrong-type');
      return undefined;
    }
    if (options.includes(value)) return value;
    drop('unknown-option', value);
    return undefined;
  }
  if (!Array.isArray(value)) {
    drop('wrong-type');
    return undefined;
  }
  const codes: string[] = [];
  for (const code of Array.from(value as unknown[])) {
    if (typeof code === 'string' && options.includes(code)) {
      if (!codes.includes(code)) codes.push(code);
    } else {
      drop('unknown-option', String(code));
    }
  }
  return codes.length ? orderCodes(options, codes) : undefined;
}

function orderCodes(options: readonly string[], codes: readonly string[]): string[] {
  return options.filter((option) => codes.includes(option));
}

/**
 * Free text as it leaves the widget: without control characters, which a FHIR string does not allow (tab
 * and line breaks excepted). Text with nothing left but spaces is no answer.
 */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/** The codes chosen for a question, whatever its kind (empty when unanswered or free text). */
export function codesOf(answers: Answers, questionId: string): string[] {
  const question = getQuestion(questionId);
  const value = answers[questionId];
  if (!question || !isChoice(question) || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A copy of `answers` with one answer set; an empty value removes the key. */
export function withAnswer(answers: Answers, questionId: string, value: string | string[] | undefined): Answers {
  const next: Answers = { ...answers };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    delete next[questionId];
  } else {
    next[questionId] = value;
  }
  return next;
}

/**
 * The codes of a several-answer question after one box is ticked or unticked. An exclusive option
 * (`none`) clears the others, and any other option clears it.
 */
export function toggleCode(questionId: string, current: readonly string[], code: string, checked: boolean): string[] {
  const question = getQuestion(questionId);
  if (!question || question.kind !== 'multiple') return [...current];
  const exclusive = 'exclusive' in question ? question.exclusive : undefined;
  let next = current.filter((c) => c !== code);
  if (checked) {
    if (code === exclusive) next = [];
    else if (exclusive) next = next.filter((c) => c !== exclusive);
    next.push(code);
  }
  return orderCodes(question.options, next);
}
