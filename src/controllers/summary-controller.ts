import { type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';
import type { ActionMessages, CompletionText, SharingCode, SummaryActions } from './summary-actions.js';
import { addStyles } from './added-styles.js';

/**
 * What this controller uses of the summary's lazy chunk (the element passes the loader of
 * src/components/summary-screen.ts, so this file imports no component).
 */
export interface SummaryScreenModule<C extends CompletionText> extends SharingCode {
  formData(name: string, completion: C): FormData | null;
  SummaryActions: new (host: ReactiveElement, printable: () => boolean, code: SharingCode) => SummaryActions<C>;
  /** The summary's own CSS, adopted into the shadow root when the chunk arrives. */
  summaryStyles: CSSResultOrNative;
}

/**
 * Loads the summary screen's code; its buttons (Copy, Download, Print, the consultation link) are SummaryActions,
 * which come with that code.
 */
export class SummaryController<
  C extends CompletionText,
  M extends SummaryScreenModule<C>,
> implements ReactiveController {
  /** Set once the chunk has loaded; every completion implies it. */
  module: M | null = null;
  private buttons: SummaryActions<C> | null = null;

  constructor(
    private readonly host: ReactiveElement,
    /** Whether the summary is on screen, so Ctrl+P prints it alone. */
    private readonly printable: () => boolean,
    /** The chunk's loader, shared by every element of the page (a `lazyChunk`), so it loads once per page. */
    private readonly loadScreen: () => Promise<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The last action's message ("Summary copied."), for the polite status line; each step change empties it. */
  get status(): string | null {
    return this.buttons?.status ?? null;
  }
  set status(status: string | null) {
    if (this.buttons) this.buttons.status = status;
  }

  async load(): Promise<M> {
    if (this.module) return this.module;
    const module = await this.loadScreen();
    // A preload and Finish may both have waited for the chunk: only the first sets it up.
    if (this.module) return this.module;
    this.module = module;
    this.buttons = new module.SummaryActions(this.host, this.printable, module);
    // The summary's CSS came with it.
    addStyles(this.host, module.summaryStyles);
    return module;
  }

  /**
   * The summary screen's buttons and status line, for the finished `completion` (drawn once the chunk is there):
   * Send goes to the host `form`, the consultation button to `consultationUrl` (already made safe; null for none).
   */
  actions(
    completion: C,
    messages: ActionMessages,
    to: { readonly form: HTMLFormElement | null; readonly consultationUrl: string | null },
  ) {
    return this.buttons!.actions(completion, messages, to);
  }

  formData(name: string, completion: C): FormData | null {
    return this.module?.formData(name, completion) ?? null;
  }
}
