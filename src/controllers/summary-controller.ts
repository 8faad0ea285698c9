import { type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';
import type { ActionMessages, CompletionText, SendTargets, SharingCode, SummaryActions } from './summary-actions.js';
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

/** What the summary screen reads of the element. */
export interface SummaryScreenHost<C> {
  /** Whether the summary step is on screen. */
  shown(): boolean;
  /** The finished assessment, or null. */
  completion(): C | null;
  /** Where its buttons lead, read each time it is drawn. */
  targets(): SendTargets;
}

/** What the summary step draws: the chunk's views, the finished assessment, and its buttons in the words given. */
export interface SummaryScreen<C extends CompletionText, M> {
  readonly views: M;
  readonly completion: C;
  actions(messages: ActionMessages): ReturnType<SummaryActions<C>['actions']>;
}

/**
 * The summary screen: loads its code (a lazy chunk) and, once that and the finished assessment are there, hands the
 * frame what to draw. Its buttons (Copy, Download, Print, Send, the consultation link) are SummaryActions, which come
 * with that code.
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
    /** The chunk's loader, shared by every element of the page (a `lazyChunk`), so it loads once per page. */
    private readonly loadScreen: () => Promise<M>,
    private readonly of: SummaryScreenHost<C>,
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
    // Ctrl+P prints the summary alone while it is on screen.
    this.buttons = new module.SummaryActions(this.host, () => this.of.shown() && !!this.of.completion(), module);
    // The summary's CSS came with it.
    addStyles(this.host, module.summaryStyles);
    return module;
  }

  /** On the summary step, once the chunk and the finished assessment are both there: what it draws; else null. */
  get screen(): SummaryScreen<C, M> | null {
    const { module, buttons } = this;
    const completion = this.of.completion();
    if (!this.of.shown() || !module || !buttons || !completion) return null;
    const to = this.of.targets();
    return { views: module, completion, actions: (messages) => buttons.actions(completion, messages, to) };
  }

  formData(name: string, completion: C): FormData | null {
    return this.module?.formData(name, completion) ?? null;
  }
}
