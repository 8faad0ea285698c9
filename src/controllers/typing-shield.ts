import type { ReactiveController, ReactiveElement } from 'lit';

/** Events that carry a typed character or a field's content: page scripts (analytics, replay) must never see them. */
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

/** What the widget does with a typed-content event from inside its shadow root, once it is kept from the page. */
export type TypedEventHandler = (event: Event, target: EventTarget) => void;

/**
 * Keeps typed content inside the widget. These events are `composed`, so without this every listener on the
 * page (a session-replay or analytics script, a capture listener on `document`) would see each key and the
 * field it came from. A capture listener on `window` runs before any listener on `document` or the host; for
 * an event from inside this shadow root it stops the event there and hands it to the widget (`handle`), which
 * does what its own listeners would have done (Enter to continue, a typed note). Default actions (typing, Tab,
 * arrow keys, Space on a checkbox) belong to the event and still happen, and the widget can cancel them.
 *
 * Not re-dispatched: Firefox delivers a constructed `KeyboardEvent` copy with `composed: true` whatever its init
 * says, so a copy would leave the widget again (and reach this listener again, without end).
 *
 * What it cannot stop: a page's own capture listener on `window` registered before the widget's (the README
 * says so).
 */
export class TypingShieldController implements ReactiveController {
  constructor(
    private readonly host: ReactiveElement,
    private readonly deliver: TypedEventHandler,
  ) {
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
    event.stopImmediatePropagation();
    const target = path[0];
    if (target instanceof EventTarget) this.deliver(event, target);
  };
}
