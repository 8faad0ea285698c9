import type { ChoiceQuestionId, Question } from './definition.js';
import { cleanText, codesOf, type Answers } from './answers.js';
import { pruneAnswers, visibleQuestions } from './conditions.js';
import { kirbyDesaiEstimate } from './estimate.js';
import { CATEGORIES, type Category, type PhotoInfo, type Summary, type SummaryAnswer } from './summary-types.js';
import type { Wording } from './wording.js';
import { optionLabel, questionLabel, shortLabel } from './labels.js';

export { makeReference } from './reference.js';
export { optionLabel, questionLabel, shortLabel } from './labels.js';

export interface SummaryOptions {
  readonly messages: Wording;
  /** When the patient finished; injected so tests are deterministic. */
  readonly now: Date;
  /** The reference code, from `makeReference` (or an earlier summary, for the clinic's copy). */
  readonly reference: string;
  readonly partner?: string | null;
  readonly hideEstimate?: boolean;
  readonly photos?: readonly PhotoInfo[];
}

const CONCERN_CATEGORY: Record<string, Category> = {
  'hairline-placement': 'placement',
  'helmet-look': 'density',
  'too-dark': 'density',
  'blue-green-tint': 'depth',
  'bleeding-dots': 'depth',
  'change-of-mind': 'change-of-mind',
  'new-style': 'new-style',
};

/** Choice follow-ups of each concern, as listed in `concerns[].details`. */
const CONCERN_DETAILS: Record<string, readonly ChoiceQuestionId[]> = {
  'hairline-placement': ['hairline-problem'],
  'helmet-look': ['helmet-extent'],
  'blue-green-tint': ['tint-colour', 'tint-onset'],
  'bleeding-dots': ['dots-appearance'],
  'change-of-mind': ['change-reason'],
  'new-style': ['change-reason'],
};

/**
 * Answers the clinician should discuss: codes that raise a flag, by question. Only
 * to discuss: never a verdict, a wait or advice.
 */
const FLAGGED: Record<string, (code: string) => boolean> = {
  'smp-last-session': (code) => code === 'under-6-months',
  'hair-transplant': (code) => code === 'had' || code === 'planning',
  // The timing of a transplant is a flag of its own, whatever it is.
  'transplant-when': () => true,
  'transplant-plan': () => true,
  'skin-type': (code) => code === 'V' || code === 'VI',
  'recent-tan': (code) => code === 'yes' || code === 'not-sure',
  medicines: (code) => code !== 'none',
  health: (code) => code !== 'none',
  scarring: (code) => code === 'moderate' || code === 'significant',
  'previous-removal-last': (code) => code === 'under-6-weeks',
};

function choiceDetail(id: ChoiceQuestionId, answers: Answers, messages: Wording) {
  const codes = codesOf(answers, id);
  return { question: id, codes, labels: codes.map((code) => optionLabel(id, code, messages)) };
}

/** Builds the JSON summary from the visible answers only. */
export function buildSummary(rawAnswers: Answers, options: SummaryOptions): Summary {
  const { messages } = options;
  const answers = pruneAnswers(rawAnswers);
  const concernCodes = codesOf(answers, 'concerns');
  const categories = CATEGORIES.filter((c) => concernCodes.some((code) => CONCERN_CATEGORY[code] === c));
  const concerns = concernCodes.map((code) => ({
    code,
    label: optionLabel('concerns', code, messages),
    details: (CONCERN_DETAILS[code] ?? [])
      .filter((id) => answers[id] !== undefined)
      .map((id) => choiceDetail(id, answers, messages)),
  }));
  const goalCode = codesOf(answers, 'goal')[0];
  const questions = visibleQuestions(answers);
  const flags = questions.flatMap((question) => {
    const flagged = FLAGGED[question.id];
    if (!flagged) return [];
    return codesOf(answers, question.id)
      .filter(flagged)
      .map((code) => ({ question: question.id, code, label: optionLabel(question.id, code, messages) }));
  });
  return {
    schema: 'smp-assessment/2',
    reference: options.reference,
    completedAt: options.now.toISOString(),
    locale: messages.locale,
    partner: options.partner ?? null,
    categories,
    concerns,
    goal: goalCode ? { code: goalCode, label: optionLabel('goal', goalCode, messages) } : null,
    flags,
    estimate: options.hideEstimate ? null : kirbyDesaiEstimate(answers, messages.summary.caveat),
    photos: [...(options.photos ?? [])],
    answers: questions.flatMap((question) => summaryAnswer(question, answers, messages) ?? []),
  };
}

function summaryAnswer(question: Question, answers: Answers, messages: Wording): SummaryAnswer | null {
  const value = answers[question.id];
  if (value === undefined) return null;
  const full = questionLabel(question, messages);
  const label = shortLabel(question, messages);
  if (question.kind === 'text') {
    // Blank text (spaces in the optional notes) is no answer: a FHIR string needs visible content.
    const text = cleanText(String(value));
    return text.trim() ? { id: question.id, question: full, label, text } : null;
  }
  const codes = codesOf(answers, question.id);
  if (!codes.length) return null;
  const labels = codes.map((c) => optionLabel(question.id, c, messages));
  return { id: question.id, question: full, label, codes, labels };
}
