import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { keyed } from 'lit/directives/keyed.js';
import type {
  ChoiceQuestion,
  Condition,
  GroupedStepId,
  Question,
  QuestionStep,
  TextQuestionId,
} from '../../model/definition.js';
import { visibleQuestionIds } from '../../model/conditions.js';
import { codesOf } from '../../model/answers.js';
import { illustrations } from './pictures.js';
import { ids, loadedWords, type ViewContext } from './context.js';
import { errorText } from './error-text.js';

export interface QuestionHandlers {
  readonly choose: (questionId: string, code: string, checked: boolean) => void;
}

function describedBy(...idList: (string | false | undefined)[]): string | undefined {
  const list = idList.filter(Boolean).join(' ');
  return list || undefined;
}

function renderError(ctx: ViewContext, question: Question): TemplateResult | typeof nothing {
  const error = ctx.errors.find((e) => e.questionId === question.id);
  if (!error) return nothing;
  // One text run, so the name read out keeps its space after the prefix.
  return html`<p class="error-message" id=${ids.error(question.id)}>
    <span class="visually-hidden">${`${ctx.messages.errors.prefix} `}</span>${errorText(ctx.messages, question, error)}
  </p>`;
}

/** Pictures where words fail: the questions about how something looks, and where on the head. */
const PICTURED = {
  concerns: 'concernIllustration',
  'skin-type': 'skinSwatch',
  'tint-colour': 'tintChip',
  'dots-appearance': 'dotsIllustration',
  'smp-areas': 'areaIllustration',
} as const;

/** The option's picture; nothing while the pictures' chunk has not arrived (see pictures.ts). */
function illustration(questionId: string, code: string) {
  const pictures = illustrations();
  if (!pictures || !Object.hasOwn(PICTURED, questionId)) return nothing;
  return pictures[PICTURED[questionId as keyof typeof PICTURED]](code);
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
  return html`<p class="options-divider">${ctx.messages.nav.or}</p>`;
}

/** What a reveal step shows under one option: the follow-ups that option opens, when it is chosen. */
type Reveal = (code: string) => TemplateResult | typeof nothing;

function renderChoice(
  ctx: ViewContext,
  question: ChoiceQuestion,
  handlers: QuestionHandlers,
  asHeading: boolean,
  reveal?: Reveal,
): TemplateResult {
  const strings = loadedWords(ctx.messages.choices[question.id], question.id);
  const hasError = ctx.errors.some((e) => e.questionId === question.id);
  const hint = strings.hint;
  const exclusive = 'exclusive' in question ? question.exclusive : undefined;
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
        ${question.options.map(
          (code: string) =>
            html`${code === exclusive ? renderOr(ctx) : nothing}${renderOption(ctx, question, code, handlers)}${
              reveal ? reveal(code) : nothing
            }`,
        )}
      </div>
    </fieldset>
  </div>`;
}

/** A free-text question. Typing reaches the element through its typing shield (no `input` listener here). */
function renderText(
  ctx: ViewContext,
  question: Question,
  handlers: QuestionHandlers,
  asHeading = true,
): TemplateResult {
  const strings = loadedWords(ctx.messages.texts?.[question.id as TextQuestionId], question.id);
  const value = typeof ctx.answers[question.id] === 'string' ? (ctx.answers[question.id] as string) : '';
  const max = 'maxLength' in question ? question.maxLength : 0;
  const hasError = ctx.errors.some((e) => e.questionId === question.id);
  const left = max - value.length;
  const nav = ctx.messages.nav;
  // The label and its space are one text run: separate parts ran "know?" and "(optional)" together in the name.
  const label = html`<label for=${ids.input(question.id)}
    >${question.required ? strings.label : `${strings.label} `}${
      question.required ? nothing : html`<span class="optional">${nav.optional}</span>`
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
      aria-describedby=${ifDefined(
        describedBy(strings.hint && ids.hint(question.id), hasError && ids.error(question.id), ids.count(question.id)),
      )}
    ></textarea>
    <p class="count ${left < 0 ? 'count--over' : ''}" id=${ids.count(question.id)}>
      ${left < 0 ? nav.charactersTooMany(-left) : nav.charactersLeft(left)}
    </p>
    <p class="visually-hidden count-status" aria-live="polite">${ctx.countStatus(question.id)}</p>
  </div>`;
}

function renderQuestion(ctx: ViewContext, question: Question, handlers: QuestionHandlers, asHeading: boolean) {
  if (question.kind === 'text') return keyed(question.id, renderText(ctx, question, handlers, asHeading));
  if (question.kind === 'single' || question.kind === 'multiple') {
    return keyed(question.id, renderChoice(ctx, question as ChoiceQuestion, handlers, asHeading));
  }
  return nothing;
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
function renderReveal(ctx: ViewContext, step: QuestionStep, handlers: QuestionHandlers): TemplateResult {
  const [parent, ...followUps] = step.questions as [ChoiceQuestion, ...Question[]];
  const visible = visibleQuestionIds(ctx.answers);
  const shown = followUps.filter((q) => visible.has(q.id));
  const chosen = codesOf(ctx.answers, parent.id);
  const reveal: Reveal = (code) => {
    if (!chosen.includes(code)) return nothing;
    const under = shown.filter((q) => 'when' in q && opens(q.when, code));
    if (!under.length) return nothing;
    return html`<div class="conditional" id=${`${parent.id}--${code}-reveal`}>
      ${under.map((q) => renderQuestion(ctx, q, handlers, false))}
    </div>`;
  };
  const names = shown.map((q) => ctx.messages.choices[q.id as ChoiceQuestion['id']]?.label ?? '');
  return html`${keyed(parent.id, renderChoice(ctx, parent, handlers, true, reveal))}
    <p class="visually-hidden" aria-live="polite">
      ${names.length ? ctx.messages.nav.revealed(names.join(' ')) : ''}
    </p>`;
}

/**
 * One question step: a single question; a grouped step (`smp-history`, `artists`, `tint`) with its own
 * heading over its questions; or a reveal step, whose parent's legend is the heading.
 */
export function renderQuestionStep(ctx: ViewContext, step: QuestionStep, handlers: QuestionHandlers): TemplateResult {
  if (step.layout === 'reveal') return renderReveal(ctx, step, handlers);
  if (step.layout === 'single') return html`${step.questions.map((q) => renderQuestion(ctx, q, handlers, true))}`;
  const visible = visibleQuestionIds(ctx.answers);
  const group = loadedWords(ctx.messages.groups[step.id as GroupedStepId], step.id);
  return html`<h2 part="heading" class="heading" tabindex="-1">${group.heading}</h2>
    ${group.hint ? html`<p class="hint" part="hint">${group.hint}</p>` : nothing}
    ${step.questions.filter((q) => visible.has(q.id)).map((q) => renderQuestion(ctx, q, handlers, false))}`;
}
