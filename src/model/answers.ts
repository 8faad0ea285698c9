import { getQuestion, isChoice, type Question } from './definition.js';

/** Answers keyed by question id: one code or free text as a string, several codes as an array. */
export type Answers = Record<string, string | string[]>;

/** `too-many`: an array longer than the question has options, cut; `too-long`: text cut to its limit. */
type DropReason = 'unknown-question' | 'unknown-option' | 'wrong-type' | 'empty' | 'too-many' | 'too-long';

/** Free text without a `maxLength` of its own is cut here, so no answer is unbounded. */
const DEFAULT_TEXT_LIMIT = 1000;

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
    if (typeof value !== 'string') {
      drop('wrong-type');
      return undefined;
    }
    const limit = question.maxLength ?? DEFAULT_TEXT_LIMIT;
    if (value.length <= limit) return value;
    drop('too-long');
    return value.slice(0, limit);
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
  // Only as many items as there are options are read: a sparse array of length 2**32 - 1 is never walked.
  const items = value as readonly unknown[];
  const length = Number(items.length) || 0;
  const codes: string[] = [];
  for (let i = 0; i < Math.min(length, options.length); i++) {
    const code = items[i];
    if (typeof code === 'string' && options.includes(code)) {
      if (!codes.includes(code)) codes.push(code);
    } else {
      drop('unknown-option', describeItem(code));
    }
  }
  if (length > options.length) drop('too-many');
  return codes.length ? orderCodes(options, codes) : undefined;
}

/** A printable name for any item, even one without a prototype (which `String()` cannot convert). */
function describeItem(item: unknown): string {
  if (typeof item === 'string') return item;
  if (item === null || (typeof item !== 'object' && typeof item !== 'function')) return String(item);
  return Array.isArray(item) ? '[array]' : '[object]';
}

const WARNING_LIMIT = 500;
const ITEM_LIMIT = 40;

/**
 * One line naming what `sanitizeAnswers` dropped or cut, at most 500 characters however large the input
 * (a million unknown keys must not print megabytes into the console). Empty when nothing was dropped.
 */
export function describeDropped(dropped: readonly DroppedAnswer[]): string {
  if (!dropped.length) return '';
  const head = '<smp-assessment>: dropped or cut answers it does not accept: ';
  const clip = (text: string) => (text.length > ITEM_LIMIT ? `${text.slice(0, ITEM_LIMIT - 1)}…` : text);
  let line = head;
  let shown = 0;
  for (const d of dropped) {
    const name = d.code === undefined ? `${clip(d.key)} (${d.reason})` : `${clip(d.key)}=${clip(d.code)}`;
    const rest = dropped.length - shown - 1;
    // Leave room for the " and N more" tail whenever more items follow.
    if (line.length + name.length + 2 + (rest ? 24 : 0) > WARNING_LIMIT) break;
    line += (shown ? ', ' : '') + name;
    shown++;
  }
  return shown < dropped.length ? `${line} and ${dropped.length - shown} more` : line;
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

/** A copy to hand out, arrays too: a caller pushing into `copy.concerns` must not bypass sanitising. */
export function copyAnswers(answers: Answers): Answers {
  const copy: Answers = {};
  for (const [id, value] of Object.entries(answers)) copy[id] = Array.isArray(value) ? [...value] : value;
  return copy;
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
