import type { ReactiveController, ReactiveElement } from 'lit';
import { en } from '../locales/en.js';
import { cachedMessages, loadMessages, matchLocale, type Messages } from '../locales/index.js';

/**
 * The widget's language: its own `lang`, else the nearest ancestor's, else English. Other languages are
 * lazy chunks, so English shows until one arrives. An ancestor's `lang` is watched too, so a site's own
 * language switcher carries the widget along.
 */
export class LocaleController implements ReactiveController {
  messages: Messages = en;
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
    if (cached) return this.set(cached);
    void loadMessages(locale!).then((messages) => {
      // A later change may have asked for another language while this one loaded.
      if (matchLocale(this.requested()) === messages.locale) this.set(messages);
    });
  }

  private set(messages: Messages): void {
    if (messages === this.messages) return;
    this.messages = messages;
    this.changed();
    this.host.requestUpdate();
  }
}
