import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { getQuestionStep, type StepId } from '../../model/definition.js';
import { nextStep } from '../../model/navigation.js';
import { FIRST_STEP, LANGUAGE_NOT_LOADED, type Messages } from '../../locales/index.js';
import type { PhotoDrafts } from '../../controllers/photo-drafts.js';
import type { Summary } from '../../model/summary-types.js';
import type { SummaryActions } from './summary-send-view.js';
import { renderErrorSummary, renderIntro, type IntroMoves, type IntroOptions } from './flow-views.js';
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

/** The patient's moves (the element hands over its journey). */
export interface FrameHandlers extends IntroMoves {
  readonly back: () => void;
  readonly continue: () => void;
  readonly change: (stepId: string, questionId: string) => void;
  readonly finish: () => void;
  readonly choose: (questionId: string, code: string, checked: boolean) => void;
}

/** Everything the frame draws besides the view context: the step, what went wrong, and each step's extras. */
export interface Frame {
  readonly step: StepId;
  /** Arrived from the review's Change: the last question of the part says "Continue to the review". */
  readonly fromReview: boolean;
  /** A language whose strings could not be loaded (the widget shows English meanwhile). */
  readonly failedLanguage: keyof typeof LANGUAGE_NOT_LOADED | 'en' | null;
  /** The draft could not be saved on this device. */
  readonly notSaving: boolean;
  /** A problem with the button just pressed (a part that could not load, a blocked form). */
  readonly problem: string | null;
  readonly intro: IntroOptions;
  readonly photos: PhotoDrafts;
  /** What the steps after the first question need, once it is there (the element waits for it before them). */
  readonly later: LaterSteps | null;
  /** The summary screen, once its lazy chunk and the completion are there. */
  readonly summary: SummaryStep | null;
  readonly on: FrameHandlers;
}

/**
 * The whole widget for one step. Each step gets DOM of its own (`keyed`): a reused input would carry its
 * checkedness, or a typed value, into the next question, and renaming a checked radio into another group unchecks
 * the answer of that group.
 */
export function renderFrame(ctx: ViewContext, frame: Frame): TemplateResult {
  const { step } = frame;
  return html`<div class="frame" lang=${ctx.messages.locale} dir="ltr">
    ${renderBack(ctx, frame)} ${renderProgress(ctx.messages, step)}
    ${keyed(
      step,
      html`<div class="step" part="step" data-step=${step}>
        ${renderNotices(ctx, frame)} ${ctx.errors.length ? renderErrorSummary(ctx) : nothing} ${renderStep(ctx, frame)}
        ${frame.problem ? html`<p class="notice notice--problem" role="alert">${frame.problem}</p>` : nothing}
      </div>`,
    )}
  </div>`;
}

/** GOV.UK's back link, at the top left: away from the thumb that presses Continue, and never mistaken for it. */
function renderBack(ctx: ViewContext, { step, on }: Frame): TemplateResult | typeof nothing {
  if (step === 'intro' || step === 'summary') return nothing;
  return html`<button type="button" class="back" part="back-button" ?disabled=${ctx.disabled} @click=${on.back}>
    ${ctx.messages.nav.back}
  </button>`;
}

/**
 * What failed outside the widget and concerns the whole widget, at the top of the step. A problem with the button
 * just pressed (`problem`) shows under the buttons instead, where the patient is looking.
 */
function renderNotices(ctx: ViewContext, { failedLanguage, notSaving }: Frame): TemplateResult {
  // English that could not load leaves the words on screen as they are (the console says why): no notice to show.
  const notice = failedLanguage && failedLanguage !== 'en' ? LANGUAGE_NOT_LOADED[failedLanguage] : null;
  return html`${notice ? html`<p class="notice" role="alert">${notice}</p>` : nothing}
  ${notSaving ? html`<p class="notice" role="status">${ctx.messages.problems.notSaving}</p>` : nothing}`;
}

function renderStep(ctx: ViewContext, frame: Frame): TemplateResult {
  const { step: stepId, on } = frame;
  if (stepId === 'intro') return renderIntro(ctx, frame.intro, on);
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
  const toReview = frame.fromReview && nextStep(step.id, ctx.answers, true) === 'review';
  return html`${body}
    <div class="actions" part="nav">
      <button type="button" class="primary" part="continue-button" ?disabled=${ctx.disabled} @click=${on.continue}>
        ${(toReview && later?.messages.nav.continueToReview) || ctx.messages.nav.continue}
      </button>
    </div>`;
}
