import type { Answers } from './answers.js';
import { visibleSteps } from './conditions.js';
import type { StepId } from './definition.js';
import { firstIncompleteStep, nextStep, previousStep } from './navigation.js';
import { validateStep, type ValidationError } from './validation.js';

/** Where the patient is in the assessment. The element renders it; only `stepFlow` changes it. */
export interface FlowState {
  readonly step: StepId;
  /** The patient came to this question from the review (Change): Continue and Back lead back to it. */
  readonly fromReview: boolean;
  /** The problems Continue found on this step, shown in the error summary. */
  readonly errors: readonly ValidationError[];
}

/**
 * What can happen to the flow. The patient's moves (start, resume, continue, back, change, finish, showReview)
 * are navigations: the element moves focus and fires `smp-step` after them. The others keep the patient where
 * they are as far as the answers allow (answers set from code, another tab's draft, a browser-restored form).
 */
export type FlowAction =
  | { readonly type: 'start'; readonly answers: Answers }
  | { readonly type: 'resume'; readonly step: StepId; readonly fromReview: boolean; readonly answers: Answers }
  | { readonly type: 'continue'; readonly answers: Answers }
  | { readonly type: 'back'; readonly answers: Answers }
  | { readonly type: 'change'; readonly step: StepId; readonly answers: Answers }
  | { readonly type: 'finish' }
  /** Finish could not build the summary: the patient is on the review with every answer. */
  | { readonly type: 'showReview' }
  /** An answer changed: its inline error goes at once, as GOV.UK forms do. */
  | { readonly type: 'answered'; readonly questionId: string }
  /** Answers set from code (prefill): a step they hide, or a summary they invalidate, gives way. */
  | { readonly type: 'prefill'; readonly answers: Answers }
  /** Another tab saved the draft: its answers and place replace this tab's. */
  | { readonly type: 'sync'; readonly fromReview: boolean; readonly answers: Answers }
  /** The browser restored the form (back/forward): the saved step, if it is still shown. */
  | { readonly type: 'restore'; readonly step: string; readonly answers: Answers }
  | { readonly type: 'reset' };

export const INITIAL_FLOW: FlowState = { step: 'intro', fromReview: false, errors: [] };

const NO_ERRORS: readonly ValidationError[] = [];

function isQuestionStep(step: StepId): boolean {
  return step !== 'intro' && step !== 'review' && step !== 'summary';
}

function isShown(step: string, answers: Answers): step is StepId {
  return (visibleSteps(answers) as string[]).includes(step);
}

/** The pure step flow: the same state and action always give the same state; a no-op returns `state` itself. */
export function stepFlow(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'start':
      return { ...state, step: nextStep('intro', action.answers), errors: NO_ERRORS };
    case 'resume': {
      const wanted = action.step === 'summary' ? 'review' : action.step;
      const step = isShown(wanted, action.answers) ? wanted : firstIncompleteStep(action.answers);
      return { step, fromReview: action.fromReview, errors: NO_ERRORS };
    }
    case 'continue': {
      if (!isQuestionStep(state.step)) return state;
      const errors = validateStep(state.step, action.answers);
      if (errors.length) return { ...state, errors };
      const step = nextStep(state.step, action.answers, state.fromReview);
      return { step, fromReview: step === 'review' ? false : state.fromReview, errors: NO_ERRORS };
    }
    case 'back': {
      if (state.step === 'intro') return state;
      const step = state.fromReview && state.step !== 'review' ? 'review' : previousStep(state.step, action.answers);
      return { step, fromReview: step === 'review' ? false : state.fromReview, errors: NO_ERRORS };
    }
    case 'change':
      if (!isQuestionStep(action.step) || !isShown(action.step, action.answers)) return state;
      return { step: action.step, fromReview: true, errors: NO_ERRORS };
    case 'finish':
      return { ...state, step: 'summary', errors: NO_ERRORS };
    case 'showReview':
      return state.step === 'review' ? state : { ...state, step: 'review', errors: NO_ERRORS };
    case 'answered':
      if (!state.errors.some((e) => e.questionId === action.questionId)) return state;
      return { ...state, errors: state.errors.filter((e) => e.questionId !== action.questionId) };
    case 'prefill': {
      if (state.step === 'intro' || (state.step !== 'summary' && isShown(state.step, action.answers))) return state;
      return { ...state, step: firstIncompleteStep(action.answers) };
    }
    case 'sync': {
      const keep = state.step !== 'summary' && isShown(state.step, action.answers);
      return {
        step: keep ? state.step : firstIncompleteStep(action.answers),
        fromReview: action.fromReview,
        errors: NO_ERRORS,
      };
    }
    case 'restore':
      if (action.step === 'summary' || !isShown(action.step, action.answers)) return state;
      return { ...state, step: action.step };
    case 'reset':
      return INITIAL_FLOW;
  }
}
