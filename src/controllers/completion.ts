import type { ReactiveController, ReactiveElement } from 'lit';
import type { Answers } from '../model/answers.js';
import type { PhotoInfo } from '../model/summary-types.js';
import type { Messages } from '../locales/types.js';

/** When and under which reference the patient finished; kept in the draft so a reload shows the same summary. */
export interface CompletedMeta {
  readonly reference: string;
  readonly completedAt: string;
}

/** The element's attributes that shape what the clinic receives, as set: the builder makes them safe. */
export interface OutputAttributes {
  readonly clinicLang: string;
  readonly partner: string | null;
  readonly hideEstimate: boolean;
  readonly questionnaireUrl: string | null;
  /** `inline`: FHIR attachments carry each photo's bytes (base64). */
  readonly fhirPhotos: string | null;
}

/** What the outputs are built from. */
export interface CompletionInput {
  readonly answers: Answers;
  readonly messages: Messages;
  readonly meta: CompletedMeta;
  readonly attributes: OutputAttributes;
  /** The kept photos in angle order, and their bytes as base64 by file name (read only for `fhir-photos="inline"`). */
  readonly photos: {
    list(): readonly { file: File; info: PhotoInfo }[];
    base64(): Promise<ReadonlyMap<string, string>>;
  };
}

/**
 * The finished assessment (summary, text, FHIR, form value), built on Finish or from a finished draft, and
 * rebuilt in the new language, with the same reference and time, when `lang` changes after finishing. The code that
 * builds it comes with the summary's lazy chunk (src/components/completion.ts), which the element passes in.
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
      /** The code that builds the outputs (a lazy chunk); rejects when it could not be fetched. */
      builder(): Promise<{ complete(input: CompletionInput): Promise<C> }>;
      /** What the outputs are built from now, in the current language; read once the builder is there. */
      input(): Omit<CompletionInput, 'meta'>;
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
    const completion = await this.build(meta);
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
      const completion = await this.build(meta);
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

  /** Builds the outputs in the current language; rejects when the builder could not be fetched. */
  private async build(meta: CompletedMeta): Promise<C> {
    const builder = await this.of.builder();
    return builder.complete({ ...this.of.input(), meta });
  }
}
