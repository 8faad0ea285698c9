import type { ReactiveController, ReactiveElement } from 'lit';
import {
  FIRST_STEP,
  cachedMessages,
  firstMessages,
  loadMessages,
  matchLocale,
  type FirstMessages,
  type Locale,
  type Messages,
} from '../locales/index.js';
import { enFirst } from '../locales/en-first.js';

/**
 * The widget's language: its own `lang`, else the nearest ancestor's, else English. Other languages are
 * lazy chunks, so English shows until one arrives; English itself is in two parts (the bundle holds the intro's
 * and the first question's words, the rest is a chunk). An ancestor's `lang` is watched too, so a site's own
 * language switcher carries the widget along.
 */
export class LocaleController implements ReactiveController {
  /** The words on screen: a whole locale, or English's first part while the patient has not gone further. */
  messages: FirstMessages = enFirst;
  /**
   * A language whose file could not be fetched, tried again at each step change. For another language English
   * shows, with a notice; for English (needed whole past the first question) the words on screen stay.
   */
  failed: Locale | null = null;
  private readonly warned = new Set<string>();
  private observer: MutationObserver | null = null;

  constructor(
    private readonly host: ReactiveElement,
    /** The element's own `lang` attribute, or null to inherit. */
    private readonly own: () => string | null,
    /** Called whenever `messages` changes, so the element can re-word what it keeps outside render. */
    private readonly changed: () => void,
    /** The step on screen: past the first question, a whole locale is needed. */
    private readonly step: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => {
      if (this.own() === null) this.apply();
    });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (this.host.hasUpdated && this.own() === null) this.apply();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private requested(): string {
    return this.own() ?? this.host.closest('[lang]')?.getAttribute('lang') ?? 'en';
  }

  /** Picks the language now; an unsupported one falls back to English with one warning per value. */
  apply(): void {
    const requested = this.requested();
    const locale = matchLocale(requested);
    if (!locale && !this.warned.has(requested)) {
      this.warned.add(requested);
      console.warn(`<smp-assessment>: lang="${requested}" is not supported; using English.`);
    }
    const wanted = locale ?? 'en';
    const whole = cachedMessages(wanted);
    const first = firstMessages(wanted);
    const step = this.step();
    if (whole || (first && (step === 'intro' || step === FIRST_STEP))) {
      this.failed = null;
      return this.set(whole ?? first!);
    }
    loadMessages(wanted).then(
      (messages) => {
        // A later change may have asked for another language while this one loaded.
        if ((matchLocale(this.requested()) ?? 'en') !== messages.locale) return;
        this.failed = null;
        this.set(messages);
      },
      (error: unknown) => {
        // Offline or blocked: the words on screen stay (English, with a notice in both languages, when another
        // language failed), and `retry` tries again at the next step change.
        if ((matchLocale(this.requested()) ?? 'en') !== wanted) return;
        if (wanted === 'en')
          console.warn('<smp-assessment>: English could not load; trying again at the next step.', error);
        this.failed = wanted;
        this.host.requestUpdate();
      },
    );
  }

  /** The whole locale on screen, or null while only English's first part is there. */
  get whole(): Messages | null {
    const whole = cachedMessages(this.messages.locale);
    return whole === this.messages ? whole : null;
  }

  /** Every word of the locale: only past the first question, where the element has waited for them. */
  get words(): Messages {
    const whole = this.whole;
    if (!whole) throw new Error('<smp-assessment>: a later step used its words before they loaded');
    return whole;
  }

  /** Loads the rest of the locale on screen (for English, the part after the first question) and shows it. */
  async loadWhole(): Promise<Messages> {
    const locale = this.messages.locale;
    const messages = await loadMessages(locale);
    if (this.messages.locale === locale) this.set(messages);
    return messages;
  }

  /** After a language failed to load, tries again (the element calls this on each step change). */
  retry(): void {
    if (this.failed) this.apply();
  }

  private set(messages: FirstMessages): void {
    if (messages === this.messages) return;
    this.messages = messages;
    this.changed();
    this.host.requestUpdate();
  }
}
