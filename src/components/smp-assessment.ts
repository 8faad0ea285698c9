import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { getQuestion, getQuestionStep, type StepId } from '../model/definition.js';
import { codesOf, describeDropped, sanitizeAnswers, toggleCode, withAnswer, type Answers } from '../model/answers.js';
import { pruneAnswers, visibleSteps } from '../model/conditions.js';
import { firstIncompleteStep, nextStep, previousStep, progressOf } from '../model/navigation.js';
import { isComplete, validateStep, type ValidationError } from '../model/validation.js';
import { makeReference } from '../model/reference.js';
import { QUESTIONNAIRE_URL } from '../model/fhir-constants.js';
import type { Summary } from '../model/summary-types.js';
import { LANGUAGE_NOT_LOADED, matchLocale, type Locale, type Messages } from '../locales/index.js';
import { smpEvent, type SmpCompleteDetail, type SmpStepDetail } from '../events.js';
import { DraftStore } from '../controllers/draft-store.js';
import { PhotosController } from '../controllers/photos-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { SummaryController } from '../controllers/summary-controller.js';
import { SummaryFieldWriter } from '../controllers/summary-field.js';
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
import { warnUnsafeAttributes } from './attribute-checks.js';
import { canonicalUrl, consultationTarget, onePartnerLine } from '../model/attributes.js';
import { secureRandom } from '../secure-random.js';

const ENUMS = {
  persist: ['local', 'none'],
  theme: ['light', 'dark', 'auto'],
  'fhir-photos': ['inline', 'metadata'],
  'clinic-lang': ['en', 'es'],
} as const;

/**
 * A patient self-assessment of scalp micropigmentation (SMP) before removal, with a summary for the clinic.
 *
 * @summary Walks a patient through an SMP removal self-assessment and hands the clinic a summary.
 *
 * @event smp-step - The visible step changed. `detail: { step, index, total }`, never an answer.
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

  private readonly internals: ElementInternals = this.attachInternals();
  private readonly i18n = new LocaleController(
    this,
    () => this.locale,
    () => this.handleMessagesChanged(),
  );
  private readonly summaryScreen = new SummaryController(this, () => this.step === 'summary' && !!this.completion);
  private readonly photos = new PhotosController(this, () => this.messages);
  private readonly summaryFieldWriter = new SummaryFieldWriter(this, () => this.internals.form);
  /** Typed keys and field contents never bubble out to the page (PRODUCT.md section 8). */
  private readonly typingShield = new TypingShieldController(this, (event, target) => this.handleTyped(event, target));
  private answersValue: Answers = {};
  private draft: DraftStore | null = null;
  private pendingFocus: 'heading' | 'errors' | null = null;
  private observedForm: HTMLFormElement | null = null;
  private relocalizing: Locale | null = null;
  /** Stops following the draft's changes made in other tabs. */
  private unwatchDraft: () => void = () => {};
  /** False once a save failed or storage refused a probe: the intro no longer promises to keep answers. */
  private draftKept = true;
  /** When the host form's submit was last blocked by this element (`invalid`), to announce why once focus arrives. */
  private invalidAt = -Infinity;

  @state() private step: StepId = 'intro';
  @state() private errors: ValidationError[] = [];
  @state() private fromReview = false;
  /** The question whose Change the patient pressed: back on the review, focus returns to its Change button. */
  private changedQuestion: string | null = null;
  @state() private completion: Completion | null = null;
  @state() private hasDraft = false;
  @state() private notice: string | null = null;
  @state() private formDisabled = false;
  @state() private completedMeta: { reference: string; completedAt: string } | null = null;
  /** A plain-words problem shown as an alert on the current step (a part that could not load, a blocked form). */
  @state() private problem: string | null = null;
  /** Shown once, on the step where saving the draft first failed. */
  @state() private notSavingNotice = false;

  /** Form field name; with it the element takes part in a surrounding `<form>`. */
  @property({ reflect: true }) name: string | null = null;
  /** The surrounding form is invalid until the assessment is complete. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** No interaction. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** `en` or `es` (the `lang` attribute); otherwise the nearest ancestor's `lang`, then `en`. */
  @property({ attribute: 'lang' }) locale: string | null = null;
  /** The clinic's name, used in the text. */
  @property() clinic: string | null = null;
  /** Attribution code of the embedding site, recorded in the summary. */
  @property() partner: string | null = null;
  /** `local` keeps a resumable draft in localStorage; `none` writes nothing to any storage. */
  @property() persist = 'local';
  /** Namespace of the draft, so two widgets on one page never share one. */
  @property({ attribute: 'storage-key' }) storageKey: string | null = null;
  /** Leave the session estimate out of every output. */
  @property({ type: Boolean, attribute: 'hide-estimate' }) hideEstimate = false;
  /** Outside a form, the summary offers to copy the text and open this URL (answers never go into it). */
  @property({ attribute: 'consultation-url' }) consultationUrl: string | null = null;
  /** Language of the clinic's copy of the text. */
  @property({ attribute: 'clinic-lang' }) clinicLang = 'en';
  /** `inline` puts photo bytes (base64) into FHIR attachments; otherwise metadata only. */
  @property({ attribute: 'fhir-photos' }) fhirPhotos: string | null = null;
  /** Canonical URL of the FHIR Questionnaire, for clinics that publish their own. */
  @property({ attribute: 'questionnaire-url' }) questionnaireUrl: string | null = null;
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme = 'auto';
  /** `name` or `id` of a field of the host form that also receives the plain text (for form builders). */
  @property({ attribute: 'summary-field' }) summaryField: string | null = null;

  /** The answers so far, keyed by question id. Setting it replaces them all (prefill) and fires no event. */
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
    const shown = (visibleSteps(this.answersValue) as string[]).includes(this.step);
    if (this.step !== 'intro' && (!shown || this.step === 'summary')) {
      this.step = firstIncompleteStep(this.answersValue);
    }
  }

  /** The `Summary` once complete, else `null`. */
  get summary(): Summary | null {
    return this.completion?.summary ?? null;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  private get messages(): Messages {
    return this.i18n.messages;
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get storageKeyValue(): string {
    return this.storageKey || this.name || this.id || 'smp-assessment';
  }

  private get persistLocal(): boolean {
    return this.persist !== 'none';
  }

  constructor() {
    super();
    this.addEventListener('invalid', this.handleInvalid);
    this.addEventListener('focusin', this.handleFocusIn);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    markPrivate(this);
    this.observeForm();
    if (this.hasUpdated) this.openDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchDraft();
    this.observedForm?.removeEventListener('submit', this.handleFormSubmit);
    this.observedForm = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.checkEnum(changed, 'persist', 'persist', 'local');
    this.checkEnum(changed, 'theme', 'theme', 'auto');
    this.checkEnum(changed, 'fhir-photos', 'fhirPhotos', null);
    this.checkEnum(changed, 'clinic-lang', 'clinicLang', 'en');
    warnUnsafeAttributes(changed as PropertyValues, this);
    if (changed.has('locale') || !this.hasUpdated) this.i18n.apply();
    if (changed.has('persist') || changed.has('storageKey') || changed.has('name') || !this.hasUpdated) {
      this.openDraft();
    }
    if (changed.has('name') || changed.has('required') || changed.has('summaryField')) this.syncForm();
  }

  /** A new language (perhaps a lazy chunk that just arrived) re-words the validity message and the summary. */
  private handleMessagesChanged(): void {
    this.syncForm();
    const done = this.completion;
    if (done && this.completedMeta && done.summary.locale !== this.messages.locale) {
      void this.relocalize(this.completedMeta);
    }
  }

  protected override updated(): void {
    this.syncValidityAnchor();
    if (!this.pendingFocus) return;
    const changed = this.step === 'review' ? this.changedQuestion : null;
    if (this.step === 'review' || !this.fromReview) this.changedQuestion = null;
    const changeButton = changed
      ? this.renderRoot.querySelector<HTMLElement>(`[part~="change-button"][data-question="${changed}"]`)
      : null;
    const target =
      this.pendingFocus === 'errors'
        ? this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')
        : (changeButton ?? this.renderRoot.querySelector<HTMLElement>('[part~="heading"]'));
    this.pendingFocus = null;
    target?.focus();
  }

  /** Clears answers, the draft and the form value; fires `smp-reset`. */
  reset(): void {
    // The focused control is about to leave the DOM; without this, focus would fall to <body>. Focus elsewhere on
    // the page (the host's own Clear button) is left alone.
    if (this.hasFocusInside) this.pendingFocus = 'heading';
    this.clearEverything();
    this.dispatchEvent(smpEvent('smp-reset', {}));
  }

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      const saved = JSON.parse(state) as { answers?: unknown; step?: string };
      this.answers = saved.answers;
      const steps = visibleSteps(this.answersValue) as string[];
      if (saved.step && steps.includes(saved.step) && saved.step !== 'summary') this.step = saved.step as StepId;
    } catch {
      // A browser-restored state we cannot read is ignored: the draft, if any, still resumes.
    }
  }

  private clearEverything(): void {
    this.draft?.clear();
    void this.photos.clear();
    this.answersValue = {};
    this.completion = null;
    this.completedMeta = null;
    this.errors = [];
    this.fromReview = false;
    this.hasDraft = false;
    this.step = 'intro';
    this.summaryFieldWriter.clear(this.summaryField);
    this.syncForm();
  }

  private setAnswers(answers: Answers): void {
    this.answersValue = answers;
    this.completion = null;
    this.completedMeta = null;
    this.saveDraft();
    this.syncForm();
    this.requestUpdate();
  }

  /** A bad attribute value falls back to the default with one console warning. */
  private checkEnum(
    changed: PropertyValues<this>,
    attribute: keyof typeof ENUMS,
    property: 'persist' | 'theme' | 'fhirPhotos' | 'clinicLang',
    fallback: string | null,
  ): void {
    const value = this[property];
    if (!changed.has(property) || value === null || (ENUMS[attribute] as readonly string[]).includes(value)) return;
    console.warn(`<smp-assessment>: ${attribute}="${value}" is not supported; using ${fallback ?? 'the default'}.`);
    (this as { [K in typeof property]: string | null })[property] = fallback;
  }

  private openDraft(): void {
    this.unwatchDraft();
    this.unwatchDraft = () => {};
    this.draft = this.persistLocal ? new DraftStore(this.storageKeyValue) : null;
    const draft = this.draft;
    this.photos.useStorage(this.persistLocal ? this.storageKeyValue : null, () => draft?.id ?? '');
    if (!draft) return;
    this.draftKept = draft.works();
    this.unwatchDraft = draft.watch(this.handleDraftChangedElsewhere);
    this.lookForDraft();
  }

  /** On the intro, offers "Continue where you left off" whenever a draft exists (saved here, or in another tab). */
  private lookForDraft(): void {
    if (!this.draft || this.step !== 'intro' || Object.keys(this.answersValue).length) return;
    const loaded = this.draft.load();
    this.hasDraft = loaded.status === 'found';
    this.notice = loaded.status === 'discarded' ? this.messages.intro.draftDiscarded : null;
    // A discarded draft's photos go with it (the store already holds a new draft id).
    if (loaded.status === 'discarded') void this.photos.sweep();
  }

  /**
   * Another tab saved or cleared the draft under the same key. The intro offers it at once; on a question this tab
   * shows the other tab's latest answers before it writes again, so neither tab silently overwrites the other.
   */
  private handleDraftChangedElsewhere = (): void => {
    if (this.step === 'intro') return this.lookForDraft();
    const loaded = this.draft?.load();
    // A draft cleared elsewhere (sent, or started again there) leaves this tab's answers on screen; its next save
    // writes them back.
    if (loaded?.status !== 'found') return;
    const { draft } = loaded;
    this.answersValue = draft.answers;
    this.fromReview = draft.fromReview;
    this.completion = null;
    this.completedMeta = null;
    if (!(visibleSteps(this.answersValue) as string[]).includes(this.step) || this.step === 'summary') {
      this.step = firstIncompleteStep(this.answersValue);
    }
    this.errors = [];
    this.syncForm();
  };

  private saveDraft(): void {
    if (!this.draft || this.step === 'intro') return;
    const saved = this.draft.save({
      step: this.step,
      answers: this.answersValue,
      fromReview: this.fromReview,
      completed: this.completedMeta,
    });
    if (!saved && this.draftKept) {
      // Told once, on this step; from now on the intro no longer promises to keep the answers.
      this.draftKept = false;
      this.notSavingNotice = true;
    }
  }

  private observeForm(): void {
    const form = this.internals.form;
    if (form === this.observedForm) return;
    this.observedForm?.removeEventListener('submit', this.handleFormSubmit);
    form?.addEventListener('submit', this.handleFormSubmit);
    this.observedForm = form;
  }

  /** Sets the form value and validity from the model: nothing until complete. */
  private syncForm(): void {
    const done = this.completion;
    // The restore state lets back/forward navigation bring answers back; on a shared computer
    // (persist="none") the browser keeps none, like an input with autocomplete="off".
    const value = done && this.name ? this.summaryScreen.formData(this.name, done) : null;
    if (this.persistLocal)
      this.internals.setFormValue(value, JSON.stringify({ answers: this.answersValue, step: this.step }));
    else this.internals.setFormValue(value);
    if (this.required && !done) {
      // The anchor is set again after each render (syncValidityAnchor): this one may be about to be replaced.
      const anchor = this.renderRoot?.querySelector<HTMLElement>('button, input, textarea') ?? undefined;
      this.internals.setValidity({ valueMissing: true }, this.messages.errors.formIncomplete, anchor);
    } else {
      this.internals.setValidity({});
    }
    this.summaryFieldWriter.sync(this.summaryField, done?.text ?? '');
    this.setState('complete', !!done);
    this.setState('in-progress', !done && (this.step !== 'intro' || Object.keys(this.answersValue).length > 0));
  }

  private setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Older engines without CustomStateSet simply lose the styling hook.
    }
  }

  /** Moves to a step because the patient asked to: focus follows, and `smp-step` reports progress only. */
  private goTo(step: StepId): void {
    this.step = step;
    this.errors = [];
    this.problem = null;
    this.notSavingNotice = false;
    this.summaryScreen.status = null;
    this.pendingFocus = 'heading';
    this.i18n.retry();
    // Preload the summary's chunk while the patient reads the review, so Finish does not wait for it. A failed
    // preload says nothing yet: Finish loads it again, with a fresh request, and says so if that fails too.
    if (step === 'review') this.summaryScreen.load().catch(() => undefined);
    if (step !== nextStep('intro', this.answersValue)) this.requestPictures();
    this.saveDraft();
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
    if (this.draft) void this.photos.sweep();
    this.goTo(nextStep('intro', this.answersValue));
  };

  private handleResume = (): void => {
    const loaded = this.draft?.load();
    if (loaded?.status !== 'found') return this.handleStart();
    const { draft } = loaded;
    this.answersValue = draft.answers;
    this.fromReview = draft.fromReview;
    this.hasDraft = false;
    const photos = this.photos.restore();
    if (draft.completed && isComplete(draft.answers)) {
      const completed = draft.completed;
      this.completedMeta = completed;
      // The summary lists the photos, so they are back before it is rebuilt.
      void photos.then(() => this.finish(completed, 'summary-restore'));
      return;
    }
    this.goTo(draft.step === 'summary' ? 'review' : draft.step);
  };

  private handleRestart = (): void => {
    this.clearEverything();
    this.goTo(nextStep('intro', this.answersValue));
  };

  private handleBack = (): void => {
    const target = this.fromReview && this.step !== 'review' ? 'review' : previousStep(this.step, this.answersValue);
    if (target === 'review') this.fromReview = false;
    this.goTo(target);
  };

  private handleContinue = (): void => {
    const errors = validateStep(this.step, this.answersValue);
    if (errors.length) {
      this.errors = errors;
      this.pendingFocus = 'errors';
      return;
    }
    const next = nextStep(this.step, this.answersValue, this.fromReview);
    if (next === 'review') this.fromReview = false;
    this.goTo(next);
  };

  private handleChange = (stepId: string, questionId: string): void => {
    this.fromReview = true;
    this.changedQuestion = questionId;
    this.goTo(stepId as StepId);
  };

  private handleFinish = (): void => {
    const meta = { reference: makeReference(secureRandom), completedAt: new Date().toISOString() };
    void this.finish(meta, 'finish');
  };

  private async finish(meta: { reference: string; completedAt: string }, cause: 'finish' | 'summary-restore') {
    let completion: Completion;
    try {
      completion = await this.buildCompletion(meta);
    } catch {
      // The summary's file could not be fetched: the patient stays on the review with every answer, is told in
      // plain words, and pressing Finish again asks for the file anew.
      if (this.step !== 'review') this.goTo('review');
      this.problem = this.messages.problems.notLoaded;
      return;
    }
    this.problem = null;
    this.completion = completion;
    this.completedMeta = meta;
    this.goTo('summary');
    if (cause === 'finish') {
      const detail: SmpCompleteDetail = completion;
      this.dispatchEvent(smpEvent('smp-complete', detail));
    }
  }

  /**
   * `lang` changed after finishing: the summary screen, text, JSON and FHIR are rebuilt in the new language
   * with the same reference and time. Focus stays, and no `smp-complete` fires again.
   */
  private async relocalize(meta: { reference: string; completedAt: string }): Promise<void> {
    const locale = this.messages.locale;
    if (this.relocalizing === locale) return;
    this.relocalizing = locale;
    try {
      const completion = await this.buildCompletion(meta);
      if (this.completedMeta !== meta || this.messages.locale !== locale || !this.completion) return;
      this.completion = completion;
      this.syncForm();
    } finally {
      if (this.relocalizing === locale) this.relocalizing = null;
    }
  }

  private async buildCompletion(meta: { reference: string; completedAt: string }): Promise<Completion> {
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

  private handleText = (questionId: string, value: string): void => {
    this.updateAnswer(questionId, value);
  };

  private updateAnswer(questionId: string, value: string | string[]): void {
    this.setAnswers(pruneAnswers(withAnswer(this.answersValue, questionId, value)));
    // Fixing an answer clears its inline error at once, as GOV.UK forms do.
    if (this.errors.length) this.errors = this.errors.filter((e) => e.questionId !== questionId);
  }

  /**
   * Typed-content events from inside the widget, handed over by the typing shield before the page could see them:
   * a typed note is stored, and Enter in a radio or checkbox continues.
   */
  private handleTyped(event: Event, target: EventTarget): void {
    if (event.type === 'keydown') this.handleKeydown(event as KeyboardEvent, target);
    else if (event.type === 'input' && target instanceof HTMLTextAreaElement && getQuestion(target.name)) {
      this.handleText(target.name, target.value);
    }
  }

  private handleKeydown(event: KeyboardEvent, target: EventTarget): void {
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type === 'file') return;
    // Enter in a radio or checkbox continues, and must not submit the host page's form.
    event.preventDefault();
    this.handleContinue();
  }

  /**
   * A sent form ends the draft, but only once every handler of the host has run: a page that cancels the
   * submit to send with `fetch` keeps the draft and calls `reset()` after its own sending succeeded.
   */
  private handleFormSubmit = (event: Event): void => {
    if (!this.completion) return;
    setTimeout(() => {
      if (event.defaultPrevented) return;
      // The draft id is renewed first, so the sweep deletes every photo of the sent draft.
      this.draft?.clear();
      void this.photos.sweep();
    });
  };

  /**
   * The host form's submit was blocked because the assessment is not finished (or reportValidity() was called):
   * the browser focuses the validity anchor (see syncValidityAnchor), and the reason is announced on the step.
   * A plain checkValidity() fires `invalid` too, but leaves focus where it is, and so says nothing.
   */
  private handleInvalid = (): void => {
    this.invalidAt = performance.now();
    setTimeout(this.announceBlocked);
  };

  /** WebKit moves focus to the validity anchor after the `invalid` event's tasks, so its arrival counts too. */
  private handleFocusIn = (): void => {
    if (performance.now() - this.invalidAt < 1000) this.announceBlocked();
  };

  private announceBlocked = (): void => {
    if (!this.hasFocusInside || this.completion || this.invalidAt === -Infinity) return;
    // Once per blocked submit: a later focus move (Start, the next step's heading) says nothing more.
    this.invalidAt = -Infinity;
    this.problem = this.messages.errors.formIncomplete;
  };

  /** Whether focus is inside the shadow root (`:focus-within` on the host is not reliable in every engine). */
  private get hasFocusInside(): boolean {
    return !!(this.renderRoot as ShadowRoot | undefined)?.activeElement;
  }

  /**
   * Where focus goes when the host form is blocked: Start (or Continue where you left off) on the intro, the first
   * field on a question, Finish on the review. Set after every render, since each step has DOM of its own.
   */
  private syncValidityAnchor(): void {
    if (!this.required || this.completion) return;
    const root = this.renderRoot;
    const anchor =
      root.querySelector<HTMLElement>(
        '[part~="resume-button"], [part~="start-button"], [part="step"] input:not([type="file"]), [part="step"] textarea, [part~="finish-button"]',
      ) ?? root.querySelector<HTMLElement>('button');
    if (anchor) this.internals.setValidity({ valueMissing: true }, this.messages.errors.formIncomplete, anchor);
  }

  private focusInput = (questionId: string): void => {
    this.renderRoot.querySelector<HTMLElement>(`[name="${questionId}"], #${ids.input(questionId)}`)?.focus();
  };

  private handleConsult = async (): Promise<void> => {
    await this.summaryScreen.copy(this.completion?.text ?? '', this.messages.summary);
    const target = consultationTarget(this.consultationUrl);
    if (target) window.location.assign(target);
  };

  private viewContext(): ViewContext {
    return {
      messages: this.messages,
      answers: this.answersValue,
      errors: this.errors,
      disabled: this.isDisabled,
      clinic: this.clinic,
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
      ${renderProgress(this.messages, step)}
      ${keyed(
        step,
        html`<div class="step" part="step" data-step=${step}>
          ${this.renderNotices()} ${this.errors.length ? renderErrorSummary(ctx, this.focusInput) : nothing}
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
    ${this.notSavingNotice ? html`<p class="notice" role="status">${this.messages.problems.notSaving}</p>` : nothing}`;
  }

  private renderStep(ctx: ViewContext, stepId: StepId): TemplateResult {
    if (stepId === 'intro') {
      return renderIntro(ctx, {
        keepsAnswers: this.draftKept || !this.persistLocal,
        hasDraft: this.hasDraft,
        notice: this.notice,
        start: this.handleStart,
        resume: this.handleResume,
        restart: this.handleRestart,
      });
    }
    if (stepId === 'review') {
      return renderReview(ctx, this.photos.count, this.handleChange, this.handleFinish, this.renderBack());
    }
    const screen = this.summaryScreen.module;
    const done = this.completion;
    if (stepId === 'summary' && done && screen) {
      return screen.renderSummary(ctx, done.summary, {
        // A page form's field holds the text (summary-field): it goes with that form, not by copying.
        inForm: !!this.internals.form || this.summaryFieldWriter.holdsText,
        consultationUrl: consultationTarget(this.consultationUrl),
        status: this.summaryScreen.status,
        copy: () => void this.summaryScreen.copy(done.text, this.messages.summary),
        download: () => void this.summaryScreen.download(done, this.messages.summary),
        print: () => void this.summaryScreen.printSummary(this.messages.summary),
        consult: () => void this.handleConsult(),
        send: () => void this.summaryScreen.goToSend(this.internals.form, this.messages.summary),
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
            this.fromReview && nextStep(step.id, this.answersValue, true) === 'review'
              ? this.messages.nav.continueToReview
              : this.messages.nav.continue
          }
        </button>
        ${this.renderBack()}
      </div>`;
  }

  private renderBack(): TemplateResult {
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
