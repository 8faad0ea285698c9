import type { ReactiveController, ReactiveElement } from 'lit';
import type { Completion, PrintController } from '../components/summary-screen.js';
import { lazyChunk } from '../lazy-chunk.js';

export type SummaryScreen = typeof import('../components/summary-screen.js');

/** The summary's code is a lazy chunk (see summary-screen.ts), loaded once per page. */
const loadSummaryScreen = lazyChunk((retry) => import('../components/summary-screen.js'));

/** Loads the summary screen's code, and carries out Copy, Download, Print and the consultation link. */
export class SummaryController implements ReactiveController {
  /** Set once the chunk has loaded; every completion implies it. */
  module: SummaryScreen | null = null;
  /** The last action's message ("Summary copied."), for the polite status line. */
  status: string | null = null;
  private print: PrintController | null = null;

  constructor(
    private readonly host: ReactiveElement,
    /** Whether the summary is on screen, so Ctrl+P prints it alone. */
    private readonly printable: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async load(): Promise<SummaryScreen> {
    const module = (this.module ??= await loadSummaryScreen());
    this.print ??= new module.PrintController(this.host, this.printable);
    return module;
  }

  formData(name: string, completion: Completion): FormData | null {
    return this.module?.formData(name, completion) ?? null;
  }

  async copy(text: string, messages: { copied: string; copyFailed: string }): Promise<void> {
    const ok = (await this.module?.copyText(text, this.host.renderRoot as ShadowRoot)) ?? false;
    this.status = ok ? messages.copied : messages.copyFailed;
    this.host.requestUpdate();
  }

  download(completion: Completion): void {
    this.module?.downloadText(completion.text, `smp-summary-${completion.summary.reference}.txt`);
  }

  printSummary(): void {
    this.print?.print();
  }
}
