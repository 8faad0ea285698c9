import type { CSSResultOrNative, ReactiveController, ReactiveElement } from 'lit';
import { FIRST_STEP, type Messages } from '../locales/index.js';
import { addStyles } from './added-styles.js';

/** What this controller uses of the later steps' chunk (src/components/later-steps.ts). */
export interface LaterStepsModule {
  readonly laterStyles: CSSResultOrNative;
  /** Asks for the options' pictures (a chunk of their own); `host` draws again once they arrive. */
  requestPictures(host: ReactiveElement): void;
}

/**
 * The steps after the first question need a lazy chunk of views and CSS, and the rest of the locale's words. The
 * intro and the first question need neither, so the page does not download them before the first question; they
 * are asked for once the patient answers it (`preload`), and a move to a later step waits for them (`load`).
 */
export class LaterStepsController<M extends LaterStepsModule> implements ReactiveController {
  /** Set once the chunk has loaded. */
  module: M | null = null;

  constructor(
    private readonly host: ReactiveElement,
    /** The chunk's loader, shared by every element of the page (a `lazyChunk`). */
    private readonly loadViews: () => Promise<M>,
    /** The words on screen (the LocaleController): whether they are whole, and loading the rest. */
    private readonly words: { readonly whole: Messages | null; loadWhole(): Promise<unknown> },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether showing `step` must wait for `load()` first. */
  waitsFor(step: string): boolean {
    return step !== 'intro' && step !== FIRST_STEP && !this.ready;
  }

  get ready(): boolean {
    return !!this.module && !!this.words.whole;
  }

  /** What the later steps are drawn with, once the chunk and the whole locale are both there; else null. */
  get loaded(): { readonly views: M; readonly messages: Messages } | null {
    const messages = this.words.whole;
    return this.module && messages ? { views: this.module, messages } : null;
  }

  /** Both parts, once each; a failure rejects, and the next call asks again with a fresh request. */
  async load(): Promise<M> {
    const [module] = await Promise.all([this.loadViews(), this.words.whole ? null : this.words.loadWhole()]);
    if (!this.module) {
      this.module = module;
      addStyles(this.host, module.laterStyles);
      this.host.requestUpdate();
    }
    return module;
  }

  /**
   * The patient arrived on a step past the first question (which has no pictures): the options' pictures are asked
   * for. The chunk is there: such a step waits for it.
   */
  arrived(): void {
    this.module?.requestPictures(this.host);
  }

  /**
   * Asks early, so Continue rarely waits. A failed preload says nothing yet: the move that needs the chunk asks
   * again, with a fresh request, and tells the patient if that fails too.
   */
  preload(): void {
    if (!this.ready) this.load().catch(() => undefined);
  }
}
