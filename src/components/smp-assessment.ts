import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { copyAnswers, type Answers } from '../model/answers.js';
import type { Summary } from '../model/summary-types.js';
import { consultationTarget } from '../model/attributes.js';
import { lazyChunk } from '../lazy-chunk.js';
import { CompletionController } from '../controllers/completion.js';
import { DraftController } from '../controllers/draft.js';
import { FocusController } from '../controllers/focus.js';
import type { FormState } from '../controllers/form-association.js';
import { Journey } from '../controllers/journey.js';
import { PhotoDrafts } from '../controllers/photo-drafts.js';
import { CountAnnouncer } from '../controllers/count-announcer.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { LaterStepsController } from '../controllers/later-steps.js';
import { SummaryController } from '../controllers/summary-controller.js';
import { TypingShieldController } from '../controllers/typing-shield.js';
import { markPrivate } from './private-hints.js';
import { renderFrame } from './views/frame-view.js';
import { styles } from './smp-assessment.styles.js';
import type { Completion } from './summary-screen.js';
import { checkAttributes } from './attribute-checks.js';
import { FormControlElement } from './form-control-element.js';

/** The summary's code is a lazy chunk (see summary-screen.ts), loaded once per page. */
const loadSummaryScreen = lazyChunk((retry) => import('./summary-screen.js'));
/** The views and CSS of the steps after the first question (see later-steps.ts), loaded once per page. */
const loadLaterSteps = lazyChunk((retry) => import('./later-steps.js'));

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
export class SmpAssessment extends FormControlElement {
  static override styles = styles;
  /** Documented at each field below; a static map, not `@property`, whose code costs the bundle about half a KiB. */
  static override properties: PropertyDeclarations = {
    locale: { attribute: 'lang' },
    clinic: {},
    partner: {},
    persist: {},
    storageKey: { attribute: 'storage-key' },
    hideEstimate: { type: Boolean, attribute: 'hide-estimate' },
    consultationUrl: { attribute: 'consultation-url' },
    clinicLang: { attribute: 'clinic-lang' },
    fhirPhotos: { attribute: 'fhir-photos' },
    questionnaireUrl: { attribute: 'questionnaire-url' },
    theme: { reflect: true },
    summaryField: { attribute: 'summary-field' },
  };

  private readonly i18n = new LocaleController(
    this,
    () => this.locale,
    () => this.handleMessagesChanged(),
    () => this.journey.step,
  );
  private readonly later = new LaterStepsController(
    this,
    // The photos step's controller comes in that chunk: it is set up as the chunk arrives.
    () => loadLaterSteps().then((module) => this.photos.attach(module)),
    this.i18n,
  );
  private readonly draft: DraftController = new DraftController(this, {
    content: () => this.journey.draftContent,
    idle: () => this.journey.idle,
    atIntro: () => this.journey.step === 'intro',
    discarded: () => void this.photos.sweep(),
    changedElsewhere: (draft) => this.journey.sync(draft.answers, draft.fromReview),
  });
  private readonly stepFocus = new FocusController(this, () => this.journey.flow);
  private readonly summaryScreen = new SummaryController(this, loadSummaryScreen, {
    shown: () => this.journey.step === 'summary',
    completion: () => this.finished.completion,
    targets: () => ({
      form: this.form,
      consultationUrl: consultationTarget(this.consultationUrl),
      // A page form's field holds the text (summary-field): it goes with that form, not by copying.
      inForm: !!this.form || this.formAssociation.fieldHoldsText,
    }),
  });
  private readonly photos = new PhotoDrafts(this, () => this.i18n.words, loadLaterSteps, this.draft);
  private readonly finished: CompletionController<Completion> = new CompletionController(this, {
    // A draft finished earlier is rebuilt from the intro (Resume), before the later steps' words were needed.
    builder: () => this.later.load().then(() => this.summaryScreen.load()),
    input: () => ({ answers: this.journey.answers, messages: this.i18n.words, attributes: this, photos: this.photos }),
    locale: () => this.i18n.messages.locale,
    rebuilt: () => this.formAssociation.sync(),
  });
  private readonly counts = new CountAnnouncer(this, () => this.i18n.words);
  /** Typed keys and field contents never bubble out to the page, where analytics or replay scripts listen. */
  private readonly typingShield = new TypingShieldController(this, (event, target) =>
    this.journey.typed(event, target),
  );
  /** Where the patient is and what they answered; the buttons call its moves. */
  private readonly journey: Journey<Completion> = new Journey<Completion>(this, {
    draft: this.draft,
    photos: this.photos,
    finished: this.finished,
    summaryScreen: this.summaryScreen,
    focus: this.stepFocus,
    counts: this.counts,
    i18n: this.i18n,
    later: this.later,
    form: this.formAssociation,
  });

  /**
   * `en` or `es` (`es-MX` works); otherwise the nearest ancestor's `lang`, then `en`; can change at run time.
   * @default inherited
   */
  locale: string | null = null;
  /**
   * The clinic's name, used in the text.
   * @default generic wording
   */
  clinic: string | null = null;
  /** Attribution code of the embedding site, recorded in the summary. */
  partner: string | null = null;
  /** `local` (draft in localStorage, photos in IndexedDB, 30-day expiry) or `none` (writes nothing). */
  persist = 'local';
  /**
   * Namespace of the draft (`smp-assessment:<key>`), so two widgets never share one.
   * @default `name`, `id`, then `smp-assessment`
   */
  storageKey: string | null = null;
  /** Leave the session estimate out of every output. */
  hideEstimate = false;
  /** Outside a form: copy the text, then open this URL (answers never go into it). */
  consultationUrl: string | null = null;
  /** Language of the clinic's copy; the text holds the patient's language, then this one if different. */
  clinicLang = 'en';
  /**
   * `inline` puts photo bytes (base64) in FHIR attachments; otherwise metadata only.
   * @default metadata
   */
  fhirPhotos: string | null = null;
  /**
   * Canonical URL of the FHIR `Questionnaire`, for clinics that publish their own.
   * @default `https://smp-assessment.org/fhir/Questionnaire/smp-removal-self-assessment`
   */
  questionnaireUrl: string | null = null;
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme = 'auto';
  /**
   * `name` or `id` of a field of the host form (hidden input or textarea) that also gets the plain text when
   * complete, and `''` on reset; fires `input` and `change` on it (see [Form builders](#form-builders)).
   */
  summaryField: string | null = null;

  /**
   * Answers so far, keyed by question id (`string` or `string[]`); set it to prefill (any object, a reactive Proxy
   * included); unknown ids and codes are dropped with one warning. Setting it fires no event.
   * @default `{}`
   */
  get answers(): Answers {
    return copyAnswers(this.journey.answers);
  }
  set answers(value: unknown) {
    this.journey.prefill(value);
  }

  /** The `Summary` once complete, else `null`. */
  get summary(): Summary | null {
    return this.finished.completion?.summary ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    markPrivate(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    checkAttributes(changed as PropertyValues, this);
    if (changed.has('locale') || !this.hasUpdated) this.i18n.apply();
    if (changed.has('persist') || changed.has('storageKey') || changed.has('name') || !this.hasUpdated) {
      this.draft.open();
    }
    if (changed.has('name') || changed.has('required') || changed.has('summaryField')) this.formAssociation.sync();
  }

  /**
   * The first render waits for a task of its own. The module's evaluation and the first render each take tens of
   * milliseconds on a slow phone; in one task, the host page could not answer a tap for their sum. Later updates
   * answer the patient at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return new Promise((resolve) => setTimeout(resolve)).then(() => super.scheduleUpdate());
  }

  /**
   * `updateComplete` resolves once a Continue that waits for the later steps' chunk has shown its step (or said
   * that it could not), so code that awaits it after a click sees where the click led.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.journey.pendingMove) {
      await this.journey.pendingMove;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Clears answers, the draft and the form value; fires `smp-reset`. */
  reset(): void {
    this.journey.reset();
  }

  formResetCallback(): void {
    this.reset();
  }

  formStateRestoreCallback(state: unknown): void {
    this.journey.restore(state);
  }

  protected override formState(): FormState {
    const done = this.finished.completion;
    return {
      value: done && this.name ? this.summaryScreen.formData(this.name, done) : null,
      text: done?.text ?? '',
      summaryField: this.summaryField,
      // The restore state lets back/forward navigation bring answers back; on a shared computer
      // (persist="none") the browser keeps none, like an input with autocomplete="off".
      restore: this.persist !== 'none' ? this.journey.restoreState : null,
      inProgress: !this.journey.idle,
      incomplete: this.i18n.messages.errors.formIncomplete,
    };
  }

  protected override formComplete(): boolean {
    return !!this.finished.completion;
  }

  protected override formSent(): void {
    // The draft id is renewed first, so the sweep deletes every photo of the sent draft.
    this.draft.clear();
    void this.photos.sweep();
  }

  protected override formBlocked(): void {
    this.journey.problem = this.i18n.messages.errors.formIncomplete;
  }

  /** A new language (perhaps a lazy chunk that just arrived) re-words the validity message and the summary. */
  private handleMessagesChanged(): void {
    this.formAssociation.sync();
    void this.finished.relocalize();
  }

  override render(): TemplateResult {
    return renderFrame({
      messages: this.i18n.messages,
      disabled: this.isDisabled,
      clinic: this.clinic,
      journey: this.journey,
      draft: this.draft,
      counts: this.counts,
      failedLanguage: this.i18n.failed,
      photos: this.photos,
      later: this.later.loaded,
      summary: this.summaryScreen.screen,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smp-assessment': SmpAssessment;
  }
}
