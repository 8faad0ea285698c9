import { type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';
import type { PrintController } from './print-controller.js';
import { addStyles } from './added-styles.js';

/** How long the status line stays empty before a new message (a few frames). */
const CLEAR_MS = 100;

/** The words of what the summary's buttons report. */
interface ActionMessages {
  readonly copied: string;
  readonly copyFailed: string;
  readonly downloaded: (file: string) => string;
  readonly printOpened: string;
  readonly sendMissing: string;
}

/** What a finished assessment must offer for Copy and Download. */
interface CompletionText {
  readonly text: string;
  readonly summary: { readonly reference: string };
}

/**
 * What this controller uses of the summary's lazy chunk (the element passes the loader of
 * src/components/summary-screen.ts, so this file imports no component).
 */
export interface SummaryScreenModule<C extends CompletionText> {
  formData(name: string, completion: C): FormData | null;
  copyText(text: string, root: ShadowRoot): Promise<boolean>;
  downloadText(text: string, filename: string): void;
  goToSend(form: HTMLFormElement, self: Element): boolean;
  PrintController: new (host: ReactiveElement, printable: () => boolean) => PrintController;
  /** The summary's own CSS, adopted into the shadow root when the chunk arrives. */
  summaryStyles: CSSResultOrNative;
}

/** Loads the summary screen's code, and carries out Copy, Download, Print and the consultation link. */
export class SummaryController<
  C extends CompletionText,
  M extends SummaryScreenModule<C>,
> implements ReactiveController {
  /** Set once the chunk has loaded; every completion implies it. */
  module: M | null = null;
  /** The last action's message ("Summary copied."), for the polite status line. */
  status: string | null = null;
  private print: PrintController | null = null;

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

  async load(): Promise<M> {
    if (this.module) return this.module;
    const module = await this.loadScreen();
    // A preload and Finish may both have waited for the chunk: only the first sets it up.
    if (this.module) return this.module;
    this.module = module;
    this.print = new module.PrintController(this.host, this.printable);
    // The summary's CSS came with it.
    addStyles(this.host, module.summaryStyles);
    return module;
  }

  /**
   * The summary screen's buttons and status line, bound to this controller, for the finished `completion`: Send
   * goes to the host `form`, the consultation button to `consultationUrl` (already made safe; null for none).
   */
  actions(
    completion: C,
    messages: ActionMessages,
    to: { readonly form: HTMLFormElement | null; readonly consultationUrl: string | null },
  ) {
    return {
      status: this.status,
      consultationUrl: to.consultationUrl,
      copy: () => void this.copy(completion.text, messages),
      download: () => void this.download(completion, messages),
      print: () => void this.printSummary(messages),
      send: () => void this.goToSend(to.form, messages),
      consult: () => void this.consult(completion.text, messages, to.consultationUrl),
    };
  }

  formData(name: string, completion: C): FormData | null {
    return this.module?.formData(name, completion) ?? null;
  }

  private async copy(text: string, messages: Pick<ActionMessages, 'copied' | 'copyFailed'>): Promise<void> {
    const ok = (await this.module?.copyText(text, this.host.renderRoot as ShadowRoot)) ?? false;
    await this.announce(ok ? messages.copied : messages.copyFailed);
  }

  /** Copies the text, then opens the clinic's consultation page in this tab (answers never go into its URL). */
  private async consult(
    text: string,
    messages: Pick<ActionMessages, 'copied' | 'copyFailed'>,
    url: string | null,
  ): Promise<void> {
    await this.copy(text, messages);
    if (url) window.location.assign(url);
  }

  private async download(completion: C, messages: Pick<ActionMessages, 'downloaded'>): Promise<void> {
    const file = `smp-summary-${completion.summary.reference}.txt`;
    this.module?.downloadText(completion.text, file);
    await this.announce(messages.downloaded(file));
  }

  private async printSummary(messages: Pick<ActionMessages, 'printOpened'>): Promise<void> {
    this.print?.print();
    await this.announce(messages.printOpened);
  }

  /** Moves focus into the host form, where the patient sends; says so in words when the form has no way to send. */
  private async goToSend(form: HTMLFormElement | null, messages: Pick<ActionMessages, 'sendMissing'>): Promise<void> {
    const found = !!form && !!this.module?.goToSend(form, this.host);
    if (!found) await this.announce(messages.sendMissing);
  }

  /**
   * The status line stays rendered (empty) so that screen readers already track it. It is emptied before each
   * message, long enough for the browser to publish the empty state to the accessibility tree (it batches changes
   * made within one frame), so pressing Copy twice is announced twice.
   */
  private async announce(message: string): Promise<void> {
    this.status = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, CLEAR_MS));
    this.status = message;
    this.host.requestUpdate();
  }
}
