import { LitElement, type PropertyDeclarations } from 'lit';
import { FormAssociationController, type FormState } from '../controllers/form-association.js';

/**
 * A Lit element that takes part in a surrounding `<form>` like a native input, as Web Awesome's form controls do:
 * the `name`, `required` and `disabled` attributes and the standard form-control API (`form`, `validity`,
 * `checkValidity()` …), over the `FormAssociationController`'s `ElementInternals`. A subclass says what the form
 * sees (`formState()`) and what a sent or blocked form means to it; it answers `formResetCallback` and
 * `formStateRestoreCallback` itself, since they change what it holds.
 */
export abstract class FormControlElement extends LitElement {
  static formAssociated = true;
  /** A static map rather than `@property`, as in the element: no decorator code in the bundle. */
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
  };

  /** Value, validity, custom states, the page's summary field, and the host form's submit and block. */
  protected readonly formAssociation = new FormAssociationController(this, {
    state: () => this.formState(),
    complete: () => this.formComplete(),
    sent: () => this.formSent(),
    blocked: () => this.formBlocked(),
  });

  /** Form field name; with it the element takes part in a surrounding `<form>`. */
  name: string | null = null;
  /** The form is invalid (`valueMissing`) until the assessment is complete. */
  required = false;
  /** No interaction; also set by a disabled `<fieldset>`. */
  disabled = false;

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

  formDisabledCallback(disabled: boolean): void {
    this.formAssociation.disabled = disabled;
    this.requestUpdate();
  }

  /** Disabled by its own attribute or by a surrounding `<fieldset disabled>`. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formAssociation.disabled;
  }

  /** The value, validity message, restore state and custom states to set now. */
  protected abstract formState(): FormState;
  /** Whether the value is complete (then `required` is met). */
  protected abstract formComplete(): boolean;
  /** The host form was sent with the complete value, and no handler cancelled it. */
  protected abstract formSent(): void;
  /** The host form's submit was blocked by this element; focus has moved inside it. */
  protected abstract formBlocked(): void;
}
