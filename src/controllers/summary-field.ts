/** A field of the page that can carry the summary: what form builders call a hidden field or a paragraph field. */
type TextField = HTMLInputElement | HTMLTextAreaElement;

/**
 * Copies the plain-text summary into a field of the host page (`summary-field`), for form builders that send
 * only the fields they defined themselves (jQuery's `.serialize()` skips form-associated custom elements, and
 * a plugin's mail template ignores names it does not know). The element's own form value is left as it is.
 */
export class SummaryFieldWriter {
  /** What was last written, and where; nothing is written until the text or the field changes. */
  private written: { name: string; text: string } | null = null;
  private readonly warned = new Set<string>();

  constructor(
    /** The element, to find its form and to name it in warnings. */
    private readonly host: HTMLElement,
    private readonly form: () => HTMLFormElement | null,
  ) {}

  /** Whether a field of the page holds the summary now, so it will be sent with that field's form. */
  get holdsText(): boolean {
    return !!this.written?.text;
  }

  /**
   * Puts `text` (the summary, or '' when there is none) into the field named `name`, if it differs from what
   * was last written there. A page that never completes the assessment never has its field touched.
   */
  sync(name: string | null, text: string): void {
    if (!name) {
      this.written = null;
      return;
    }
    if (this.written?.name === name ? this.written.text === text : text === '') return;
    const field = this.find(name);
    if (field) this.write(field, name, text);
  }

  /**
   * Empties the field whatever was last written: after a reload the page's field may still hold an earlier
   * summary (browsers restore a textarea's text), and reset or Start again must not let it be sent.
   */
  clear(name: string | null): void {
    this.written = null;
    const field = name ? this.find(name) : null;
    if (name && field) this.write(field, name, '');
  }

  private write(field: TextField, name: string, text: string): void {
    this.written = { name, text };
    if (field.value === text) return;
    setNativeValue(field, text);
    // Frameworks keep their own copy of a field's value: React reads `input` (and, through it, `onChange` on
    // text fields), Vue's v-model reads `input` (`change` with `.lazy`), jQuery plugins often watch `change`.
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /**
   * Inside a form, the field must belong to that form (`name` or `id`, as `form.elements` finds them); outside
   * any form, the page's element with that `id`, or its only field with that `name` (a form builder's form
   * next to the widget). Anything else is one console warning per name.
   */
  private find(name: string): TextField | null {
    const form = this.form();
    const found = form ? [form.elements.namedItem(name)] : [document.getElementById(name), ...byName(name)];
    const fields = found
      .flatMap((item) => (item instanceof RadioNodeList ? [...item] : [item]))
      .filter((item): item is TextField => item instanceof HTMLInputElement || item instanceof HTMLTextAreaElement);
    const field = fields[0] ?? null;
    if (!field && !this.warned.has(name)) {
      this.warned.add(name);
      const where = form ? 'in its form' : 'on the page';
      console.warn(
        `<smp-assessment>: summary-field="${name}" names no input or textarea ${where}; the summary text goes only into the element's own form value.`,
        this.host,
      );
    }
    return field;
  }
}

function byName(name: string): Element[] {
  const all = [...document.getElementsByName(name)];
  return all.length === 1 ? all : [];
}

/**
 * Sets the value through the prototype's setter, not the instance's: React installs its own `value` property
 * on each field it controls to notice changes, and a change made through that property looks like its own, so
 * React would ignore the `input` event. (This is what React's testing libraries do.)
 */
function setNativeValue(field: TextField, text: string): void {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, text);
  else field.value = text;
}
