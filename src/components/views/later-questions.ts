import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { keyed } from 'lit/directives/keyed.js';
import type { ChoiceQuestion, Condition, Question, QuestionStep, TextQuestionId } from '../../model/definition.js';
import { visibleQuestionIds } from '../../model/conditions.js';
import { codesOf } from '../../model/answers.js';
import { illustrations } from './pictures.js';
import { ids, loadedWords, type ViewContext } from './context.js';
import {
  describedBy,
  renderChoice,
  renderError,
  renderQuestion,
  type LaterQuestions,
  type QuestionHandlers,
  type Reveal,
} from './question-view.js';

/*
 * The parts of the question views that only the questions after the first one use: free-text questions, the
 * conditional reveal and option pictures. They travel in the later steps' lazy chunk (later-steps.ts); the choice
 * questions they build on stay in question-view.ts, in the bundle.
 */

/** Pictures where words fail: the questions about how something looks, and where on the head. */
const PICTURED = {
  concerns: 'concernIllustration',
  'skin-type': 'skinSwatch',
  'tint-colour': 'tintChip',
  'dots-appearance': 'dotsIllustration',
  'smp-areas': 'areaIllustration',
} as const;

/** The option's picture; nothing while the pictures' chunk has not arrived (see pictures.ts). */
function picture(questionId: string, code: string): TemplateResult | typeof nothing {
  const pictures = illustrations();
  if (!pictures || !Object.hasOwn(PICTURED, questionId)) return nothing;
  return pictures[PICTURED[questionId as keyof typeof PICTURED]](code);
}

/** A free-text question. Typing reaches the element through its typing shield (no `input` listener here). */
function renderText(ctx: ViewContext, question: Question, asHeading: boolean): TemplateResult {
  const strings = loadedWords(ctx.messages.texts?.[question.id as TextQuestionId], question.id);
  const value = typeof ctx.answers[question.id] === 'string' ? (ctx.answers[question.id] as string) : '';
  const max = 'maxLength' in question ? question.maxLength : 0;
  const hasError = ctx.errors.some((e) => e.questionId === question.id);
  const left = max - value.length;
  const nav = ctx.messages.nav;
  // The label and its space are one text run: separate parts ran "know?" and "(optional)" together in the name.
  const label = html`<label for=${ids.input(question.id)}
    >${question.required ? strings.label : `${strings.label} `}${
      question.required ? nothing : html`<span class="optional">${loadedWords(nav.optional, 'optional')}</span>`
    }</label
  >`;
  return html`<div class="question ${hasError ? 'question--error' : ''}">
    ${
      asHeading
        ? html`<h2 part="heading" class="heading" tabindex="-1">${label}</h2>`
        : html`<span class="legend-text">${label}</span>`
    }
    ${strings.hint ? html`<p class="hint" part="hint" id=${ids.hint(question.id)}>${strings.hint}</p>` : nothing}
    ${renderError(ctx, question)}
    <textarea
      id=${ids.input(question.id)}
      name=${question.id}
      rows="6"
      .value=${live(value)}
      ?disabled=${ctx.disabled}
      aria-invalid=${hasError ? 'true' : nothing}
      aria-describedby=${describedBy(
        strings.hint && ids.hint(question.id),
        hasError && ids.error(question.id),
        ids.count(question.id),
      )}
    ></textarea>
    <p class="count ${left < 0 ? 'count--over' : ''}" id=${ids.count(question.id)}>
      ${
        left < 0
          ? loadedWords(nav.charactersTooMany, 'charactersTooMany')(-left)
          : loadedWords(nav.charactersLeft, 'charactersLeft')(left)
      }
    </p>
    <p class="visually-hidden count-status" aria-live="polite">${ctx.countStatus(question.id)}</p>
  </div>`;
}

/** Whether choosing `code` for the parent opens a follow-up with this condition. */
function opens(condition: Condition, code: string): boolean {
  if (condition.anyOf) return condition.anyOf.includes(code);
  if (condition.noneOf) return !condition.noneOf.includes(code);
  return true;
}

/**
 * A parent question whose follow-ups are revealed in place, as GOV.UK's conditional reveal does: under
 * the chosen answer that opens them, indented, and gone (with their answers) when that answer changes.
 * Screen readers do not notice content appearing below a radio, so a polite live region names the new
 * questions when they appear.
 */
function renderReveal(
  ctx: ViewContext,
  step: QuestionStep,
  handlers: QuestionHandlers,
  later: LaterQuestions,
): TemplateResult {
  const [parent, ...followUps] = step.questions as [ChoiceQuestion, ...Question[]];
  const visible = visibleQuestionIds(ctx.answers);
  const shown = followUps.filter((q) => visible.has(q.id));
  const chosen = codesOf(ctx.answers, parent.id);
  const reveal: Reveal = (code) => {
    if (!chosen.includes(code)) return nothing;
    const under = shown.filter((q) => 'when' in q && opens(q.when, code));
    if (!under.length) return nothing;
    return html`<div class="conditional" id=${`${parent.id}--${code}-reveal`}>
      ${under.map((q) => renderQuestion(ctx, q, handlers, false, later))}
    </div>`;
  };
  const names = shown.map((q) => ctx.messages.choices[q.id as ChoiceQuestion['id']]?.label ?? '');
  return html`${keyed(parent.id, renderChoice(ctx, parent, handlers, true, later, reveal))}
    <p class="visually-hidden" aria-live="polite">
      ${names.length ? loadedWords(ctx.messages.nav.revealed, 'revealed')(names.join(' ')) : ''}
    </p>`;
}

/** Handed to question-view.ts once the later steps' chunk is there. */
export const laterQuestions: LaterQuestions = { renderText, renderReveal, picture };
