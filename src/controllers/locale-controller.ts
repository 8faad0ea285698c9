import type { ReactiveController, ReactiveElement } from 'lit';
import { en } from '../locales/en.js';
import { cachedMessages, loadMessages, matchLocale, type Locale, type Messages } from '../locales/index.js';

/**
 * The widget's language: its own `lang`, else the nearest ancestor's, else English. Other languages are
 * lazy chunks, so English shows until one arrives. An ancestor's `lang` is watched too, so a site's own
 * language switcher carries the widget along.
 */
export class LocaleController implements ReactiveController {
  messages: Messages = en;
  /** A language whose file could not be fetched: English shows, with a notice, until a retry succeeds. */
  failed: Exclude<Locale, 'en'> | null = null;
  private readonly warned = new Set<string>();
  private observer: MutationObserver | null = null;

  constructor(
    private readonly host: ReactiveElement,
    /** The element's own `lang` attribute, or null to inherit. */
    private readonly own: () => string | null,
    /** Called whenever `messages` changes, so the element can re-word what it keeps outside render. */
    private readonly changed: () => void,
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
    const cached = cachedMessages(locale ?? 'en');
    if (cached) {
      this.failed = null;
      return this.set(cached);
    }
    const wanted = locale as Exclude<Locale, 'en'>;
    loadMessages(wanted).then(
      (messages) => {
        // A later change may have asked for another language while this one loaded.
        if (matchLocale(this.requested()) !== messages.locale) return;
        this.failed = null;
        this.set(messages);
      },
      () => {
        // Offline or blocked: English shows with a notice in both languages, and `retry` tries again.
        if (matchLocale(this.requested()) !== wanted) return;
        this.failed = wanted;
        this.host.requestUpdate();
      },
    );
  }

  /** After a language failed to load, tries again (the element calls this on each step change). */
  retry(): void {
    if (this.failed) this.apply();
  }

  private set(messages: Messages): void {
    if (messages === this.messages) return;
    this.messages = messages;
    this.changed();
    this.host.requestUpdate();
  }
}
