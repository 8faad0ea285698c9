import { html, nothing, type TemplateResult } from 'lit';
import { getQuestion, isChoice, type Question } from '../../model/definition.js';
import { visibleQuestionSteps } from '../../model/conditions.js';
import { questionLabel, optionLabel, shortLabel } from '../../model/labels.js';
import { codesOf } from '../../model/answers.js';
import { ids, type ViewContext } from './context.js';

export interface IntroOptions {
  /** False when this device cannot keep a draft: the privacy line then says so instead of promising it. */
  readonly keepsAnswers: boolean;
  readonly hasDraft: boolean;
  readonly notice: string | null;
  readonly start: () => void;
  readonly resume: () => void;
  readonly restart: () => void;
}

export function renderIntro(ctx: ViewContext, options: IntroOptions): TemplateResult {
  const t = ctx.messages.intro;
  return html`<div class="intro">
    ${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : nothing}
    <h2 part="heading" class="heading" tabindex="-1">${options.hasDraft ? t.resumeTitle : t.title}</h2>
    <p class="lead">${options.hasDraft ? t.resumeLead : t.lead(ctx.clinic)}</p>
    ${
      options.hasDraft
        ? nothing
        : html`<ul class="points">
            ${t.points.map((point) => html`<li>${point}</li>`)}
          </ul>`
    }
    <p class="privacy">${options.keepsAnswers ? t.privacy : ctx.messages.problems.privacyNotKept}</p>
    <div class="actions" part="nav">
      ${
        options.hasDraft
          ? html`<button
                type="button"
                class="primary"
                part="resume-button"
                ?disabled=${ctx.disabled}
                @click=${options.resume}
              >
                ${t.resume}
              </button>
              <button
                type="button"
                class="secondary"
                part="restart-button"
                ?disabled=${ctx.disabled}
                @click=${options.restart}
              >
                ${t.restart}
              </button>`
          : html`<button
              type="button"
              class="primary"
              part="start-button"
              ?disabled=${ctx.disabled}
              @click=${options.start}
            >
              ${t.start}
            </button>`
      }
    </div>
  </div>`;
}

function questionText(question: Question, ctx: ViewContext): string {
  return questionLabel(question, ctx.messages);
}

/** GOV.UK-style error summary: focused on arrival, each entry moves focus to its question's first input. */
export function renderErrorSummary(ctx: ViewContext, focusInput: (questionId: string) => void): TemplateResult {
  const t = ctx.messages.errors;
  return html`<div
    class="error-summary"
    part="error-summary"
    tabindex="-1"
    role="alert"
    aria-labelledby="error-summary-title"
  >
    <h3 id="error-summary-title" class="error-summary-title">${t.title}</h3>
    <ul>
      ${ctx.errors.map((error) => {
        const question = getQuestion(error.questionId);
        if (!question) return nothing;
        const kind = question.kind === 'photos' ? 'text' : question.kind;
        const max = 'maxLength' in question ? question.maxLength : undefined;
        return html`<li>
          <a
            href=${`#${ids.error(error.questionId)}`}
            @click=${(e: Event) => {
              e.preventDefault();
              focusInput(error.questionId);
            }}
            >${questionText(question, ctx)} ${t.messages[error.code](kind, max)}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}

function answerText(question: Question, ctx: ViewContext, photoCount: number): string {
  if (question.kind === 'photos') return ctx.messages.review.photosCount(photoCount);
  const value = ctx.answers[question.id];
  if (value === undefined || value === '') return ctx.messages.review.notAnswered;
  if (!isChoice(question)) return String(value);
  return codesOf(ctx.answers, question.id)
    .map((code) => optionLabel(question.id, code, ctx.messages))
    .join(', ');
}

export function renderReview(
  ctx: ViewContext,
  photoCount: number,
  change: (stepId: string, questionId: string) => void,
  finish: () => void,
  back: TemplateResult,
): TemplateResult {
  const t = ctx.messages.review;
  const rows = visibleQuestionSteps(ctx.answers).flatMap((step) =>
    step.questions.map((question) => ({ step: step.id, question })),
  );
  return html`<h2 part="heading" class="heading" tabindex="-1">${t.title}</h2>
    <p class="lead">${t.lead}</p>
    <dl class="review" part="review">
      ${rows.map(
        ({ step, question }) =>
          html`<div class="review-row">
            <dt>${shortLabel(question, ctx.messages)}</dt>
            <dd class="review-answer">${answerText(question, ctx, photoCount)}</dd>
            <dd class="review-action">
              <button
                type="button"
                class="link"
                part="change-button"
                ?disabled=${ctx.disabled}
                data-question=${question.id}
                @click=${() => change(step, question.id)}
              >
                ${t.change}<span class="visually-hidden"> ${shortLabel(question, ctx.messages)}</span>
              </button>
            </dd>
          </div>`,
      )}
    </dl>
    <div class="actions" part="nav">
      <button type="button" class="primary" part="finish-button" ?disabled=${ctx.disabled} @click=${finish}>
        ${t.finish}
      </button>
      ${back}
    </div>`;
}
