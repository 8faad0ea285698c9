import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { getQuestionStep, type StepId } from '../../model/definition.js';
import { nextStep } from '../../model/navigation.js';
import { FIRST_STEP, LANGUAGE_NOT_LOADED, type FirstMessages, type Messages } from '../../locales/index.js';
import type { PhotoDrafts } from '../../controllers/photo-drafts.js';
import type { Answers } from '../../model/answers.js';
import type { Summary } from '../../model/summary-types.js';
import type { ValidationError } from '../../model/validation.js';
import type { SummaryActions } from './summary-send-view.js';
import { renderErrorSummary, renderIntro, type IntroDraft, type IntroMoves } from './flow-views.js';
import { renderProgress } from './progress-view.js';
import { renderQuestionStep } from './question-view.js';
import type { LaterContext, ViewContext } from './context.js';

/** The later steps' chunk (src/components/later-steps.ts) and the whole locale, both there. */
export interface LaterSteps {
  readonly views: typeof import('../later-steps.js');
  readonly messages: Messages;
}

/** The summary step (SummaryController.screen): the chunk's view, the finished assessment, and its buttons. */
export interface SummaryStep {
  readonly views: Pick<typeof import('../summary-screen.js'), 'renderSummary'>;
  readonly completion: { readonly summary: Summary };
  actions(messages: Messages['summary']): SummaryActions;
}

/**
 * The patient's journey (the Journey controller): where they are, what they answered, the problem to show, and their
 * moves.
 */
export interface FrameJourney extends IntroMoves {
  readonly step: StepId;
  readonly answers: Answers;
  /** `fromReview`: arrived from the review's Change, so the last question of the part says "Continue to the review". */
  readonly flow: { readonly fromReview: boolean; readonly errors: readonly ValidationError[] };
  /** A problem with the button just pressed (a part that could not load, a blocked form). */
  readonly problem: string | null;
  readonly back: () => void;
  readonly continue: () => void;
  readonly change: (stepId: string, questionId: string) => void;
  readonly finish: () => void;
  readonly choose: (questionId: string, code: string, checked: boolean) => void;
}

/** Everything the frame draws: the words, the patient's journey, the draft, and each step's extras. */
export interface Frame {
  /** The whole locale once the later steps' strings are there; before, the intro's and the first question's. */
  readonly messages: FirstMessages;
  readonly disabled: boolean;
  readonly clinic: string | null;
  readonly journey: FrameJourney;
  /** The intro's offer of a saved draft, and whether the draft could not be saved on this device (DraftController). */
  readonly draft: IntroDraft & { readonly notSavingNotice: boolean };
  /** What a free-text field's hidden polite region says about its count (the CountAnnouncer). */
  readonly counts: { message(questionId: string): string };
  /** A language whose strings could not be loaded (the widget shows English meanwhile). */
  readonly failedLanguage: keyof typeof LANGUAGE_NOT_LOADED | 'en' | null;
  readonly photos: PhotoDrafts;
  /** What the steps after the first question need, once it is there (the element waits for it before them). */
  readonly later: LaterSteps | null;
  /** The summary screen, once its lazy chunk and the completion are there. */
  readonly summary: SummaryStep | null;
}

/**
 * The whole widget for one step. Each step gets DOM of its own (`keyed`): a reused input would carry its
 * checkedness, or a typed value, into the next question, and renaming a checked radio into another group unchecks
 * the answer of that group.
 */
export function renderFrame(frame: Frame): TemplateResult {
  const { journey, counts } = frame;
  const ctx: ViewContext = {
    messages: frame.messages,
    answers: journey.answers,
    errors: journey.flow.errors,
    disabled: frame.disabled,
    clinic: frame.clinic,
    countStatus: (questionId) => counts.message(questionId),
  };
  const { step } = journey;
  return html`<div class="frame" lang=${ctx.messages.locale} dir="ltr">
    ${renderBack(ctx, frame)} ${renderProgress(ctx.messages, step)}
    ${keyed(
      step,
      html`<div class="step" part="step" data-step=${step}>
        ${renderNotices(ctx, frame)} ${ctx.errors.length ? renderErrorSummary(ctx) : nothing} ${renderStep(ctx, frame)}
        ${journey.problem ? html`<p class="notice notice--problem" role="alert">${journey.problem}</p>` : nothing}
      </div>`,
    )}
  </div>`;
}

/** GOV.UK's back link, at the top left: away from the thumb that presses Continue, and never mistaken for it. */
function renderBack(ctx: ViewContext, { journey }: Frame): TemplateResult | typeof nothing {
  if (journey.step === 'intro' || journey.step === 'summary') return nothing;
  return html`<button type="button" class="back" part="back-button" ?disabled=${ctx.disabled} @click=${journey.back}>
    ${ctx.messages.nav.back}
  </button>`;
}

/**
 * What failed outside the widget and concerns the whole widget, at the top of the step. A problem with the button
 * just pressed (`problem`) shows under the buttons instead, where the patient is looking.
 */
function renderNotices(ctx: ViewContext, { failedLanguage, draft }: Frame): TemplateResult {
  // English that could not load leaves the words on screen as they are (the console says why): no notice to show.
  const notice = failedLanguage && failedLanguage !== 'en' ? LANGUAGE_NOT_LOADED[failedLanguage] : null;
  return html`${notice ? html`<p class="notice" role="alert">${notice}</p>` : nothing}
  ${draft.notSavingNotice ? html`<p class="notice" role="status">${ctx.messages.problems.notSaving}</p>` : nothing}`;
}

function renderStep(ctx: ViewContext, frame: Frame): TemplateResult {
  const on = frame.journey;
  const stepId = on.step;
  if (stepId === 'intro') return renderIntro(ctx, frame.draft, on);
  // A later step shows once its chunk and words are there: the element asked for them on the way here.
  const later = frame.later;
  if (stepId !== FIRST_STEP && !later) return html``;
  const laterCtx: LaterContext | null = later && { ...ctx, messages: later.messages };
  if (stepId === 'review') {
    return later && laterCtx ? later.views.renderReview(laterCtx, frame.photos.count, on.change, on.finish) : html``;
  }
  if (stepId === 'summary') {
    const screen = frame.summary;
    if (!laterCtx || !screen) return html``;
    return screen.views.renderSummary(laterCtx, screen.completion.summary, screen.actions(laterCtx.messages.summary));
  }
  const step = getQuestionStep(stepId);
  if (!step) return html``;
  const body =
    step.id === 'photos' && later && laterCtx && frame.photos.step
      ? later.views.renderPhotos(laterCtx, frame.photos.step)
      : renderQuestionStep(ctx, step, on, later?.views.laterQuestions ?? null);
  const toReview = on.flow.fromReview && nextStep(step.id, ctx.answers, true) === 'review';
  return html`${body}
    <div class="actions" part="nav">
      <button type="button" class="primary" part="continue-button" ?disabled=${ctx.disabled} @click=${on.continue}>
        ${(toReview && later?.messages.nav.continueToReview) || ctx.messages.nav.continue}
      </button>
    </div>`;
}
