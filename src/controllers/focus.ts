import type { ReactiveController, ReactiveElement } from 'lit';
import type { StepId } from '../model/definition.js';

/** Whether focus is inside the shadow root (`:focus-within` on the host is not reliable in every engine). */
export function hasFocusInside(host: ReactiveElement): boolean {
  return !!(host.renderRoot as ShadowRoot | undefined)?.activeElement;
}

/**
 * Moves focus after a step change, once the new step is rendered: to its heading (so a screen reader reads where
 * the patient is), to the error summary when Continue found a problem, and back to the Change button the patient
 * pressed when a Change returns to the review. Each step has DOM of its own, so what had focus is gone.
 */
export class FocusController implements ReactiveController {
  private pending: 'heading' | 'errors' | null = null;
  /** The question whose Change the patient pressed: back on the review, focus returns to its Change button. */
  private changed: string | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly where: () => { readonly step: StepId; readonly fromReview: boolean },
  ) {
    host.addController(this);
  }

  /** After a move to another step. */
  heading(): void {
    this.pending = 'heading';
  }

  /** After Continue found problems on this step. */
  errors(): void {
    this.pending = 'errors';
  }

  /** After Change on the review: focus goes to the question's step, and later back to this Change button. */
  change(questionId: string): void {
    this.changed = questionId;
    this.pending = 'heading';
  }

  /**
   * After `reset()`: the focused control is about to leave the DOM, and focus would fall to <body>; focus elsewhere
   * on the page (the host's own Clear button) is left alone.
   */
  reset(): void {
    if (hasFocusInside(this.host)) this.pending = 'heading';
  }

  hostUpdated(): void {
    if (!this.pending) return;
    const { step, fromReview } = this.where();
    const root = this.host.renderRoot;
    const changed = step === 'review' ? this.changed : null;
    if (step === 'review' || !fromReview) this.changed = null;
    const changeButton = changed
      ? root.querySelector<HTMLElement>(`[part~="change-button"][data-question="${changed}"]`)
      : null;
    const target =
      this.pending === 'errors'
        ? root.querySelector<HTMLElement>('[part="error-summary"]')
        : (changeButton ?? root.querySelector<HTMLElement>('[part~="heading"]'));
    this.pending = null;
    target?.focus();
  }
}
