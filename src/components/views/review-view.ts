import { html, type TemplateResult } from 'lit';
import { isChoice, type Question, type StepId } from '../../model/definition.js';
import { visibleQuestionSteps } from '../../model/conditions.js';
import { optionLabel, shortLabel } from '../../model/labels.js';
import { codesOf } from '../../model/answers.js';
import { stepsByPart } from '../../model/progress.js';
import type { LaterContext } from './context.js';

/** An answer as the review shows it: several choices as a list (GOV.UK's summary list), one as plain text. */
function renderAnswer(question: Question, ctx: LaterContext, photoCount: number): TemplateResult | string {
  if (question.kind === 'photos') return ctx.messages.review.photosCount(photoCount);
  const value = ctx.answers[question.id];
  if (value === undefined || value === '') return ctx.messages.review.notAnswered;
  if (!isChoice(question)) return String(value);
  const labels = codesOf(ctx.answers, question.id).map((code) => optionLabel(question.id, code, ctx.messages));
  if (labels.length === 1) return labels[0]!;
  return html`<ul class="review-list">
    ${labels.map((label) => html`<li>${label}</li>`)}
  </ul>`;
}

export function renderReview(
  ctx: LaterContext,
  photoCount: number,
  change: (stepId: string, questionId: string) => void,
  finish: () => void,
): TemplateResult {
  const t = ctx.messages.review;
  const row = (step: StepId, question: Question) =>
    html`<div class="review-row">
      <dt>${shortLabel(question, ctx.messages)}</dt>
      <dd class="review-answer">${renderAnswer(question, ctx, photoCount)}</dd>
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
    </div>`;
  // The answers under the five parts the patient went through, so a long list can be scanned by its headings.
  return html`<h2 part="heading" class="heading" tabindex="-1">${t.title}</h2>
    <p class="lead">${t.lead}</p>
    <div class="review" part="review">
      ${stepsByPart(visibleQuestionSteps(ctx.answers)).map(
        ({ part, steps }) =>
          html`<h3 class="review-section">${ctx.messages.nav.parts[part]}</h3>
            <dl class="review-list-of-part">
              ${steps.flatMap((step) => step.questions.map((question) => row(step.id, question)))}
            </dl>`,
      )}
    </div>
    <div class="actions" part="nav">
      <button type="button" class="primary" part="finish-button" ?disabled=${ctx.disabled} @click=${finish}>
        ${t.finish}
      </button>
    </div>`;
}
