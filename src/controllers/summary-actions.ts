import type { ReactiveElement } from 'lit';
import { PrintController } from './print-controller.js';

/** How long the status line stays empty before a new message (a few frames). */
const CLEAR_MS = 100;

/** The words of what the summary's buttons report. */
export interface ActionMessages {
  readonly copied: string;
  readonly copyFailed: string;
  readonly downloaded: (file: string) => string;
  readonly printOpened: string;
  readonly sendMissing: string;
}

/** What a finished assessment must offer for Copy and Download. */
export interface CompletionText {
  readonly text: string;
  readonly summary: { readonly reference: string };
}

/** Where the summary screen's buttons lead. */
export interface SendTargets {
  /** The host form, for Send. */
  readonly form: HTMLFormElement | null;
  /** `consultation-url`, already made safe; null for none. */
  readonly consultationUrl: string | null;
  /** The text goes with a form (the host form, or the one of the page's summary field), not by copying. */
  readonly inForm: boolean;
}

/** The summary chunk's sharing code these actions call (src/components/share.ts and send-target.ts). */
export interface SharingCode {
  copyText(text: string, root: ShadowRoot): Promise<boolean>;
  downloadText(text: string, filename: string): void;
  goToSend(form: HTMLFormElement, self: Element): boolean;
}

/**
 * Copy, Download, Print and the way to the host form's send button, with the polite status line that reports each.
 * Only the summary screen has these buttons, so this travels in the summary's lazy chunk; SummaryController makes
 * one when that chunk arrives.
 */
export class SummaryActions<C extends CompletionText> {
  /** The last action's message ("Summary copied."), for the polite status line. */
  status: string | null = null;
  private readonly printer: PrintController;

  constructor(
    private readonly host: ReactiveElement,
    /** Whether the summary is on screen, so Ctrl+P prints it alone. */
    printable: () => boolean,
    private readonly code: SharingCode,
  ) {
    this.printer = new PrintController(host, printable);
  }

  /** The summary screen's buttons and status line for the finished `completion`. */
  actions(completion: C, messages: ActionMessages, to: SendTargets) {
    return {
      status: this.status,
      inForm: to.inForm,
      consultationUrl: to.consultationUrl,
      copy: () => void this.copy(completion.text, messages),
      download: () => void this.download(completion, messages),
      print: () => void this.printSummary(messages),
      send: () => void this.goToSend(to.form, messages),
      consult: () => void this.consult(completion.text, messages, to.consultationUrl),
    };
  }

  private async copy(text: string, messages: Pick<ActionMessages, 'copied' | 'copyFailed'>): Promise<void> {
    const ok = await this.code.copyText(text, this.host.renderRoot as ShadowRoot);
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
    this.code.downloadText(completion.text, file);
    await this.announce(messages.downloaded(file));
  }

  private async printSummary(messages: Pick<ActionMessages, 'printOpened'>): Promise<void> {
    this.printer.print();
    await this.announce(messages.printOpened);
  }

  /** Moves focus into the host form, where the patient sends; says so in words when the form has no way to send. */
  private async goToSend(form: HTMLFormElement | null, messages: Pick<ActionMessages, 'sendMissing'>): Promise<void> {
    const found = !!form && this.code.goToSend(form, this.host);
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
