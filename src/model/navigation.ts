import type { StepId } from './definition.js';
import { visibleSteps } from './conditions.js';
import { validateStep } from './validation.js';
import type { Answers } from './answers.js';

export interface Progress {
  /** 0-based over the visible steps from `intro` to `summary`. */
  readonly index: number;
  readonly total: number;
  /** 1-based among the question steps ("Question 5 of 17"), 0 outside them. */
  readonly question: number;
  readonly questions: number;
}

export function progressOf(step: StepId, answers: Answers): Progress {
  const steps = visibleSteps(answers);
  const questionSteps = steps.slice(1, -2);
  const index = Math.max(0, steps.indexOf(step));
  return {
    index,
    total: steps.length,
    question: questionSteps.indexOf(step) + 1,
    questions: questionSteps.length,
  };
}

/**
 * The step after `step`. From a question reached by a Change on the review, the flow visits any
 * step after it that still needs an answer (a newly shown follow-up), then goes back to the review.
 */
export function nextStep(step: StepId, answers: Answers, fromReview = false): StepId {
  const steps = visibleSteps(answers);
  const at = steps.indexOf(step);
  if (fromReview) {
    const pending = steps.slice(at + 1, -2).find((id) => validateStep(id, answers).length > 0);
    return pending ?? 'review';
  }
  return steps[Math.min(at + 1, steps.length - 1)] ?? 'intro';
}

export function previousStep(step: StepId, answers: Answers): StepId {
  const steps = visibleSteps(answers);
  const at = steps.indexOf(step);
  return at <= 0 ? 'intro' : steps[at - 1]!;
}

/** The first step that still needs an answer, or the review when every visible question is done. */
export function firstIncompleteStep(answers: Answers): StepId {
  const steps = visibleSteps(answers);
  return steps.slice(1, -2).find((id) => validateStep(id, answers).length > 0) ?? 'review';
}
