import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ChoiceQuestion, GroupedStepId, Question, QuestionStep } from '../../model/definition.js';
import { visibleQuestionIds } from '../../model/conditions.js';
import { codesOf } from '../../model/answers.js';
import { ids, loadedWords, type ViewContext } from './context.js';
import { errorText } from './error-text.js';

export interface QuestionHandlers {
  readonly choose: (questionId: string, code: string, checked: boolean) => void;
}

/**
 * What only the questions after the first one use (free text, the conditional reveal, option pictures): in the later
 * steps' lazy chunk (later-questions.ts). The first question is drawn without it; every later step waits for it.
 */
export interface LaterQuestions {
  renderText(ctx: ViewContext, question: Question, asHeading: boolean): TemplateResult;
  renderReveal(ctx: ViewContext, step: QuestionStep, handlers: QuestionHandlers, later: LaterQuestions): TemplateResult;
  /** The option's picture, or nothing. */
  picture(questionId: string, code: string): TemplateResult | typeof nothing;
}

/** The ids for `aria-describedby`, or `nothing` (no attribute at all) when there are none. */
export function describedBy(...idList: (string | false | undefined)[]): string | typeof nothing {
  const list = idList.filter(Boolean).join(' ');
  return list || nothing;
}

export function renderError(ctx: ViewContext, question: Question): TemplateResult | typeof nothing {
  const error = ctx.errors.find((e) => e.questionId === question.id);
  if (!error) return nothing;
  // One text run, so the name read out keeps its space after the prefix.
  return html`<p class="error-message" id=${ids.error(question.id)}>
    <span class="visually-hidden">${`${ctx.messages.errors.prefix} `}</span>${errorText(ctx.messages, question, error)}
  </p>`;
}

function renderOption(
  ctx: ViewContext,
  question: ChoiceQuestion,
  code: string,
  handlers: QuestionHandlers,
  later: LaterQuestions | null,
): TemplateResult {
  const strings = ctx.messages.choices[question.id] as {
    options: Record<string, string>;
    optionHints?: Record<string, string | undefined>;
  };
  const checked = codesOf(ctx.answers, question.id).includes(code);
  const type = question.kind === 'single' ? 'radio' : 'checkbox';
  const hint = strings.optionHints?.[code];
  const id = ids.input(question.id, code);
  const picture = later?.picture(question.id, code) ?? nothing;
  const invalid = ctx.errors.some((e) => e.questionId === question.id);
  // The hint is inside the label, so it is already part of the name: describing the input by it too made screen
  // readers read it twice. `.checked` needs no `live()`: every change of a box goes through the answers (choose),
  // which are drawn again at once, so the box never differs from what was last drawn into it for longer than that;
  // and each step has DOM of its own (keyed).
  return html`<div class="option ${picture === nothing ? '' : 'option--pictured'}">
    <input
      type=${type}
      id=${id}
      name=${question.id}
      value=${code}
      .checked=${checked}
      ?disabled=${ctx.disabled}
      aria-invalid=${invalid ? 'true' : nothing}
      @change=${(e: Event) => handlers.choose(question.id, code, (e.target as HTMLInputElement).checked)}
    />
    <label for=${id}>
      ${picture}
      <span class="option-text">
        <span class="option-label">${strings.options[code]}</span>
        ${hint ? html`<span class="option-hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
      </span>
    </label>
  </div>`;
}

/**
 * GOV.UK's "or" divider before an exclusive "None of these": the quickest answer for most patients, set apart
 * from the list it excludes. It is plain text, not a control: a screen reader in browse mode reads "or" between
 * the last condition and "None of these", as it is shown, and Tab skips it.
 */
function renderOr(ctx: ViewContext): TemplateResult {
  return html`<p class="options-divider">${loadedWords(ctx.messages.nav.or, 'or')}</p>`;
}

/** What a reveal step shows under one option: the follow-ups that option opens, when it is chosen. */
export type Reveal = (code: string) => TemplateResult | typeof nothing;

export function renderChoice(
  ctx: ViewContext,
  question: ChoiceQuestion,
  handlers: QuestionHandlers,
  asHeading: boolean,
  later: LaterQuestions | null,
  reveal?: Reveal,
): TemplateResult {
  const strings = loadedWords(ctx.messages.choices[question.id], question.id);
  const hasError = ctx.errors.some((e) => e.questionId === question.id);
  const hint = strings.hint;
  const exclusive = 'exclusive' in question ? question.exclusive : undefined;
  return html`<div class="question ${hasError ? 'question--error' : ''}">
    <fieldset aria-describedby=${describedBy(hint && ids.hint(question.id), hasError && ids.error(question.id))}>
      <legend>
        ${
          asHeading
            ? html`<h2 part="heading" class="heading" tabindex="-1">${strings.label}</h2>`
            : html`<span class="legend-text">${strings.label}</span>`
        }
      </legend>
      ${hint ? html`<p class="hint" part="hint" id=${ids.hint(question.id)}>${hint}</p>` : nothing}
      ${renderError(ctx, question)}
      <div class="options options--${question.kind}">
        ${question.options.map(
          (code: string) =>
            html`${code === exclusive ? renderOr(ctx) : nothing}${renderOption(ctx, question, code, handlers, later)}${
              reveal ? reveal(code) : nothing
            }`,
        )}
      </div>
    </fieldset>
  </div>`;
}

export function renderQuestion(
  ctx: ViewContext,
  question: Question,
  handlers: QuestionHandlers,
  asHeading: boolean,
  later: LaterQuestions | null,
) {
  if (question.kind === 'text') return later ? keyed(question.id, later.renderText(ctx, question, asHeading)) : nothing;
  if (question.kind === 'single' || question.kind === 'multiple') {
    return keyed(question.id, renderChoice(ctx, question as ChoiceQuestion, handlers, asHeading, later));
  }
  return nothing;
}

/**
 * One question step: a single question; a grouped step (`smp-history`, `artists`, `tint`) with its own
 * heading over its questions; or a reveal step, whose parent's legend is the heading. `later` is null only before
 * the later steps' chunk has arrived, when the step on screen is the first question (the element waits for it
 * before any other).
 */
export function renderQuestionStep(
  ctx: ViewContext,
  step: QuestionStep,
  handlers: QuestionHandlers,
  later: LaterQuestions | null,
): TemplateResult {
  if (step.layout === 'reveal') return later ? later.renderReveal(ctx, step, handlers, later) : html``;
  if (step.layout === 'single') {
    return html`${step.questions.map((q) => renderQuestion(ctx, q, handlers, true, later))}`;
  }
  const visible = visibleQuestionIds(ctx.answers);
  const group = loadedWords(ctx.messages.groups[step.id as GroupedStepId], step.id);
  return html`<h2 part="heading" class="heading" tabindex="-1">${group.heading}</h2>
    ${group.hint ? html`<p class="hint" part="hint">${group.hint}</p>` : nothing}
    ${step.questions.filter((q) => visible.has(q.id)).map((q) => renderQuestion(ctx, q, handlers, false, later))}`;
}
