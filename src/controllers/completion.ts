import type { ReactiveController, ReactiveElement } from 'lit';

/** When and under which reference the patient finished; kept in the draft so a reload shows the same summary. */
export interface CompletedMeta {
  readonly reference: string;
  readonly completedAt: string;
}

/**
 * The finished assessment (summary, text, FHIR, form value), built on Finish or from a finished draft, and
 * rebuilt in the new language, with the same reference and time, when `lang` changes after finishing.
 */
export class CompletionController<
  C extends { readonly summary: { readonly locale: string } },
> implements ReactiveController {
  completion: C | null = null;
  meta: CompletedMeta | null = null;
  private relocalizing: string | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly of: {
      /** Builds the outputs in the current language; rejects when the summary's code could not be fetched. */
      build(meta: CompletedMeta): Promise<C>;
      locale(): string;
      /** The outputs were rebuilt in another language: the form value follows. */
      rebuilt(): void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Builds and keeps the outputs; rejects (keeping nothing new) when they could not be built. */
  async complete(meta: CompletedMeta): Promise<C> {
    const completion = await this.of.build(meta);
    this.completion = completion;
    // The element moves to the summary next, which renders it.
    this.meta = meta;
    return completion;
  }

  /** The answers changed or were cleared: a finished summary no longer holds. */
  clear(): void {
    this.completion = null;
    this.meta = null;
    this.host.requestUpdate();
  }

  /**
   * After a language change: rebuilds a finished summary written in another language. Focus stays; no event. When
   * it cannot be rebuilt, the summary stays as it was written, in the earlier language, complete and sendable, and
   * the page's developer learns why it did not follow the switch.
   */
  async relocalize(): Promise<void> {
    const meta = this.meta;
    const locale = this.of.locale();
    if (!meta || !this.completion || this.completion.summary.locale === locale || this.relocalizing === locale) return;
    this.relocalizing = locale;
    try {
      const completion = await this.of.build(meta);
      if (this.meta !== meta || this.of.locale() !== locale || !this.completion) return;
      this.completion = completion;
      this.of.rebuilt();
      this.host.requestUpdate();
    } catch (error: unknown) {
      console.warn(
        '<smp-assessment>: the summary could not be rewritten in the new language; it keeps its own.',
        error,
      );
    } finally {
      if (this.relocalizing === locale) this.relocalizing = null;
    }
  }
}
