import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ChoiceQuestion, Question, QuestionStep } from '../../model/definition.js';
import { codesOf } from '../../model/answers.js';
import type { ValidationError } from '../../model/validation.js';
import { concernIllustration, skinSwatch } from '../illustrations.js';
import { ids, type ViewContext } from './context.js';

export interface QuestionHandlers {
  readonly choice: (questionId: string, code: string, checked: boolean) => void;
  readonly text: (questionId: string, value: string) => void;
}

function errorMessage(ctx: ViewContext, question: Question, error: ValidationError): string {
  const kind = question.kind === 'photos' ? 'text' : question.kind;
  const max = 'maxLength' in question ? question.maxLength : undefined;
  return ctx.messages.errors.messages[error.code](kind, max);
}

function describedBy(...idList: (string | false | undefined)[]): string | undefined {
  const list = idList.filter(Boolean).join(' ');
  return list || undefined;
}

function renderError(ctx: ViewContext, question: Question): TemplateResult | typeof nothing {
  const error = ctx.errors.find((e) => e.questionId === question.id);
  if (!error) return nothing;
  return html`<p class="error-message" id=${ids.error(question.id)}>
    <span class="visually-hidden">${ctx.messages.errors.prefix}</span> ${errorMessage(ctx, question, error)}
  </p>`;
}

function illustration(questionId: string, code: string) {
  if (questionId === 'concerns') return concernIllustration(code);
  if (questionId === 'skin-type') return skinSwatch(code);
  return nothing;
}

function renderOption(
  ctx: ViewContext,
  question: ChoiceQuestion,
  code: string,
  handlers: QuestionHandlers,
): TemplateResult {
  const strings = ctx.messages.choices[question.id] as {
    options: Record<string, string>;
    optionHints?: Record<string, string | undefined>;
  };
  const checked = codesOf(ctx.answers, question.id).includes(code);
  const type = question.kind === 'single' ? 'radio' : 'checkbox';
  const hint = strings.optionHints?.[code];
  const id = ids.input(question.id, code);
  const picture = illustration(question.id, code);
  const invalid = ctx.errors.some((e) => e.questionId === question.id);
  // The hint is inside the label, so it is already part of the name: describing the input by it too made screen
  // readers read it twice.
  return html`<div class="option ${picture === nothing ? '' : 'option--pictured'}">
    <input
      type=${type}
      id=${id}
      name=${question.id}
      value=${code}
      .checked=${live(checked)}
      ?disabled=${ctx.disabled}
      aria-invalid=${invalid ? 'true' : nothing}
      @change=${(e: Event) => handlers.choice(question.id, code, (e.target as HTMLInputElement).checked)}
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

function renderChoice(
  ctx: ViewContext,
  question: ChoiceQuestion,
  handlers: QuestionHandlers,
  asHeading: boolean,
): TemplateResult {
  const strings = ctx.messages.choices[question.id];
  const hasError = ctx.errors.some((e) => e.questionId === question.id);
  const hint = strings.hint;
  return html`<div class="question ${hasError ? 'question--error' : ''}">
    <fieldset
      aria-describedby=${ifDefined(describedBy(hint && ids.hint(question.id), hasError && ids.error(question.id)))}
    >
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
        ${question.options.map((code: string) => renderOption(ctx, question, code, handlers))}
      </div>
    </fieldset>
  </div>`;
}

function renderText(ctx: ViewContext, question: Question, handlers: QuestionHandlers): TemplateResult {
  const strings = ctx.messages.texts[question.id as 'notes' | 'concern-details'];
  const value = typeof ctx.answers[question.id] === 'string' ? (ctx.answers[question.id] as string) : '';
  const max = 'maxLength' in question ? question.maxLength : 0;
  const hasError = ctx.errors.some((e) => e.questionId === question.id);
  const left = max - value.length;
  const nav = ctx.messages.nav;
  return html`<div class="question ${hasError ? 'question--error' : ''}">
    <h2 part="heading" class="heading" tabindex="-1">
      <label for=${ids.input(question.id)}>
        ${strings.label} ${question.required ? nothing : html`<span class="optional">${nav.optional}</span>`}
      </label>
    </h2>
    ${strings.hint ? html`<p class="hint" part="hint" id=${ids.hint(question.id)}>${strings.hint}</p>` : nothing}
    ${renderError(ctx, question)}
    <textarea
      id=${ids.input(question.id)}
      name=${question.id}
      rows="6"
      .value=${live(value)}
      ?disabled=${ctx.disabled}
      aria-invalid=${hasError ? 'true' : nothing}
      aria-describedby=${ifDefined(
        describedBy(strings.hint && ids.hint(question.id), hasError && ids.error(question.id), ids.count(question.id)),
      )}
      @input=${(e: Event) => handlers.text(question.id, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="count ${left < 0 ? 'count--over' : ''}" id=${ids.count(question.id)} aria-live="polite">
      ${left < 0 ? nav.charactersTooMany(-left) : nav.charactersLeft(left)}
    </p>
  </div>`;
}

/** One question step: a single question, or the grouped `tint` step with its own heading. */
export function renderQuestionStep(ctx: ViewContext, step: QuestionStep, handlers: QuestionHandlers): TemplateResult {
  const grouped = step.questions.length > 1 || step.id === 'tint';
  const questions = step.questions.map((question) => {
    if (question.kind === 'text') return renderText(ctx, question, handlers);
    if (question.kind === 'single' || question.kind === 'multiple') {
      return renderChoice(ctx, question as ChoiceQuestion, handlers, !grouped);
    }
    return nothing;
  });
  if (!grouped) return html`${questions}`;
  return html`<h2 part="heading" class="heading" tabindex="-1">${ctx.messages.tintStep.heading}</h2>
    <p class="hint" part="hint">${ctx.messages.tintStep.hint}</p>
    ${questions}`;
}
