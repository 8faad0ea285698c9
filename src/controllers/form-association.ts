import type { ReactiveController, ReactiveElement } from 'lit';
import { lazyChunk } from '../lazy-chunk.js';
import type { SummaryFieldWriter } from './summary-field.js';
import { hasFocusInside } from './focus.js';

/** The `summary-field` writer, a lazy chunk: most pages name no field, so it loads only for those that do. */
const loadFieldWriter = lazyChunk((retry) => import('./summary-field.js'));

export interface FormAssociationHost {
  readonly name: string | null;
  readonly required: boolean;
}

export interface FormState {
  /** The form value once complete, else null. */
  value: FormData | null;
  /** The summary's plain text once complete, else ''. */
  text: string;
  /** `summary-field`: the name or id of a field of the page that also receives `text`. */
  summaryField: string | null;
  /** What the browser keeps for back/forward, or null to keep nothing (persist="none"). */
  restore: string | null;
  /** Started and not finished. */
  inProgress: boolean;
  /** Why the host form cannot be sent yet (the message of `valueMissing`). */
  incomplete: string;
}

/**
 * The element as a form control (ElementInternals): its value, its validity when `required`, the custom states
 * `complete` and `in-progress`, the host form's disabled state, and what happens when that form is sent or blocked.
 * `FormControlElement` builds on it; the element answers the form callbacks (reset, restore) itself, since they
 * change its answers.
 */
export class FormAssociationController implements ReactiveController {
  readonly internals: ElementInternals;
  /** A surrounding `<fieldset disabled>` or form disables the element. */
  disabled = false;
  /** Set once its chunk has loaded (asked for as soon as `summary-field` names a field; see `fieldReady`). */
  private fieldWriter: SummaryFieldWriter | null = null;
  /** A reset came before the writer: the field is emptied as soon as the writer arrives. */
  private clearPending = false;
  private observedForm: HTMLFormElement | null = null;
  /** When the host form's submit was last blocked by this element (`invalid`), to announce why once focus arrives. */
  private invalidAt = -Infinity;

  constructor(
    private readonly host: ReactiveElement & FormAssociationHost,
    private readonly on: {
      /** The value, validity message and states to set now. */
      state(): FormState;
      /** The patient finished. */
      complete(): boolean;
      /** The host form was sent with the finished assessment (and no handler cancelled it). */
      sent(): void;
      /** The host form's submit was blocked by this element: say why on the step. */
      blocked(): void;
    },
  ) {
    this.internals = host.attachInternals();
    host.addEventListener('invalid', this.handleInvalid);
    host.addEventListener('focusin', this.handleFocusIn);
    host.addController(this);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Whether a field of the page holds the summary now, so it will be sent with that field's form. */
  get fieldHoldsText(): boolean {
    return !!this.fieldWriter?.holdsText;
  }

  /**
   * Resolves once the page's summary field can be written (at once when none is named). Finishing waits for it, so
   * a summary is never shown without its text in the field: when the writer cannot load, the patient stays on the
   * review and is told, as when the summary's own chunk cannot load, and Finish asks again.
   */
  async fieldReady(): Promise<void> {
    if (this.on.state().summaryField && !this.fieldWriter) await this.loadFieldWriter();
  }

  hostConnected(): void {
    const form = this.internals.form;
    if (form === this.observedForm) return;
    this.observedForm?.removeEventListener('submit', this.handleFormSubmit);
    form?.addEventListener('submit', this.handleFormSubmit);
    this.observedForm = form;
  }

  hostDisconnected(): void {
    this.observedForm?.removeEventListener('submit', this.handleFormSubmit);
    this.observedForm = null;
  }

  hostUpdated(): void {
    this.syncValidityAnchor();
  }

  /** Sets the form value, validity, summary field and states from the element's state: nothing until complete. */
  sync(): void {
    const { value, text, summaryField, restore, inProgress, incomplete } = this.on.state();
    const done = this.on.complete();
    if (restore !== null) this.internals.setFormValue(value, restore);
    else this.internals.setFormValue(value);
    if (this.host.required && !done) {
      // The anchor is set again after each render (syncValidityAnchor): this one may be about to be replaced.
      const anchor = this.host.renderRoot?.querySelector<HTMLElement>('button, input, textarea') ?? undefined;
      this.internals.setValidity({ valueMissing: true }, incomplete, anchor);
    } else {
      this.internals.setValidity({});
    }
    if (this.fieldWriter) this.fieldWriter.sync(summaryField, text);
    // Nothing to write before the patient finishes, and Finish waits for the writer (fieldReady), asking again
    // and saying so if this early request failed: here a failure only means it is not there yet.
    else if (summaryField) this.loadFieldWriter().catch(() => undefined);
    this.setState('complete', done);
    this.setState('in-progress', !done && inProgress);
  }

  /** Empties the page's summary field whatever was last written there (after a reset). */
  clearField(): void {
    if (this.fieldWriter) this.fieldWriter.clear(this.on.state().summaryField);
    else this.clearPending = true;
  }

  /** Loads the writer once, then writes what is due: the field emptied after an early reset, or the text. */
  private async loadFieldWriter(): Promise<void> {
    const { SummaryFieldWriter } = await loadFieldWriter();
    if (this.fieldWriter) return;
    this.fieldWriter = new SummaryFieldWriter(this.host, () => this.internals.form);
    const { summaryField, text } = this.on.state();
    if (this.clearPending) this.fieldWriter.clear(summaryField);
    this.clearPending = false;
    this.fieldWriter.sync(summaryField, text);
  }

  private setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Older engines without CustomStateSet simply lose the styling hook.
    }
  }

  /**
   * Where focus goes when the host form is blocked: Start (or Continue where you left off) on the intro, the first
   * field on a question, Finish on the review. Set after every render, since each step has DOM of its own.
   */
  private syncValidityAnchor(): void {
    if (!this.host.required || this.on.complete()) return;
    const root = this.host.renderRoot;
    const anchor =
      root.querySelector<HTMLElement>(
        '[part~="resume-button"], [part~="start-button"], [part="step"] input:not([type="file"]), [part="step"] textarea, [part~="finish-button"]',
      ) ?? root.querySelector<HTMLElement>('button');
    if (anchor) this.internals.setValidity({ valueMissing: true }, this.on.state().incomplete, anchor);
  }

  /**
   * A sent form ends the draft, but only once every handler of the host has run: a page that cancels the
   * submit to send with `fetch` keeps the draft and calls `reset()` after its own sending succeeded.
   */
  private handleFormSubmit = (event: Event): void => {
    if (!this.on.complete()) return;
    setTimeout(() => {
      if (!event.defaultPrevented) this.on.sent();
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
    if (!hasFocusInside(this.host) || this.on.complete() || this.invalidAt === -Infinity) return;
    // Once per blocked submit: a later focus move (Start, the next step's heading) says nothing more.
    this.invalidAt = -Infinity;
    this.on.blocked();
  };
}
