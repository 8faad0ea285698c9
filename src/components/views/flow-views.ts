import { html, nothing, type TemplateResult } from 'lit';
import { getQuestion } from '../../model/definition.js';
import { errorText } from './error-text.js';
import type { StepId } from '../../model/definition.js';
import { PARTS, partProgressOf } from '../../model/progress.js';
import { ids, type ViewContext } from './context.js';

/** The saved draft as the intro shows it (the DraftController). */
export interface IntroDraft {
  /** False when this device cannot keep a draft: the privacy line then says so instead of promising it. */
  readonly kept: boolean;
  /** A saved draft exists: the intro offers to continue it or start again. */
  readonly found: boolean;
  /** The step the saved draft got to, so the resume screen can say how far that was. */
  readonly foundStep: StepId | null;
  /** A broken or expired draft was deleted: the intro says so. */
  readonly discardedOne: boolean;
}

/** The intro's buttons: Start, Continue where you left off, Start again. */
export interface IntroMoves {
  readonly start: () => void;
  readonly resume: () => void;
  readonly restart: () => void;
}

/** "You got to part 3 of 5": the part of the saved step; past the last part, only the review is left. */
function resumeLead(ctx: ViewContext, step: StepId | null): string {
  const progress = step ? partProgressOf(step) : null;
  return ctx.messages.intro.resumeLead(progress?.part ?? (step === 'intro' ? 1 : null), PARTS.length);
}

export function renderIntro(ctx: ViewContext, draft: IntroDraft, on: IntroMoves): TemplateResult {
  const t = ctx.messages.intro;
  return html`<div class="intro">
    ${draft.discardedOne ? html`<p class="notice" role="status">${t.draftDiscarded}</p>` : nothing}
    <h2 part="heading" class="heading" tabindex="-1">${draft.found ? t.resumeTitle : t.title}</h2>
    <p class="lead">${draft.found ? resumeLead(ctx, draft.foundStep) : t.lead(ctx.clinic)}</p>
    ${
      draft.found
        ? nothing
        : html`<ul class="points">
            ${t.points.map((point) => html`<li>${point}</li>`)}
          </ul>`
    }
    <p class="privacy">${draft.kept ? t.privacy : ctx.messages.problems.privacyNotKept}</p>
    <div class="actions" part="nav">
      ${
        draft.found
          ? html`<button
                type="button"
                class="primary"
                part="resume-button"
                ?disabled=${ctx.disabled}
                @click=${on.resume}
              >
                ${t.resume}
              </button>
              <button
                type="button"
                class="secondary"
                part="restart-button"
                ?disabled=${ctx.disabled}
                @click=${on.restart}
              >
                ${t.restart}
              </button>`
          : html`<button type="button" class="primary" part="start-button" ?disabled=${ctx.disabled} @click=${on.start}>
              ${t.start}
            </button>`
      }
    </div>
  </div>`;
}

/** Focuses the first input of a question, in the same shadow root as the error summary's link. */
function focusInput(link: Element, questionId: string): void {
  const root = link.getRootNode() as ParentNode;
  root.querySelector<HTMLElement>(`[name="${questionId}"], #${ids.input(questionId)}`)?.focus();
}

/**
 * GOV.UK-style error summary, announced once: it takes focus (which reads its name and links), and is not also an
 * alert, which screen readers spoke on top of the focus move. Its title is an h2, as GOV.UK's, so the outline does
 * not jump a level ahead of the step's h2. Each link is the error's own words, in one text run (two Lit parts ran
 * the question and the message together without a space), and moves focus to its question's first input.
 */
export function renderErrorSummary(ctx: ViewContext): TemplateResult {
  const t = ctx.messages.errors;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title" class="error-summary-title">${t.title}</h2>
    <ul>
      ${ctx.errors.map((error) => {
        const question = getQuestion(error.questionId);
        if (!question) return nothing;
        return html`<li>
          <a
            href=${`#${ids.error(error.questionId)}`}
            @click=${(e: Event) => {
              e.preventDefault();
              focusInput(e.currentTarget as Element, error.questionId);
            }}
            >${errorText(ctx.messages, question, error)}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}
