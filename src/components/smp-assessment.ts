import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { getQuestion, getQuestionStep, type StepId } from '../model/definition.js';
import { codesOf, describeDropped, sanitizeAnswers, toggleCode, withAnswer, type Answers } from '../model/answers.js';
import { pruneAnswers } from '../model/conditions.js';
import { nextStep, progressOf } from '../model/navigation.js';
import { INITIAL_FLOW, stepFlow, type FlowAction, type FlowState } from '../model/step-flow.js';
import { isComplete } from '../model/validation.js';
import { makeReference } from '../model/reference.js';
import { QUESTIONNAIRE_URL } from '../model/fhir-constants.js';
import type { Summary } from '../model/summary-types.js';
import { canonicalUrl, consultationTarget, onePartnerLine } from '../model/attributes.js';
import { LANGUAGE_NOT_LOADED, matchLocale, type Messages } from '../locales/index.js';
import { smpEvent, type SmpCompleteDetail, type SmpStepDetail } from '../events.js';
import { lazyChunk } from '../lazy-chunk.js';
import { CompletionController, type CompletedMeta } from '../controllers/completion.js';
import { DraftController } from '../controllers/draft.js';
import { FocusController } from '../controllers/focus.js';
import { FormAssociationController } from '../controllers/form-association.js';
import { PhotosController } from '../controllers/photos-controller.js';
import { CountAnnouncer } from '../controllers/count-announcer.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { SummaryController } from '../controllers/summary-controller.js';
import { TypingShieldController } from '../controllers/typing-shield.js';
import { markPrivate } from './private-hints.js';
import { renderQuestionStep } from './views/question-view.js';
import { renderErrorSummary, renderIntro, renderReview } from './views/flow-views.js';
import { renderPhotos } from './views/photos-view.js';
import { illustrations, loadPictures } from './views/pictures.js';
import { renderProgress } from './views/progress-view.js';
import { ids, type ViewContext } from './views/context.js';
import { styles } from './smp-assessment.styles.js';
import type { Completion } from './summary-screen.js';
import { checkEnums, warnUnsafeAttributes } from './attribute-checks.js';
import { secureRandom } from '../secure-random.js';

/** The summary's code is a lazy chunk (see summary-screen.ts), loaded once per page. */
const loadSummaryScreen = lazyChunk((retry) => import('./summary-screen.js'));

/**
 * A patient self-assessment of scalp micropigmentation (SMP) before removal, with a summary for the clinic.
 *
 * @summary Walks a patient through an SMP removal self-assessment and hands the clinic a summary.
 *
 * @event smp-step - The visible step changed (never on page load). `detail: { step, index, total }`, never an answer.
 * @event smp-complete - The patient finished the review. `detail: { summary, text, fhir, photos }`.
 * @event smp-reset - The answers were cleared. `detail: {}`.
 *
 * @csspart step - The current step's container.
 * @csspart heading - The heading of the current step; it takes focus on each step change.
 * @csspart hint - Hint text under a question.
 * @csspart error-summary - The list of problems shown when Continue finds one.
 * @csspart progress - The "Part 2 of 5 · What you want to change" line and its bar (on question steps).
 * @csspart nav - The row of buttons at the bottom of a step.
 * @csspart start-button - Starts the assessment (intro without a draft).
 * @csspart resume-button - Continues a saved draft.
 * @csspart restart-button - Discards the draft and starts again.
 * @csspart back-button - Goes to the previous step.
 * @csspart continue-button - Goes to the next step (also on the last question).
 * @csspart change-button - Opens a question from the review.
 * @csspart finish-button - Completes the assessment from the review.
 * @csspart review - The list of answers on the review.
 * @csspart summary - The patient-facing summary.
 * @csspart copy-button - Copies the summary text.
 * @csspart download-button - Downloads the summary as a .txt file.
 * @csspart print-button - Prints the summary alone.
 * @csspart consultation-button - Copies the summary, then opens `consultation-url`.
 * @csspart send-button - Inside a form: focuses the host form's first invalid field, or its submit button.
 *
 * @cssproperty --smp-font-family - Font family; inherits the page's font by default.
 * @cssproperty --smp-font-size - Base font size; follows the root size (1rem) by default.
 * @cssproperty --smp-color-text - Text colour.
 * @cssproperty --smp-color-muted - Secondary text colour (hints).
 * @cssproperty --smp-color-background - Background of the widget.
 * @cssproperty --smp-color-surface - Background of options and panels.
 * @cssproperty --smp-color-border - Borders of options and inputs.
 * @cssproperty --smp-color-primary - Primary button and selected option colour.
 * @cssproperty --smp-color-primary-text - Text on the primary colour.
 * @cssproperty --smp-color-selected - Background of a chosen option.
 * @cssproperty --smp-color-error - Error colour.
 * @cssproperty --smp-color-focus - The yellow tone of the two-toned focus ring (outer on dark, inner on light).
 * @cssproperty --smp-color-focus-contrast - The dark tone of the focus ring (outer on light, inner on dark).
 * @cssproperty --smp-frame-padding - Padding around the widget's content (default: the spacing unit); 0 inside a host card.
 * @cssproperty --smp-scroll-margin - Space kept above a focused heading when it scrolls into view (for sticky headers).
 * @cssproperty --smp-radius - Corner radius.
 * @cssproperty --smp-spacing - Base spacing unit.
 * @cssproperty --smp-max-width - Maximum width of the content.
 *
 * @cssstate complete - The patient finished; the form value is set.
 * @cssstate in-progress - The patient has started and not finished.
 */
export class SmpAssessment extends LitElement {
  static override styles = styles;
  static formAssociated = true;

  private readonly i18n = new LocaleController(
    this,
    () => this.locale,
    () => this.handleMessagesChanged(),
  );
  private readonly formAssociation = new FormAssociationController(this, {
    state: () => ({
      value:
        this.finished.completion && this.name ? this.summaryScreen.formData(this.name, this.finished.completion) : null,
      text: this.finished.completion?.text ?? '',
      // The restore state lets back/forward navigation bring answers back; on a shared computer
      // (persist="none") the browser keeps none, like an input with autocomplete="off".
      restore: this.persistLocal ? JSON.stringify({ answers: this.answersValue, step: this.step }) : null,
      inProgress: this.step !== 'intro' || Object.keys(this.answersValue).length > 0,
      incomplete: this.messages.errors.formIncomplete,
    }),
    complete: () => !!this.finished.completion,
    sent: () => {
      // The draft id is renewed first, so the sweep deletes every photo of the sent draft.
      this.draft.clear();
      void this.photos.sweep();
    },
    blocked: () => (this.problem = this.messages.errors.formIncomplete),
  });
  private readonly draft = new DraftController(this, {
    content: () =>
      this.step === 'intro'
        ? null
        : {
            step: this.step,
            answers: this.answersValue,
            fromReview: this.flow.fromReview,
            completed: this.finished.meta,
          },
    idle: () => this.step === 'intro' && !Object.keys(this.answersValue).length,
    atIntro: () => this.step === 'intro',
    discarded: () => void this.photos.sweep(),
    changedElsewhere: (draft) => {
      this.answersValue = draft.answers;
      this.finished.clear();
      this.flow = stepFlow(this.flow, { type: 'sync', fromReview: draft.fromReview, answers: draft.answers });
      this.syncForm();
    },
  });
  private readonly stepFocus = new FocusController(this, () => this.flow);
  private readonly summaryScreen = new SummaryController(
    this,
    () => this.step === 'summary' && !!this.finished.completion,
    loadSummaryScreen,
  );
  private readonly photos = new PhotosController(this, () => this.messages);
  private readonly finished = new CompletionController<Completion>(this, {
    build: (meta) => this.buildCompletion(meta),
    locale: () => this.messages.locale,
    rebuilt: () => this.syncForm(),
  });
  private readonly counts = new CountAnnouncer(this, () => this.messages);
  /** Typed keys and field contents never bubble out to the page, where analytics or replay scripts listen. */
  private readonly typingShield = new TypingShieldController(this, (event, target) => this.handleTyped(event, target));
  private answersValue: Answers = {};

  /** Where the patient is: changed only through `stepFlow` (src/model/step-flow.ts). */
  @state() private flow: FlowState = INITIAL_FLOW;
  /** A plain-words problem shown as an alert on the current step (a part that could not load, a blocked form). */
  @state() private problem: string | null = null;

  /** Form field name; with it the element takes part in a surrounding `<form>`. */
  @property({ reflect: true }) name: string | null = null;
  /** The form is invalid (`valueMissing`) until the assessment is complete. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** No interaction; also set by a disabled `<fieldset>`. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /**
   * `en` or `es` (`es-MX` works); otherwise the nearest ancestor's `lang`, then `en`; can change at run time.
   * @default inherited
   */
  @property({ attribute: 'lang' }) locale: string | null = null;
  /**
   * The clinic's name, used in the text.
   * @default generic wording
   */
  @property() clinic: string | null = null;
  /** Attribution code of the embedding site, recorded in the summary. */
  @property() partner: string | null = null;
  /** `local` (draft in localStorage, photos in IndexedDB, 30-day expiry) or `none` (writes nothing). */
  @property() persist = 'local';
  /**
   * Namespace of the draft (`smp-assessment:<key>`), so two widgets never share one.
   * @default `name`, `id`, then `smp-assessment`
   */
  @property({ attribute: 'storage-key' }) storageKey: string | null = null;
  /** Leave the session estimate out of every output. */
  @property({ type: Boolean, attribute: 'hide-estimate' }) hideEstimate = false;
  /** Outside a form: copy the text, then open this URL (answers never go into it). */
  @property({ attribute: 'consultation-url' }) consultationUrl: string | null = null;
  /** Language of the clinic's copy; the text holds the patient's language, then this one if different. */
  @property({ attribute: 'clinic-lang' }) clinicLang = 'en';
  /**
   * `inline` puts photo bytes (base64) in FHIR attachments; otherwise metadata only.
   * @default metadata
   */
  @property({ attribute: 'fhir-photos' }) fhirPhotos: string | null = null;
  /**
   * Canonical URL of the FHIR `Questionnaire`, for clinics that publish their own.
   * @default `https://smp-assessment.org/fhir/Questionnaire/smp-removal-self-assessment`
   */
  @property({ attribute: 'questionnaire-url' }) questionnaireUrl: string | null = null;
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme = 'auto';
  /**
   * `name` or `id` of a field of the host form (hidden input or textarea) that also gets the plain text when
   * complete, and `''` on reset; fires `input` and `change` on it (see [Form builders](#form-builders)).
   */
  @property({ attribute: 'summary-field' }) summaryField: string | null = null;

  /**
   * Answers so far, keyed by question id (`string` or `string[]`); set it to prefill (any object, a reactive Proxy
   * included); unknown ids and codes are dropped with one warning. Setting it fires no event.
   * @default `{}`
   */
  get answers(): Answers {
    // Arrays are copied too: a caller pushing into `answers.concerns` must not bypass sanitising.
    const copy: Answers = {};
    for (const [id, value] of Object.entries(this.answersValue)) copy[id] = Array.isArray(value) ? [...value] : value;
    return copy;
  }
  set answers(value: unknown) {
    const { answers, dropped } = sanitizeAnswers(value);
    if (dropped.length) console.warn(describeDropped(dropped));
    this.setAnswers(pruneAnswers(answers));
    // Answers set from code invalidate a finished summary, and may hide the step on screen.
    this.flow = stepFlow(this.flow, { type: 'prefill', answers: this.answersValue });
  }

  /** The `Summary` once complete, else `null`. */
  get summary(): Summary | null {
    return this.finished.completion?.summary ?? null;
  }

  get form(): HTMLFormElement | null {
    return this.formAssociation.internals.form;
  }
  get validity(): ValidityState {
    return this.formAssociation.internals.validity;
  }
  get validationMessage(): string {
    return this.formAssociation.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.formAssociation.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.formAssociation.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.formAssociation.internals.reportValidity();
  }

  private get messages(): Messages {
    return this.i18n.messages;
  }

  private get step(): StepId {
    return this.flow.step;
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formAssociation.disabled;
  }

  private get persistLocal(): boolean {
    return this.persist !== 'none';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    markPrivate(this);
    if (this.hasUpdated) this.openDraft();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    checkEnums(changed as PropertyValues, this);
    warnUnsafeAttributes(changed as PropertyValues, this);
    if (changed.has('locale') || !this.hasUpdated) this.i18n.apply();
    if (changed.has('persist') || changed.has('storageKey') || changed.has('name') || !this.hasUpdated) {
      this.openDraft();
    }
    if (changed.has('name') || changed.has('required') || changed.has('summaryField')) this.syncForm();
  }

  /** Clears answers, the draft and the form value; fires `smp-reset`. */
  reset(): void {
    this.stepFocus.reset();
    this.clearEverything();
    this.dispatchEvent(smpEvent('smp-reset', {}));
  }

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formAssociation.disabled = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      const saved = JSON.parse(state) as { answers?: unknown; step?: unknown };
      this.answers = saved.answers;
      const step = typeof saved.step === 'string' ? saved.step : '';
      this.flow = stepFlow(this.flow, { type: 'restore', step, answers: this.answersValue });
    } catch {
      // A browser-restored state we cannot read is ignored: the draft, if any, still resumes.
    }
  }

  /** A new language (perhaps a lazy chunk that just arrived) re-words the validity message and the summary. */
  private handleMessagesChanged(): void {
    this.syncForm();
    this.finished.relocalize().catch((error: unknown) => {
      // The finished summary stays as it was written, in the earlier language, and stays complete and sendable;
      // the page's developer learns why it did not follow the switch.
      console.warn(
        '<smp-assessment>: the summary could not be rewritten in the new language; it keeps its own.',
        error,
      );
    });
  }

  private openDraft(): void {
    const key = this.persistLocal ? this.storageKey || this.name || this.id || 'smp-assessment' : null;
    this.photos.useStorage(key, () => this.draft.id);
    this.draft.open(key);
  }

  private clearEverything(): void {
    this.draft.clear();
    void this.photos.clear();
    this.answersValue = {};
    this.finished.clear();
    this.flow = stepFlow(this.flow, { type: 'reset' });
    this.draft.found = false;
    this.formAssociation.clearField();
    this.syncForm();
  }

  private setAnswers(answers: Answers): void {
    this.answersValue = answers;
    this.finished.clear();
    this.draft.save();
    this.syncForm();
    this.requestUpdate();
  }

  private syncForm(): void {
    this.formAssociation.sync();
  }

  /**
   * The patient's move: the flow decides where they are. Continue that found problems focuses the error summary;
   * a move to a step moves focus to its heading, saves the draft, and `smp-step` reports progress only.
   */
  private navigate(action: FlowAction): void {
    const before = this.flow;
    this.flow = stepFlow(before, action);
    if (this.flow === before) return;
    if (this.flow.errors.length) return this.stepFocus.errors();
    const step = this.step;
    this.problem = null;
    this.draft.notSavingNotice = false;
    this.summaryScreen.status = null;
    this.counts.clear();
    this.stepFocus.heading();
    this.i18n.retry();
    // Preload the summary's chunk while the patient reads the review, so Finish does not wait for it. A failed
    // preload says nothing yet: Finish loads it again, with a fresh request, and says so if that fails too.
    if (step === 'review') this.summaryScreen.load().catch(() => undefined);
    if (step !== nextStep('intro', this.answersValue)) this.requestPictures();
    this.draft.save();
    this.syncForm();
    const { index, total } = progressOf(step, this.answersValue);
    const detail: SmpStepDetail = { step, index, total };
    this.dispatchEvent(smpEvent('smp-step', detail));
  }

  /**
   * The options' pictures are a lazy chunk (views/pictures.ts). The first question has none, so they are asked for
   * at the first step change after it (the first pictured question comes two steps later), or on arriving anywhere
   * else (a resumed draft, a Change from the review).
   */
  private requestPictures(): void {
    if (illustrations()) return;
    loadPictures().then(
      () => this.requestUpdate(),
      // Decorative: the options read the same without them. The next step change asks again, with a fresh request.
      () => undefined,
    );
  }

  /** Start keeps answers prefilled through the `answers` property; Start again clears them. */
  private handleStart = (): void => {
    // Photos left by a draft that ended without deleting them (a page closed mid-delete) go before any is added.
    if (this.draft.store) void this.photos.sweep();
    this.navigate({ type: 'start', answers: this.answersValue });
  };

  private handleResume = (): void => {
    const loaded = this.draft.load();
    if (loaded?.status !== 'found') return this.handleStart();
    const { draft } = loaded;
    this.answersValue = draft.answers;
    this.draft.found = false;
    const photos = this.photos.restore();
    if (draft.completed && isComplete(draft.answers)) {
      const completed = draft.completed;
      this.finished.meta = completed;
      // The summary lists the photos, so they are back before it is rebuilt.
      void photos.then(() => this.finish(completed, 'summary-restore'));
      return;
    }
    this.navigate({ type: 'resume', step: draft.step, fromReview: draft.fromReview, answers: draft.answers });
  };

  private handleRestart = (): void => {
    this.clearEverything();
    this.navigate({ type: 'start', answers: this.answersValue });
  };

  private handleBack = (): void => this.navigate({ type: 'back', answers: this.answersValue });

  private handleContinue = (): void => this.navigate({ type: 'continue', answers: this.answersValue });

  private handleChange = (stepId: string, questionId: string): void => {
    this.navigate({ type: 'change', step: stepId as StepId, answers: this.answersValue });
    this.stepFocus.change(questionId);
  };

  private handleFinish = (): void => {
    const meta = { reference: makeReference(secureRandom), completedAt: new Date().toISOString() };
    void this.finish(meta, 'finish');
  };

  private async finish(meta: CompletedMeta, cause: 'finish' | 'summary-restore') {
    let completion: Completion;
    try {
      completion = await this.finished.complete(meta);
    } catch {
      // The summary's file could not be fetched: the patient stays on the review with every answer, is told in
      // plain words, and pressing Finish again asks for the file anew.
      this.navigate({ type: 'showReview' });
      this.problem = this.messages.problems.notLoaded;
      return;
    }
    this.problem = null;
    this.navigate({ type: 'finish' });
    if (cause === 'finish') {
      const detail: SmpCompleteDetail = completion;
      this.dispatchEvent(smpEvent('smp-complete', detail));
    }
  }

  private async buildCompletion(meta: CompletedMeta): Promise<Completion> {
    const screen = await this.summaryScreen.load();
    const photos = this.photos.list();
    return screen.complete({
      answers: this.answersValue,
      messages: this.messages,
      clinicLocale: matchLocale(this.clinicLang) ?? 'en',
      reference: meta.reference,
      completedAt: new Date(meta.completedAt),
      partner: onePartnerLine(this.partner),
      hideEstimate: this.hideEstimate,
      questionnaireUrl: canonicalUrl(this.questionnaireUrl) ?? QUESTIONNAIRE_URL,
      photos,
      ...(this.fhirPhotos === 'inline' ? { photoData: await this.photos.base64() } : {}),
    });
  }

  private handleChoice = (questionId: string, code: string, checked: boolean): void => {
    const question = getQuestionStep(this.step)?.questions.find((q) => q.id === questionId);
    if (!question) return;
    const value =
      question.kind === 'multiple'
        ? toggleCode(questionId, codesOf(this.answersValue, questionId), code, checked)
        : code;
    this.updateAnswer(questionId, value);
  };

  /** A typed note is stored at once; how many characters are left is said only after a pause (CountAnnouncer). */
  private handleText(questionId: string, value: string): void {
    this.updateAnswer(questionId, value);
    this.counts.typed(questionId, value);
  }

  private updateAnswer(questionId: string, value: string | string[]): void {
    this.setAnswers(pruneAnswers(withAnswer(this.answersValue, questionId, value)));
    this.flow = stepFlow(this.flow, { type: 'answered', questionId });
  }

  /**
   * Typed-content events from inside the widget, handed over by the typing shield before the page could see them:
   * a typed note is stored, and Enter in a radio or checkbox continues.
   */
  private handleTyped(event: Event, target: EventTarget): void {
    if (event.type === 'keydown') {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type === 'file') return;
      // Enter in a radio or checkbox continues, and must not submit the host page's form.
      event.preventDefault();
      this.handleContinue();
    } else if (event.type === 'input' && target instanceof HTMLTextAreaElement && getQuestion(target.name)) {
      this.handleText(target.name, target.value);
    }
  }

  private focusInput = (questionId: string): void => {
    this.renderRoot.querySelector<HTMLElement>(`[name="${questionId}"], #${ids.input(questionId)}`)?.focus();
  };

  private handleConsult = async (): Promise<void> => {
    await this.summaryScreen.copy(this.finished.completion?.text ?? '', this.messages.summary);
    const target = consultationTarget(this.consultationUrl);
    if (target) window.location.assign(target);
  };

  private viewContext(): ViewContext {
    return {
      messages: this.messages,
      answers: this.answersValue,
      errors: this.flow.errors as ViewContext['errors'],
      disabled: this.isDisabled,
      clinic: this.clinic,
      countStatus: (id) => this.counts.message(id),
    };
  }

  /**
   * Each step gets DOM of its own (`keyed`): a reused input would carry its checkedness, or a typed value, into the
   * next question, and renaming a checked radio into another group unchecks the answer of that group.
   */
  override render(): TemplateResult {
    const ctx = this.viewContext();
    const step = this.step;
    return html`<div class="frame" lang=${this.messages.locale} dir="ltr">
      ${this.renderBack(step)} ${renderProgress(this.messages, step)}
      ${keyed(
        step,
        html`<div class="step" part="step" data-step=${step}>
          ${this.renderNotices()} ${this.flow.errors.length ? renderErrorSummary(ctx, this.focusInput) : nothing}
          ${this.renderStep(ctx, step)}
          ${this.problem ? html`<p class="notice notice--problem" role="alert">${this.problem}</p>` : nothing}
        </div>`,
      )}
    </div>`;
  }

  /**
   * What failed outside the widget and concerns the whole widget, at the top of the step. A problem with the button
   * just pressed (`problem`) shows under the buttons instead, where the patient is looking.
   */
  private renderNotices(): TemplateResult {
    const failedLanguage = this.i18n.failed;
    return html`${failedLanguage ? html`<p class="notice" role="alert">${LANGUAGE_NOT_LOADED[failedLanguage]}</p>` : nothing}
    ${this.draft.notSavingNotice ? html`<p class="notice" role="status">${this.messages.problems.notSaving}</p>` : nothing}`;
  }

  private renderStep(ctx: ViewContext, stepId: StepId): TemplateResult {
    if (stepId === 'intro') {
      return renderIntro(ctx, {
        keepsAnswers: this.draft.kept || !this.persistLocal,
        hasDraft: this.draft.found,
        draftStep: this.draft.foundStep,
        notice: this.draft.discardedOne ? this.messages.intro.draftDiscarded : null,
        start: this.handleStart,
        resume: this.handleResume,
        restart: this.handleRestart,
      });
    }
    if (stepId === 'review') {
      return renderReview(ctx, this.photos.count, this.handleChange, this.handleFinish);
    }
    const screen = this.summaryScreen.module;
    const done = this.finished.completion;
    if (stepId === 'summary' && done && screen) {
      return screen.renderSummary(ctx, done.summary, {
        // A page form's field holds the text (summary-field): it goes with that form, not by copying.
        inForm: !!this.form || this.formAssociation.fieldHoldsText,
        consultationUrl: consultationTarget(this.consultationUrl),
        status: this.summaryScreen.status,
        copy: () => void this.summaryScreen.copy(done.text, this.messages.summary),
        download: () => void this.summaryScreen.download(done, this.messages.summary),
        print: () => void this.summaryScreen.printSummary(this.messages.summary),
        consult: () => void this.handleConsult(),
        send: () => void this.summaryScreen.goToSend(this.form, this.messages.summary),
      });
    }
    const step = getQuestionStep(stepId);
    if (!step) return html``;
    const body =
      step.id === 'photos'
        ? renderPhotos(ctx, this.photos)
        : renderQuestionStep(ctx, step, { choice: this.handleChoice });
    return html`${body}
      <div class="actions" part="nav">
        <button
          type="button"
          class="primary"
          part="continue-button"
          ?disabled=${ctx.disabled}
          @click=${this.handleContinue}
        >
          ${
            this.flow.fromReview && nextStep(step.id, this.answersValue, true) === 'review'
              ? this.messages.nav.continueToReview
              : this.messages.nav.continue
          }
        </button>
      </div>`;
  }

  /** GOV.UK's back link, at the top left: away from the thumb that presses Continue, and never mistaken for it. */
  private renderBack(step: StepId): TemplateResult | typeof nothing {
    if (step === 'intro' || step === 'summary') return nothing;
    return html`<button
      type="button"
      class="back"
      part="back-button"
      ?disabled=${this.isDisabled}
      @click=${this.handleBack}
    >
      ${this.messages.nav.back}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smp-assessment': SmpAssessment;
  }
}
