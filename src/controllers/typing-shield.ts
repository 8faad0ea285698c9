import type { ReactiveController, ReactiveElement } from 'lit';

/** Events that carry a typed character or a field's content (PRODUCT.md section 8). */
export const TYPED_EVENTS = [
  'input',
  'beforeinput',
  'keydown',
  'keyup',
  'keypress',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

/** The fields the widget's own handlers read from these events; the rest of each event stays inside. */
const INIT_FIELDS = [
  'key',
  'code',
  'location',
  'repeat',
  'isComposing',
  'ctrlKey',
  'shiftKey',
  'altKey',
  'metaKey',
  'data',
  'inputType',
  'detail',
  'view',
] as const;

/**
 * Keeps typed content inside the widget. These events are `composed`, so without this every listener on the
 * page (a session-replay or analytics script, a capture listener on `document`) would see each key and the
 * field it came from. A capture listener on `window` runs before any listener on `document` or the host; for
 * an event from inside this shadow root it stops the event there and dispatches a copy, not composed, on the
 * same target: the copy reaches the widget's own listeners and never crosses the shadow boundary. Default
 * actions (typing, Tab, arrow keys, Space on a checkbox) belong to the original event and still happen; a
 * copy that the widget cancels (Enter to continue) cancels the original too.
 *
 * What it cannot stop: a page's own capture listener on `window` registered before the widget's (the README
 * says so).
 */
export class TypingShieldController implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of TYPED_EVENTS) window.addEventListener(type, this.handle, true);
  }

  hostDisconnected(): void {
    for (const type of TYPED_EVENTS) window.removeEventListener(type, this.handle, true);
  }

  private handle = (event: Event): void => {
    const root = this.host.shadowRoot;
    if (!root || !event.composed) return;
    const path = event.composedPath();
    if (!path.includes(root)) return;
    const target = path[0];
    event.stopImmediatePropagation();
    if (!(target instanceof EventTarget)) return;
    const source = event as unknown as Record<string, unknown>;
    const init: Record<string, unknown> = { bubbles: event.bubbles, cancelable: event.cancelable, composed: false };
    for (const field of INIT_FIELDS) if (field in event) init[field] = source[field];
    const Copy = event.constructor as new (type: string, init: Record<string, unknown>) => Event;
    const copy = new Copy(event.type, init);
    target.dispatchEvent(copy);
    if (copy.defaultPrevented) event.preventDefault();
  };
}
