/**
 * Where "Go to send my request" takes the patient in the host's form: the first field that still blocks sending
 * (so they see why before they press Send), otherwise the form's submit button. Null when the form has neither,
 * which the caller says in words.
 */
function sendTarget(form: HTMLFormElement, self: Element): HTMLElement | null {
  const controls = [...form.elements].filter(
    (control): control is HTMLElement & { willValidate: boolean; validity: ValidityState; disabled?: boolean } =>
      control !== self && 'willValidate' in control,
  );
  const invalid = controls.find((control) => control.willValidate && !control.validity.valid);
  if (invalid) return invalid;
  return (
    controls.find(
      (control) =>
        (control instanceof HTMLButtonElement || control instanceof HTMLInputElement) &&
        (control.type === 'submit' || control.type === 'image') &&
        !control.disabled,
    ) ?? null
  );
}

/** Focuses the send target (the browser scrolls it into view); a field in error also shows its own message. */
export function goToSend(form: HTMLFormElement, self: Element): boolean {
  const target = sendTarget(form, self);
  if (!target) return false;
  target.focus();
  if (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  ) {
    if (!target.validity.valid) target.reportValidity();
  }
  return true;
}
